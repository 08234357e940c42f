/** A spreadsheet cell as the adapters deliver it: '' or null for empty, numbers, Dates, booleans. */
export type Cell = string | number | boolean | Date | null;

/** The tables a workbook can hold for the toolkit. Every list of table names derives from this one. */
export const TABLE_ROLES = ['customers', 'orders', 'complaints'] as const;
export type TableRole = (typeof TABLE_ROLES)[number];

/**
 * A table as read from a sheet or file: the header row and the data rows below it, blank rows
 * included, so that data row `i` is sheet row `headerRow + 1 + i` (see sheetRowOf).
 */
export interface TableData {
  /** Header texts exactly as written. */
  header: string[];
  /** Data rows; rows may be shorter than the header (missing cells are empty). */
  rows: Cell[][];
  /** 1-based sheet row of the header (default 1): title lines above it are not part of the table. */
  headerRow?: number;
  /** The formula cells of the table's rows, where the source keeps formulas apart (see FormulaCell). */
  formulas?: FormulaCells;
  /**
   * Merged ranges across several columns (fillMergedCells: WIDE_MERGE_COLUMNS or more) by each
   * 1-based sheet row they cover. A row whose one filled cell is such a range spanning most of the
   * table is a section line (华东区, VIP客户 merged across the table); a long company name merged
   * over a few of its columns is not (see skippedRowReason).
   */
  wideMerges?: ReadonlyMap<number, WideMerge>;
  /**
   * The cells that show the value of a merged range starting above them (fillMergedCells), by
   * 1-based sheet row: their 0-based columns. A customer's 学号 and 姓名 merged down over the
   * rows of their further courses name the customer above, not a customer of their own (see
   * FurtherLines).
   */
  mergedDown?: ReadonlyMap<number, ReadonlySet<number>>;
}

/** A merged range across several columns of a row (TableData.wideMerges). */
export interface WideMerge {
  /** 0-based first column of the range. */
  column: number;
  /** How many columns it spans. */
  columns: number;
}

/**
 * A formula cell as a file holds it: the cell reads as its saved result, and `cached` says whether
 * the file saved one (files written by scripts and some exporters hold the formula alone).
 */
export interface FormulaCell {
  /** 0-based column. */
  column: number;
  /** The formula without its leading =, e.g. SUM(E3:E9). */
  formula: string;
  cached: boolean;
}

/** Formula cells by 1-based sheet row. */
export type FormulaCells = ReadonlyMap<number, readonly FormulaCell[]>;

/** A note (an Excel comment, a Google Sheets note) on a cell: text beside the cell's value. */
export interface CellNote {
  /** 0-based column. */
  column: number;
  text: string;
}

/** Cell notes by 1-based sheet row. */
export type CellNotes = ReadonlyMap<number, readonly CellNote[]>;

/** The 1-based sheet row of data row `index` of a table. */
export function sheetRowOf(table: Pick<TableData, 'headerRow'>, index: number): number {
  return (table.headerRow ?? 1) + 1 + index;
}

/** Machine-readable kinds of cell issue, for grouping in reviews and reports. */
export const ISSUE_KINDS = [
  'invalid',
  'missing',
  'future-date',
  'negative',
  'inconsistent',
  'unknown-customer',
] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/**
 * A problem with one cell. `row` is the 1-based sheet row; `column` is the header text as
 * written. Issues never throw and never drop the row.
 */
export interface CellIssue {
  row: number;
  column: string;
  value: string;
  message: string;
  kind: IssueKind;
  /** Which table the row is in (customers when absent). */
  table?: TableRole;
}
