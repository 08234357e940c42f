import { type Cell, type CustomerField, type HeaderMapping, headerText, type TableData } from '@crm/shared';
import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';
import type { SpreadsheetDates } from './spreadsheetDates.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The columns whose cells identify a customer row, in order of preference. */
const KEY_FIELDS = [
  'id',
  'name',
  'mobile',
  'phone',
  'email',
  'wechat',
  'company',
] as const satisfies readonly CustomerField[];

/** The identifying cells of every row of the table as it was read, from its header row down. */
export interface RowKeys {
  headerRow: number;
  /** 0-based columns read, left to right (contiguous: first to last key column). */
  first: number;
  width: number;
  /** One text per sheet row from the header row to the table's last row. */
  keys: string[];
}

const keyText = (cells: readonly Cell[] | undefined, first: number, width: number): string => {
  let text = '';
  for (let c = first; c < first + width; c++) {
    const cell = cells?.[c];
    text += `${cell instanceof Date ? cell.getTime() : (cell ?? '')}\u0000`;
  }
  return text;
};

/**
 * The keys of a table read from the sheet: the customer id column and the name column when the
 * header has them (else the first identifying column it has), so that a sort, or a row inserted
 * or deleted by a co-editor while the job ran, shows before anything is written.
 */
export function rowKeys(table: TableData, mapping: HeaderMapping<CustomerField>): RowKeys {
  const columns = KEY_FIELDS.flatMap((f) =>
    mapping.columns[f] === undefined ? [] : [mapping.columns[f] as number],
  );
  const chosen = columns.slice(0, 2);
  if (chosen.length === 0) chosen.push(0);
  const first = Math.min(...chosen);
  const width = Math.max(...chosen) - first + 1;
  const headerRow = table.headerRow ?? 1;
  const keys = [keyText(table.header, first, width), ...table.rows.map((row) => keyText(row, first, width))];
  // table.header holds header texts; the re-read header row is compared through headerText too.
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
  if (keyText((now[0] ?? []).map(headerText), 0, keys.width) !== keys.keys[0]) throw moved();
  for (let i = 1; i < rows; i++) {
    if (keyText(now[i], 0, keys.width) !== keys.keys[i]) throw moved();
  }
}
