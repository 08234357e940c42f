/** A spreadsheet cell as the adapters deliver it: '' or null for empty, numbers, Dates, booleans. */
export type Cell = string | number | boolean | Date | null;

/** A table as read from a sheet or file: the header row and the data rows (sheet row = index + 2). */
export interface TableData {
  /** Header texts exactly as written. */
  header: string[];
  /** Data rows; rows may be shorter than the header (missing cells are empty). */
  rows: Cell[][];
}

/**
 * A problem with one cell. `row` is the 1-based sheet row (header = row 1); `column` is the
 * header text as written. Issues never throw and never drop the row.
 */
export interface CellIssue {
  row: number;
  column: string;
  value: string;
  message: string;
  /** Machine-readable kind, for grouping in reviews and reports. */
  kind: IssueKind;
  /** Which table the row is in (customers when absent). */
  table?: 'customers' | 'orders' | 'complaints';
}

export type IssueKind =
  | 'invalid'
  | 'missing'
  | 'future-date'
  | 'negative'
  | 'inconsistent'
  | 'unknown-customer';
