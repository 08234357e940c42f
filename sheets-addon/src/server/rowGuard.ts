import {
  type Cell,
  type CustomerField,
  type HeaderMapping,
  headerText,
  keyColumnsOf,
  rowKey,
  type TableData,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';
import type { SpreadsheetDates } from './spreadsheetDates.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The identifying cells of every row of the table as it was read, from its header row down. */
export interface RowKeys {
  headerRow: number;
  /** 0-based columns read, left to right (contiguous: first to last key column). */
  first: number;
  width: number;
  /** One text per sheet row from the header row to the table's last row. */
  keys: string[];
}

/** 0, 1, … width − 1. */
const positions = (width: number): number[] => Array.from({ length: width }, (_, i) => i);

/**
 * The keys of a table read from the sheet, in the core's key columns (the customer id and name
 * columns when the header has them) and every column between them, read with one getValues, so
 * that a sort, or a row inserted or deleted by a co-editor while the job ran, shows before
 * anything is written. `sheetRows` are the sheet's rows as getValues gave them (SheetJob), which
 * is what they are compared with again: the table's header texts may be two rows combined, and
 * its rows show a merged cell's value in every cell of the merge where the sheet reads ''.
 */
export function rowKeys(
  table: TableData,
  mapping: HeaderMapping<CustomerField>,
  sheetRows: readonly (readonly Cell[] | undefined)[],
): RowKeys {
  const chosen = keyColumnsOf(mapping);
  const first = Math.min(...chosen);
  const width = Math.max(...chosen) - first + 1;
  const columns = positions(width).map((i) => first + i);
  const headerRow = table.headerRow ?? 1;
  // The re-read header row is compared through headerText, as the header row read is here.
  const keys = [
    rowKey((sheetRows[headerRow - 1] ?? []).map(headerText), columns),
    ...table.rows.map((_, i) => rowKey(sheetRows[headerRow + i] ?? [], columns)),
  ];
  return { headerRow, first, width, keys };
}

/**
 * Re-reads the key cells just before a positional write (one getValues) and refuses the write
 * when any row no longer holds the customer it held when the table was read: each value would
 * land on another customer's row.
 */
export function assertRowsUnmoved(
  sheet: Sheet,
  keys: RowKeys,
  dates: SpreadsheetDates,
  messages: Messages,
): void {
  const rows = keys.keys.length;
  const moved = () => new AddonError(messages.rowsMoved(sheet.getName()));
  if (sheet.getMaxRows() < keys.headerRow + rows - 1) throw moved();
  const now = dates.wallClocks(
    sheet.getRange(keys.headerRow, keys.first + 1, rows, keys.width).getValues() as Cell[][],
  );
  const columns = positions(keys.width);
  if (rowKey((now[0] ?? []).map(headerText), columns) !== keys.keys[0]) throw moved();
  for (let i = 1; i < rows; i++) {
    if (rowKey(now[i], columns) !== keys.keys[i]) throw moved();
  }
}
