import { type Cell, contiguousColumnRuns, type ManagedColumnsWrite, managedBlock } from '@crm/shared';
import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Refuses (changing nothing) when a re-used managed column holds formulas: writing values would
 * silently destroy them. One getFormulas per run of re-used columns.
 */
export function checkNoFormulasInManaged(sheet: Sheet, write: ManagedColumnsWrite, messages: Messages): void {
  const rows = write.lastRow - write.headerRow;
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
 * row of the table in one setValues (each customer's values on the row it was read from), after
 * inserting columns when the grid is too narrow. User cells are never written.
 */
export function writeManagedColumns(sheet: Sheet, write: ManagedColumnsWrite): void {
  const needed = write.width;
  if (sheet.getMaxColumns() < needed)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  const block = managedBlock(write);
  const height = block.length;
  for (const run of contiguousColumnRuns(write.columns.map((c) => c.column))) {
    const values = block.map((line, r) =>
      run.indexes.map((k) => {
        const cell = line[k] ?? '';
        return r > 0 && write.columns[k]?.kind === 'date' ? dateCell(cell) : cell;
      }),
    );
    sheet
      .getRange(write.headerRow, run.start + 1, height, run.indexes.length)
      .setValues(values as (string | number | Date)[][]);
    sheet
      .getRange(write.headerRow, run.start + 1, 1, run.indexes.length)
      .setFontWeight('bold')
      .setBackground('#e8eef7');
  }
  for (const column of write.columns) {
    if (column.kind === 'date' && height > 1) {
      sheet.getRange(write.headerRow + 1, column.column + 1, height - 1, 1).setNumberFormat('yyyy-mm-dd');
    }
  }
}

/** 'YYYY-MM-DD' → a local-midnight Date, which Sheets shows as a date (not text). */
function dateCell(value: Cell): Cell {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
