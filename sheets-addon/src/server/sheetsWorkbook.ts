import {
  type Cell,
  type CellBlock,
  type CellNote,
  type FormulaCell,
  HEADER_SEARCH_ROWS,
  type SheetGrid,
} from '@crm/shared';
import type { SpreadsheetDates } from './spreadsheetDates.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * The SpreadsheetApp adapter of the job layer's reads: sheets as grids from A1, date cells as
 * the wall clocks the sheet shows (see SpreadsheetDates). Probes read the first rows of every
 * sheet (one getValues each); tables are read whole with one getValues.
 */
export function probeSheets(spreadsheet: Spreadsheet, dates: SpreadsheetDates): SheetGrid[] {
  return spreadsheet.getSheets().map((sheet) => probeSheet(sheet, dates));
}

/** The first rows of one sheet, enough to find its header. */
export function probeSheet(sheet: Sheet, dates: SpreadsheetDates, rows = HEADER_SEARCH_ROWS): SheetGrid {
  const height = Math.min(sheet.getLastRow(), rows);
  const width = sheet.getLastColumn();
  const values = height > 0 && width > 0 ? (sheet.getRange(1, 1, height, width).getValues() as Cell[][]) : [];
  const grid: SheetGrid = { name: sheet.getName(), rows: dates.wallClocks(values) };
  if (sheet.isSheetHidden()) grid.hidden = true;
  return grid;
}

/**
 * The named sheets, whole: getDataRange always starts at A1, so row i is sheet row i + 1. Sheets
 * reads every cell of a merged range but the first as '': the merged ranges go with the grid
 * (one getMergedRanges each), and the core shows the first value in the table's merged cells.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()
 */
export function readSheets(
  spreadsheet: Spreadsheet,
  names: readonly string[],
  dates: SpreadsheetDates,
): SheetGrid[] {
  return names.map((name) => readGrid(name, sheetNamed(spreadsheet, name), dates));
}

function readGrid(name: string, sheet: Sheet, dates: SpreadsheetDates): SheetGrid {
  if (sheet.getLastRow() === 0) return { name, rows: [] };
  const range = sheet.getDataRange();
  const rows = dates.wallClocks(range.getValues() as Cell[][]);
  const merges = mergedBlocks(range);
  return merges.length > 0 ? { name, rows, merges } : { name, rows };
}

/** The merged ranges of a range, 1-based (one getMergedRanges). */
function mergedBlocks(range: Range): CellBlock[] {
  return range.getMergedRanges().map((merged) => ({
    row: merged.getRow(),
    column: merged.getColumn(),
    rows: merged.getNumRows(),
    columns: merged.getNumColumns(),
  }));
}

/**
 * The sheet whole with its formulas, notes and merged ranges (four calls): getValues gives a
 * formula's displayed result only, its text comes from getFormulas and notes from getNotes, and a
 * person's email may be in either (=HYPERLINK("mailto:…","发邮件"), a note on a cell); a
 * 客户编号 merged down over a customer's order lines reads as '' below its first line.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas
 */
export function readGridWithAsides(sheet: Sheet, dates: SpreadsheetDates): SheetGrid {
  const grid: SheetGrid = { name: sheet.getName(), rows: [] };
  if (sheet.getLastRow() === 0) return grid;
  const range = sheet.getDataRange();
  grid.rows = dates.wallClocks(range.getValues() as Cell[][]);
  const formulas = byRow(range.getFormulas(), (column, text) => ({
    column,
    formula: text.slice(1),
    cached: true,
  }));
  const notes = byRow(range.getNotes(), (column, text) => ({ column, text }));
  if (formulas.size > 0) grid.formulas = formulas;
  if (notes.size > 0) grid.notes = notes;
  const merges = mergedBlocks(range);
  if (merges.length > 0) grid.merges = merges;
  return grid;
}

/** The non-empty texts of a grid (getFormulas, getNotes) by 1-based row. */
function byRow<T extends FormulaCell | CellNote>(
  texts: readonly (readonly string[])[],
  make: (column: number, text: string) => T,
): Map<number, T[]> {
  const rows = new Map<number, T[]>();
  texts.forEach((line, r) => {
    const cells: T[] = [];
    line.forEach((text, c) => {
      if (text !== '') cells.push(make(c, text));
    });
    if (cells.length > 0) rows.set(r + 1, cells);
  });
  return rows;
}

export function sheetNamed(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`No sheet named "${name}"`);
  return sheet;
}
