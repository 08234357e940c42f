import type { Cell, TableData } from '../model/table.ts';

/**
 * The one port through which jobs reach a table, whatever holds it: a local .xlsx/.csv file,
 * a sheet through SpreadsheetApp, or the Sheets REST API. Adapters live outside the core.
 */
export interface TablePort {
  /** A short human name for messages, e.g. `customers.xlsx` or `Sheet1`. */
  readonly name: string;
  /** Header row and data rows, in one read. */
  read(): Promise<TableData>;
  /**
   * Writes the managed columns: `headers` name them, `values` has one row per data row in
   * order. Existing managed columns (same header) are re-used in place; new ones go to the
   * right of the user's columns. User columns are never written.
   */
  writeManagedColumns(headers: string[], values: Cell[][]): Promise<void>;
  /** Appends rows below the data (same column order as the header). */
  appendRows(rows: Cell[][]): Promise<void>;
}
