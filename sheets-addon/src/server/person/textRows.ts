import type { Cell } from '@crm/shared';
import { formatAsText, textBlocks } from '../textBlocks.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A cell as it is written into a copy: a date as its ISO day, nothing as ''. */
function copiedCell(cell: Cell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell;
}

/**
 * Rows written from A1 in one block: the text cells formatted as plain text first (one call), so a
 * phone number or a `=…` a person wrote stays as written; numbers stay numbers.
 */
export function writeTextRows(sheet: Sheet, rows: readonly (readonly Cell[])[]): void {
  if (rows.length === 0) return;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => copiedCell(r[i])));
  formatAsText(sheet, textBlocks(values));
  sheet.getRange(1, 1, values.length, width).setValues(values);
}
