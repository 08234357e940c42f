/**
 * Why a sync attempt failed, as a key the panel words in the user's language (texts
 * `syncProblems`). The Sheets API's own messages are English developer text, so they are never
 * shown: the HTTP status decides the key.
 * https://developers.google.com/sheets/api/limits#exponential and
 * https://cloud.google.com/apis/design/errors#handling_errors
 */
export const SYNC_PROBLEMS = [
  'offline',
  'noClientId',
  'signInCancelled',
  'signInFailed',
  'signInExpired',
  'forbidden',
  'notFound',
  'badRequest',
  'quota',
  'unavailable',
  'unknown',
] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

/** The problem an HTTP status stands for (0: no answer at all). */
export function problemOfStatus(status: number): SyncProblem {
  if (status === 0) return 'offline';
  if (status === 401) return 'signInExpired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'quota';
  if (status === 408 || status >= 500) return 'unavailable';
  if (status >= 400) return 'badRequest';
  return 'unknown';
}
