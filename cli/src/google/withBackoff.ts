/**
 * Retries a Google API call on the answers Google says to retry (429, 500, 502, 503, 504) and
 * on dropped connections, with truncated exponential backoff and jitter.
 * https://developers.google.com/sheets/api/limits#exponential
 */
export interface BackoffOptions {
  retries?: number;
  baseMs?: number;
  maxMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (attempt: number, delayMs: number, reason: string) => void;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

/** The HTTP status of a failed googleapis call (a GaxiosError), wherever it carries it; undefined for none. */
export function httpStatusOf(error: unknown): number | undefined {
  const e = error as { status?: number; code?: string | number; response?: { status?: number } } | null;
  return e?.status ?? e?.response?.status ?? (typeof e?.code === 'number' ? e.code : undefined);
}

export function isRetryable(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (typeof status === 'number') return RETRYABLE_STATUS.has(status);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

export async function withBackoff<T>(call: () => Promise<T>, options: BackoffOptions = {}): Promise<T> {
  const { retries = 5, baseMs = 1000, maxMs = 32_000, random = Math.random } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) throw error;
      const delay = Math.min(maxMs, baseMs * 2 ** attempt) + Math.floor(random() * baseMs);
      options.onRetry?.(attempt + 1, delay, error instanceof Error ? error.message : String(error));
      await sleep(delay);
    }
  }
}
