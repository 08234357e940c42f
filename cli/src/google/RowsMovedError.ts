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

/**
 * The header row of a sheet is no longer what a job read (a co-editor inserted, deleted or moved
 * a column): each managed column would land on another column, so nothing was written.
 */
export class HeaderChangedError extends Error {
  constructor(
    readonly sheet: string,
    /** The first column whose header changed, as a letter (C). */
    readonly column: string,
    readonly was: string,
    readonly now: string,
  ) {
    super(
      `the header of column ${column} of sheet "${sheet}" changed while the job ran: "${was}" → "${now}"`,
    );
  }
}

/**
 * A managed column the job would write again holds a formula (someone typed =TODAY()+7 into 下次跟进):
 * writing values over it would destroy it, so nothing was written.
 */
export class ManagedFormulaError extends Error {
  constructor(
    readonly sheet: string,
    /** The managed column's header. */
    readonly header: string,
    /** The first cell holding a formula (L5). */
    readonly cell: string,
  ) {
    super(`managed column "${header}" of sheet "${sheet}" holds a formula in ${cell}`);
  }
}

/**
 * A write in parts (WRITE_PAYLOAD_BYTES) failed after its first part: sheet rows `firstRow` to
 * `through` have their managed columns, rows `through` + 1 to `lastRow` still hold what the last
 * run wrote. `cause` is what stopped it (RowsMovedError, HeaderChangedError, Google's answer).
 */
export class PartlyWrittenError extends Error {
  constructor(
    readonly sheet: string,
    readonly firstRow: number,
    readonly through: number,
    readonly lastRow: number,
    cause: unknown,
  ) {
    super(
      `only rows ${firstRow}-${through} of sheet "${sheet}" were written: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

/**
 * A sheet of the user's has the name of the sheet a job writes in other letter case ("follow-ups"
 * for "Follow-ups"): Google keeps sheet names unique regardless of case, so the job's sheet could
 * never take its name, and the user's sheet is not the job's to replace. Nothing was written.
 */
export class SheetNameTakenError extends Error {
  constructor(
    readonly existing: string,
    readonly wanted: string,
  ) {
    super(`sheet "${existing}" takes the name "${wanted}", which differs only in letter case`);
  }
}
