import type { CellNote, SheetGrid } from '@crm/shared';
import type { Comment, Cell as ExcelCell, Workbook, Worksheet } from 'exceljs';

/**
 * The grids with each worksheet's notes (Excel's notes, called comments in older versions), which
 * exceljs keeps beside the cell's value: a person's email or phone may be in a note alone.
 */
export function sheetsWithNotes(grids: readonly SheetGrid[], workbook: Workbook): SheetGrid[] {
  return grids.map((grid) => {
    const worksheet = workbook.getWorksheet(grid.name);
    const notes = worksheet ? worksheetNotes(worksheet) : new Map();
    return notes.size > 0 ? { ...grid, notes } : grid;
  });
}

function worksheetNotes(worksheet: Worksheet): Map<number, CellNote[]> {
  const notes = new Map<number, CellNote[]>();
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: CellNote[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const text = noteText(cell.note);
      if (text !== '') cells.push({ column: column - 1, text });
    });
    if (cells.length > 0) notes.set(rowNumber, cells);
  });
  return notes;
}

/** A note's text: a plain note is a string, a formatted one a list of runs. */
function noteText(note: string | Comment | undefined): string {
  if (note === undefined) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/**
 * Sets a cell's note (plain text), or removes it (null). exceljs has no call that removes a
 * note; its own row splicing does so by dropping the cell's `_comment`, as here.
 */
export function setCellNote(cell: ExcelCell, note: string | null): void {
  if (note !== null) cell.note = note;
  else (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/**
 * Deletes rows (given in descending order) with their notes, keeping every other note on its
 * cell: exceljs's spliceRows moves values and styles up but drops the notes of the rows it moves.
 */
export function deleteRowsKeepingNotes(worksheet: Worksheet, rows: readonly number[]): void {
  const kept: { row: number; column: number; note: string | Comment }[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.note === undefined) return;
      if (!rows.includes(rowNumber)) kept.push({ row: rowNumber, column, note: cell.note });
      setCellNote(cell, null);
    });
  });
  for (const row of rows) worksheet.spliceRows(row, 1);
  for (const note of kept) {
    const above = rows.filter((row) => row < note.row).length;
    worksheet.getRow(note.row - above).getCell(note.column).note = note.note;
  }
}
