import type { SyncPlace, SyncProblem } from './syncProblem.ts';

/** How long to wait before retrying a failed sync, and when to give up. */
export interface BackoffPolicy {
  baseMs: number;
  factor: number;
  maxMs: number;
  /** Failed attempts after which a clip is marked failed instead of retried. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, factor: 2, maxMs: 5 * 60_000, maxAttempts: 8 };

/**
 * Delay before retry number `failures` (1 after the first failure): exponential with "equal
 * jitter" (half fixed, half random), so clients that failed together do not retry together
 * (AWS Architecture Blog, "Exponential Backoff and Jitter", 2015). A server's Retry-After wins
 * when it asks for longer.
 */
export function backoffDelay(
  failures: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  const exponent = Math.max(0, failures - 1);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * policy.factor ** exponent);
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}

/** Why a sync attempt failed, as the outbox needs it. */
export interface SyncFailure {
  /** HTTP status, 0 when the request never got an answer (offline, DNS, CORS), -1 for no request. */
  status: number;
  problem: SyncProblem;
  retryAfterMs?: number;
  /** Where the problem is, for the panel to name. */
  place?: SyncPlace;
}

/**
 * 429 (quota), 5xx and no answer at all are worth retrying, and so are rows a co-editor's sort
 * kept moving; 4xx means a setting must change.
 */
export function isRetryable(failure: SyncFailure): boolean {
  if (failure.problem === 'rowsMoving') return true;
  return failure.status === 0 || failure.status === 429 || failure.status === 408 || failure.status >= 500;
}
