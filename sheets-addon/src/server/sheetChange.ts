/**
 * What a co-editor changed in a sheet between a job's read and its write, as far as the check
 * before the write can tell cheaply: the first header cell that differs, the last row, or the
 * first row whose identifying cells differ. Worded by the message catalogue (sheetChanged).
 */
export type SheetChange =
  /** `column` in A1 letters; the header texts as read and as they are now ('' for empty). */
  | { kind: 'header'; column: string; was: string; now: string }
  /** The sheet's last row with content, as read and now. */
  | { kind: 'last-row'; was: number; now: number }
  /** A sheet row whose identifying cells (customer id, name…) are no longer those read. */
  | { kind: 'row'; row: number }
  /** A cell that was empty when read and that the job would fill (A1 notation), as it is now. */
  | { kind: 'cell'; cell: string; now: string };
