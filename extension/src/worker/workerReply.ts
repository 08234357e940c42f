import { problemOfStatus, type SyncProblem } from '../logic/syncProblem.ts';
import { SyncSetupError } from '../sheets/runSync.ts';
import { SheetsRequestError } from '../sheets/sheetsClient.ts';

/**
 * Reply envelope for every panel request. A sync or sign-in failure travels as a problem key
 * (the page words it in its language); other errors carry the worker's own catalogue text.
 */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; error: string; problem?: SyncProblem };

export function replyOfError(error: unknown): WorkerReply<never> {
  if (error instanceof SyncSetupError) return { ok: false, error: error.problem, problem: error.problem };
  if (error instanceof SheetsRequestError) {
    const problem = problemOfStatus(error.status);
    return { ok: false, error: problem, problem };
  }
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
