import { CELL_LIMIT_REFUSAL, PROTECTED_REFUSAL } from '@crm/shared';
import { z } from 'zod';

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
  'sheetMissing',
  'headerMoved',
  'rowsMoving',
  'protectedRange',
  'cellLimit',
  'cellTooLong',
  'rowDeleted',
  'editedInSheet',
  'quota',
  'unavailable',
  /** storage.local is full: the sync could not record what it sends (logic/storageFull.ts). */
  'storageFull',
  'unknown',
] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

/** Where in the user's spreadsheet a problem is: the tab, and the row and column header when known. */
export const SyncPlaceSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
});
export type SyncPlace = z.infer<typeof SyncPlaceSchema>;

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

/**
 * Refusals a user can act on, told apart by the API's message (its status is a generic 400 or
 * 403, and reports differ on which one a protected range gets): the tab is gone ("Unable to parse
 * range", after a rename or deletion), the cells are protected (the Sheets UI's own wording),
 * the spreadsheet is full (10 million cells) or a cell would be too long (50,000 characters).
 * https://support.google.com/drive/answer/37603 (size limits of files in Google Drive)
 */
const REFUSALS: readonly [RegExp, SyncProblem][] = [
  [/Unable to parse range/i, 'sheetMissing'],
  [PROTECTED_REFUSAL, 'protectedRange'],
  [CELL_LIMIT_REFUSAL, 'cellLimit'],
  [/maximum of [\d,]+ characters in a single cell/i, 'cellTooLong'],
];

/** The problem of an API answer: a refusal named by its message, else its status. */
export function problemOfError(status: number, message: string): SyncProblem {
  if (status >= 400 && status < 500) {
    for (const [pattern, problem] of REFUSALS) if (pattern.test(message)) return problem;
  }
  return problemOfStatus(status);
}
