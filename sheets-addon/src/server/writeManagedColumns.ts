import {
  type Cell,
  type ColumnRun,
  contiguousColumnRuns,
  type ManagedColumnsWrite,
  managedBlock,
  type TableData,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import { assertRoomFor } from './cellLimit.ts';
import { MANAGED_FORMATS, managedCell, restoredCell, type SheetValue, TEXT_FORMAT } from './cellTypes.ts';
import type { JobContext } from './jobContext.ts';
import type { Messages } from './messages.ts';
import { assertWritable } from './protections.ts';
import { assertSheetUnchanged, type RowKeys } from './rowGuard.ts';
import { type UndoLog, withUndo } from './undoLog.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Refuses (changing nothing) when a re-used managed column holds formulas: writing values would
 * silently destroy them. One getFormulas per run of re-used columns.
 */
export function checkNoFormulasInManaged(sheet: Sheet, write: ManagedColumnsWrite, messages: Messages): void {
  // No taller than the grid: rows a co-editor deleted since the read are reported by the row
  // guard before any write, and a range past the grid would throw.
  const rows = Math.min(write.lastRow, sheet.getMaxRows()) - write.headerRow;
  if (rows <= 0) return;
  const width = sheet.getLastColumn();
  const reused = write.columns.filter((c) => c.column < width);
  for (const run of contiguousColumnRuns(reused.map((c) => c.column))) {
    const formulas = sheet
      .getRange(write.headerRow + 1, run.start + 1, rows, run.indexes.length)
      .getFormulas();
    for (let r = 0; r < formulas.length; r++) {
      const c = (formulas[r] ?? []).findIndex((formula) => formula !== '');
      if (c < 0) continue;
      const cell = sheet.getRange(write.headerRow + 1 + r, run.start + c + 1).getA1Notation();
      const header = reused[run.indexes[c] ?? 0]?.header ?? '';
      throw new AddonError(messages.formulasInManaged(sheet.getName(), header, cell));
    }
  }
}

/**
 * Writes the managed columns: for each run of adjacent columns the header and one cell per sheet
 * row of the table (each customer's values on the row it was read from), text as text and dates
 * as calendar days, after inserting columns when the grid is too narrow. Everything that can
 * refuse is checked first (room for the columns, protections, the sheet's columns or rows changed
 * since the read); a service failure half-way undoes what was written, so the sheet is either
 * done or unchanged. User cells are never written.
 */
export function writeManagedColumns(
  ctx: JobContext,
  sheet: Sheet,
  write: ManagedColumnsWrite,
  table: TableData,
  keys: RowKeys,
): void {
  const block = managedBlock(write);
  const runs = contiguousColumnRuns(write.columns.map((c) => c.column));
  const missing = write.width - sheet.getMaxColumns();
  assertRoomFor(ctx.spreadsheet, missing > 0 ? missing * sheet.getMaxRows() : 0, ctx.messages);
  assertWritable(
    ctx.spreadsheet,
    runs.map((run) => ({
      sheet,
      row: write.headerRow,
      column: run.start + 1,
      rows: block.length,
      columns: run.indexes.length,
    })),
    ctx.messages,
  );
  assertSheetUnchanged(sheet, keys, ctx.dates, ctx.messages);
  withUndo((log) => {
    if (missing > 0) {
      const after = sheet.getMaxColumns();
      sheet.insertColumnsAfter(after, missing);
      log.did(() => sheet.deleteColumns(after + 1, missing));
    }
    for (const run of runs) writeRun(sheet, write, block, run, table, log);
  });
}

function writeRun(
  sheet: Sheet,
  write: ManagedColumnsWrite,
  block: Cell[][],
  run: ColumnRun,
  table: TableData,
  log: UndoLog,
): void {
  const columns = run.indexes.map((k) => write.columns[k]);
  const range = sheet.getRange(write.headerRow, run.start + 1, block.length, run.indexes.length);
  // Read once: numbers keep their cell's format, and undo puts every format back as it was.
  const previousFormats = range.getNumberFormats();
  const formats = previousFormats.map((line, r) =>
    line.map((format, j) => {
      const kind = columns[j]?.kind ?? 'text';
      return r === 0 ? TEXT_FORMAT : (MANAGED_FORMATS[kind] ?? format);
    }),
  );
  const values = block.map((line, r) =>
    run.indexes.map((k, j) => (r === 0 ? (line[k] ?? '') : managedCell(line[k], columns[j]?.kind ?? 'text'))),
  );
  const previous = previousValues(table, write.headerRow, run, block.length);
  log.did(() => {
    range.setNumberFormats(previousFormats);
    range.setValues(previous);
  });
  range.setNumberFormats(formats);
  range.setValues(values);
  sheet
    .getRange(write.headerRow, run.start + 1, 1, run.indexes.length)
    .setFontWeight('bold')
    .setBackground('#e8eef7');
}

/** The run's cells as the table read them (the header row as its texts). */
function previousValues(table: TableData, headerRow: number, run: ColumnRun, height: number): SheetValue[][] {
  const first = (table.headerRow ?? 1) + 1;
  const values: SheetValue[][] = [];
  for (let r = 0; r < height; r++) {
    const source = r === 0 ? table.header : table.rows[headerRow + r - first];
    values.push(run.indexes.map((_, j) => restoredCell(source?.[run.start + j])));
  }
  return values;
}
