import type { Cell, ErasurePlan, SheetGrid } from '@crm/shared';
import { AddonError } from '../AddonError.ts';
import { restoredCell, type SheetValue, TEXT_FORMAT } from '../cellTypes.ts';
import type { JobContext } from '../jobContext.ts';
import { assertWritable, type WriteTarget } from '../protections.ts';
import { sheetNamed } from '../sheetsWorkbook.ts';
import type { UndoLog } from '../undoLog.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One touched sheet as it is just before the erasure: what undo puts back. */
interface SheetBefore {
  sheet: Sheet;
  /** As getValues gives them (dates as instants, not wall clocks). */
  values: Cell[][];
  formulas: string[][];
  formats: string[][];
  notes: string[][];
  width: number;
}

/** A copy sheet the erasure deletes, as it was: its name, place among the sheets and cells. */
interface CopyBefore extends SheetBefore {
  name: string;
  /** 0-based position among the sheets, for insertSheet. */
  index: number;
}

/** What undo needs: each touched sheet and each copy to delete, as read just before the erasure. */
export interface ErasureBefore {
  sheets: SheetBefore[];
  copies: CopyBefore[];
}

/** The cells erasure will write (each edit, each deleted row across the whole grid), for the protection check. */
export function erasureTargets(ctx: JobContext, plan: ErasurePlan): WriteTarget[] {
  const copies = plan.deleteSheets.map((name) => {
    const sheet = sheetNamed(ctx.spreadsheet, name);
    return { sheet, row: 1, column: 1, rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
  });
  return plan.sheets
    .flatMap((erasure) => {
      const sheet = sheetNamed(ctx.spreadsheet, erasure.sheet);
      return [
        ...erasure.edits.map((e) => ({ sheet, row: e.row, column: e.column + 1, rows: 1, columns: 1 })),
        ...erasure.notes.map((e) => ({ sheet, row: e.row, column: e.column + 1, rows: 1, columns: 1 })),
        ...erasure.deleteRows.map((row) => ({
          sheet,
          row,
          column: 1,
          rows: 1,
          columns: sheet.getMaxColumns(),
        })),
      ];
    })
    .concat(copies);
}

/**
 * Everything that can refuse, before anything changes: protected cells or rows (Sheets would stop
 * the erasure half-way), then every touched sheet read again (three calls each) and compared with
 * the read the plan was made from, so a row a co-editor sorted, inserted or deleted meanwhile
 * never makes the erasure land on someone else. Returns what undo needs.
 */
export function checkErasure(
  ctx: JobContext,
  plan: ErasurePlan,
  grids: readonly SheetGrid[],
  extraTargets: readonly WriteTarget[],
): ErasureBefore {
  assertWritable(ctx.spreadsheet, [...erasureTargets(ctx, plan), ...extraTargets], ctx.messages);
  const sheets = plan.sheets.map((erasure) => {
    const sheet = sheetNamed(ctx.spreadsheet, erasure.sheet);
    const was = sheetBefore(sheet);
    const shown = ctx.dates.wallClocks(
      was.values.map((row) => row.map((cell) => (cell instanceof Date ? new Date(cell.getTime()) : cell))),
    );
    const read = grids.find((g) => g.name === erasure.sheet)?.rows ?? [];
    if (JSON.stringify(shown) !== JSON.stringify(read)) {
      throw new AddonError(ctx.messages.rowsMoved(erasure.sheet));
    }
    return was;
  });
  const copies = plan.deleteSheets.map((name) => {
    const sheet = sheetNamed(ctx.spreadsheet, name);
    return { ...sheetBefore(sheet), name, index: sheet.getIndex() - 1 };
  });
  return { sheets, copies };
}

/** A sheet's cells as they are (four calls): values as read (dates as instants), formulas, formats, notes. */
function sheetBefore(sheet: Sheet): SheetBefore {
  const height = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const range = height > 0 && width > 0 ? sheet.getRange(1, 1, height, width) : null;
  return {
    sheet,
    // Kept as read, for undo: setValues stores a Date as the day it is in the sheet's zone.
    values: range ? (range.getValues() as Cell[][]) : [],
    formulas: range ? range.getFormulas() : [],
    formats: range ? range.getNumberFormats() : [],
    notes: range ? range.getNotes() : [],
    width,
  };
}

/**
 * Applies the plan sheet by sheet (the edits, then the rows bottom up, as planErasure orders
 * them), recording for each change how to put the cell or row back as it was, with its format
 * and formula: on a failure the caller's UndoLog restores every sheet.
 */
export function applyErasure(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  plan: ErasurePlan,
  before: ErasureBefore,
  log: UndoLog,
): void {
  plan.sheets.forEach((erasure, i) => {
    const was = before.sheets[i] as SheetBefore;
    const sheet = was.sheet;
    for (const edit of erasure.edits) {
      const range = sheet.getRange(edit.row, edit.column + 1);
      const r = edit.row - 1;
      const c = edit.column;
      log.did(() =>
        restoreCells(
          range,
          [[was.values[r]?.[c] ?? null]],
          [[was.formulas[r]?.[c] ?? '']],
          [[was.formats[r]?.[c] ?? '']],
        ),
      );
      if (edit.value === null || edit.value === '') range.clearContent();
      else if (typeof edit.value === 'string') range.setNumberFormat(TEXT_FORMAT).setValue(edit.value);
      else range.setValue(restoredCell(edit.value));
    }
    for (const edit of erasure.notes) {
      const range = sheet.getRange(edit.row, edit.column + 1);
      const note = was.notes[edit.row - 1]?.[edit.column] ?? '';
      log.did(() => range.setNote(note));
      if (edit.note === null) range.clearNote();
      else range.setNote(edit.note);
    }
    keepRowBelowFrozen(sheet, erasure.deleteRows.length, log);
    for (const row of erasure.deleteRows) {
      const r = row - 1;
      sheet.deleteRows(row, 1);
      // Recorded once the row is gone: a deletion that failed has nothing to put back.
      log.did(() => {
        sheet.insertRowsAfter(row - 1, 1);
        restoreCells(
          sheet.getRange(row, 1, 1, was.width),
          [was.values[r] ?? []],
          [was.formulas[r] ?? []],
          [was.formats[r] ?? []],
        );
        sheet.getRange(row, 1, 1, was.width).setNotes([notesOf(was.notes[r], was.width)]);
      });
    }
  });
  for (const copy of before.copies) {
    spreadsheet.deleteSheet(copy.sheet);
    log.did(() => {
      const sheet = spreadsheet.insertSheet(copy.name, copy.index);
      const height = copy.values.length;
      if (height === 0 || copy.width === 0) return;
      const range = sheet.getRange(1, 1, height, copy.width);
      restoreCells(range, copy.values, copy.formulas, copy.formats);
      range.setNotes(copy.notes.map((line) => notesOf(line, copy.width)));
    });
  }
}

/**
 * Sheets refuses to delete the last rows below the frozen ones ("Sorry, it is not possible to
 * delete all non-frozen rows"): a sheet the add-on wrote (header frozen, grid as tall as its
 * rows) whose only rows are the person's gets a blank row at the bottom first. Undo removes it.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
 */
function keepRowBelowFrozen(sheet: Sheet, deleting: number, log: UndoLog): void {
  const maxRows = sheet.getMaxRows();
  const spare = deleting - (maxRows - sheet.getFrozenRows()) + 1;
  if (deleting === 0 || spare <= 0) return;
  sheet.insertRowsAfter(maxRows, spare);
  log.did(() => sheet.deleteRows(maxRows + 1, spare));
}

/** A row of notes as wide as the range it goes back to. */
function notesOf(line: readonly string[] | undefined, width: number): string[] {
  return Array.from({ length: width }, (_, c) => line?.[c] ?? '');
}

/** Writes cells back as they were read: formats first, text kept as text, formulas as formulas. */
function restoreCells(
  range: GoogleAppsScript.Spreadsheet.Range,
  values: readonly (readonly Cell[])[],
  formulas: readonly (readonly string[])[],
  formats: readonly (readonly string[])[],
): void {
  const height = range.getNumRows();
  const width = range.getNumColumns();
  const at = <T>(grid: readonly (readonly T[])[], r: number, c: number, blank: T) => grid[r]?.[c] ?? blank;
  range.setNumberFormats(
    Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => at(formats, r, c, ''))),
  );
  range.setValues(
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const formula = at(formulas, r, c, '');
        if (formula !== '') return formula;
        return typedBack(at(values, r, c, null), at(formats, r, c, ''));
      }),
    ),
  );
}

/** A value as setValues must receive it to store what was read (a leading apostrophe keeps text text). */
function typedBack(value: Cell, format: string): SheetValue {
  if (value instanceof Date) return value;
  const cell = restoredCell(value);
  if (typeof cell === 'string' && cell !== '' && format !== TEXT_FORMAT) return `'${cell}`;
  return cell;
}
