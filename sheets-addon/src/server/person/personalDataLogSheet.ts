import type { Cell, LogAppend } from '@crm/shared';
import type { JobContext } from '../jobContext.ts';
import type { WriteTarget } from '../protections.ts';
import type { UndoLog } from '../undoLog.ts';
import { writeTextRows } from './textRows.ts';

/** The cells the entry will take in an existing log sheet (none when the log is new). */
export function logTargets(ctx: JobContext, append: LogAppend): WriteTarget[] {
  const sheet = ctx.spreadsheet.getSheetByName(append.sheet);
  if (!sheet) return [];
  return [{ sheet, row: sheet.getLastRow() + 1, column: 1, rows: 1, columns: append.row.length }];
}

/**
 * Appends the entry to the personal data log (个人信息处理记录), making the sheet with its header
 * when the spreadsheet has none. The hash is written as plain text so Sheets never reads it as a
 * number; undo removes the entry (or the new sheet).
 */
export function appendLogEntry(ctx: JobContext, append: LogAppend, log: UndoLog): void {
  let sheet = ctx.spreadsheet.getSheetByName(append.sheet);
  if (!sheet) {
    const active = ctx.spreadsheet.getActiveSheet();
    const created = ctx.spreadsheet.insertSheet(append.sheet);
    sheet = created;
    log.did(() => ctx.spreadsheet.deleteSheet(created));
    writeTextRows(created, append.header ? [append.header] : []);
    created.setFrozenRows(1);
    // Inserting a sheet shows it; the user stays where they were.
    ctx.spreadsheet.setActiveSheet(active);
  }
  const row = sheet.getLastRow() + 1;
  // A log whose empty rows someone deleted has no row below its last entry, and a range past the
  // grid throws ("The coordinates of the range are outside the dimensions of the sheet").
  if (row > sheet.getMaxRows()) {
    const grown = sheet;
    grown.insertRowsAfter(grown.getMaxRows(), 1);
    // Undo takes the row away again unless it would be the last one below the frozen rows.
    log.did(() => {
      if (grown.getMaxRows() - 1 > grown.getFrozenRows()) grown.deleteRows(row, 1);
    });
  }
  const range = sheet.getRange(row, 1, 1, append.row.length);
  const formats = range.getNumberFormats();
  log.did(() => {
    range.clearContent();
    range.setNumberFormats(formats);
  });
  range
    .setNumberFormats([append.row.map((cell: Cell) => (typeof cell === 'number' ? '0' : '@'))])
    .setValues([append.row.map((cell) => cell ?? '')]);
}
