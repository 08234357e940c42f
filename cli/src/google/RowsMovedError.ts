/**
 * Rows of a sheet no longer hold the customers they held when a job read them (a co-editor
 * sorted the sheet, or inserted or deleted rows): a positional write would put values on other
 * customers' rows, so nothing was written.
 */
export class RowsMovedError extends Error {
  constructor(
    readonly sheet: string,
    /** Sheet rows that changed hands. */
    readonly rows: readonly number[],
  ) {
    super(`rows of sheet "${sheet}" moved while the job ran: ${rows.slice(0, 5).join(', ')}`);
  }
}
