import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';

/** Every cell of every sheet counts, empty or not. https://support.google.com/drive/answer/37603 */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** Cells of the spreadsheet's grids now (two calls per sheet). */
export function cellCount(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  let cells = 0;
  for (const sheet of spreadsheet.getSheets()) cells += sheet.getMaxRows() * sheet.getMaxColumns();
  return cells;
}

/** Refuses, before anything changes, a job that would grow the spreadsheet past 10 million cells. */
export function assertRoomFor(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  extraCells: number,
  messages: Messages,
): void {
  if (extraCells <= 0) return;
  const over = cellCount(spreadsheet) + extraCells - SPREADSHEET_CELL_LIMIT;
  if (over > 0) throw new AddonError(messages.cellLimit(over));
}
