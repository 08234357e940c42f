import { PageReadError, type PageReadProblem } from '../logic/pageReadProblem.ts';
import { StorageFullError } from '../logic/storageFull.ts';
import { problemOfError, type SyncProblem } from '../logic/syncProblem.ts';
import { SyncSetupError } from '../sheets/runSync.ts';
import { SheetsRequestError } from '../sheets/sheetsClient.ts';

/**
 * Reply envelope for every panel request. A failure travels as a problem key that the page words
 * in its language: a sync or sign-in problem, or why a page could not be read. Any other error
 * (a browser API's or a library's, in English) is 'unknown', with its text only as the detail.
 */
export type WorkerReply<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: string;
      problem?: SyncProblem;
      pageProblem?: PageReadProblem;
      /** storage.local is full; how many clips it holds. */
      storageFull?: { clips: number };
      detail?: string;
    };

export function replyOfError(error: unknown): WorkerReply<never> {
  if (error instanceof SyncSetupError) return { ok: false, error: error.problem, problem: error.problem };
  if (error instanceof SheetsRequestError) {
    const problem = problemOfError(error.status, error.detail);
    return { ok: false, error: problem, problem, detail: error.message };
  }
  if (error instanceof StorageFullError)
    return { ok: false, error: 'storageFull', storageFull: { clips: error.clips }, detail: error.detail };
  if (error instanceof PageReadError)
    return { ok: false, error: error.problem, pageProblem: error.problem, detail: error.detail };
  return { ok: false, error: 'unknown', detail: error instanceof Error ? error.message : String(error) };
}
