import {
  type Cell,
  type CustomerField,
  columnLetter,
  firstHeaderChange,
  type HeaderMapping,
  headerTexts,
  keyColumnsOf,
  rowKey,
  type TableData,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';
import type { SheetChange } from './sheetChange.ts';
import type { SpreadsheetDates } from './spreadsheetDates.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The customer sheet as a job read it (SheetJob). */
export interface SheetRead {
  /**
   * The sheet's rows as getValues gave them, from A1 to its last row with content: what is
   * compared again. The table's header texts may be two rows combined (客户编号 merged down over
   * 手机 | 邮箱), and its rows show a merged cell's value in every cell of the merge where the
   * sheet reads ''; these rows are neither.
   */
  sheetRows: readonly (readonly Cell[] | undefined)[];
}

/** What a write is checked against: the layout and the identifying cells of the table as read. */
export interface RowKeys {
  headerRow: number;
  /** Every header cell's text, left to right, without the empty cells at its end. */
  header: string[];
  lastRow: number;
  /** 0-based columns of the row keys (contiguous: first to last key column). */
  first: number;
  width: number;
  /** One text per sheet row below the header row to the table's last row. */
  keys: string[];
}

/** 0, 1, … width − 1. */
const positions = (width: number): number[] => Array.from({ length: width }, (_, i) => i);

/**
 * What a positional write relies on, from a table read from the sheet: the whole header row (a
 * column inserted, deleted or moved anywhere shifts it), the last row, and for every row its
 * cells in the core's key columns (the customer id and name columns when the header has them)
 * and every column between them, so that a sort, or a row inserted or deleted by a co-editor
 * while the job ran, shows before anything is written.
 */
export function rowKeys(table: TableData, mapping: HeaderMapping<CustomerField>, read: SheetRead): RowKeys {
  const chosen = keyColumnsOf(mapping);
  const first = Math.min(...chosen);
  const width = Math.max(...chosen) - first + 1;
  const columns = positions(width).map((i) => first + i);
  const headerRow = table.headerRow ?? 1;
  const { sheetRows } = read;
  return {
    headerRow,
    header: headerTexts(sheetRows[headerRow - 1] ?? []),
    lastRow: sheetRows.length,
    first,
    width,
    keys: table.rows.map((_, i) => rowKey(sheetRows[headerRow + i] ?? [], columns)),
  };
}

/**
 * Reads the sheet's layout and key cells again just before a positional write and refuses the
 * write, naming the first change found, when the sheet is no longer as it was read: Sheets lets
 * people edit while a script runs (LockService's document lock "prevents any user of the current
 * document from concurrently running a section of code", not from editing the sheet), and every
 * value would land in another column or on another customer's row. Three calls whatever the
 * size of the table: the last row and column, the header row, the key cells (one getValues each).
 */
export function assertSheetUnchanged(
  sheet: Sheet,
  keys: RowKeys,
  dates: SpreadsheetDates,
  messages: Messages,
): void {
  const change = sheetChange(sheet, keys, dates);
  if (change) throw new AddonError(messages.sheetChanged(sheet.getName(), change));
}

function sheetChange(sheet: Sheet, keys: RowKeys, dates: SpreadsheetDates): SheetChange | null {
  // No wider than the grid: a co-editor may have deleted a column of a sheet whose grid was as
  // wide as its table, and a range past the grid throws instead of showing the change.
  const width = Math.min(Math.max(sheet.getLastColumn(), keys.header.length, 1), sheet.getMaxColumns());
  const header = headerTexts(
    dates.wallClocks(sheet.getRange(keys.headerRow, 1, 1, width).getValues() as Cell[][])[0] ?? [],
  );
  const changed = firstHeaderChange(keys.header, header);
  if (changed !== null) return { kind: 'header', ...changed, column: columnLetter(changed.column) };
  const lastRow = sheet.getLastRow();
  if (lastRow !== keys.lastRow) return { kind: 'last-row', was: keys.lastRow, now: lastRow };
  if (keys.keys.length === 0) return null;
  const now = dates.wallClocks(
    sheet.getRange(keys.headerRow + 1, keys.first + 1, keys.keys.length, keys.width).getValues() as Cell[][],
  );
  const columns = positions(keys.width);
  const moved = keys.keys.findIndex((key, i) => rowKey(now[i], columns) !== key);
  return moved < 0 ? null : { kind: 'row', row: keys.headerRow + 1 + moved };
}
