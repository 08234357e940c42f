import { type Cell, HEADER_SEARCH_ROWS, type SheetGrid } from '@crm/shared';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The SpreadsheetApp adapter of the job layer's reads: sheets as grids from A1. Probes read the
 * first rows of every sheet (one getValues each); tables are read whole with one getValues.
 */
export function probeSheets(spreadsheet: Spreadsheet): SheetGrid[] {
  return spreadsheet.getSheets().map((sheet) => probeSheet(sheet));
}

/** The first rows of one sheet, enough to find its header. */
export function probeSheet(sheet: Sheet, rows = HEADER_SEARCH_ROWS): SheetGrid {
  const height = Math.min(sheet.getLastRow(), rows);
  const width = sheet.getLastColumn();
  const values = height > 0 && width > 0 ? sheet.getRange(1, 1, height, width).getValues() : [];
  return { name: sheet.getName(), rows: values as Cell[][] };
}

/** The named sheets, whole: getDataRange always starts at A1, so row i is sheet row i + 1. */
export function readSheets(spreadsheet: Spreadsheet, names: readonly string[]): SheetGrid[] {
  return names.map((name) => ({ name, rows: readGrid(sheetNamed(spreadsheet, name)) }));
}

export function readGrid(sheet: Sheet): Cell[][] {
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as Cell[][];
}

export function sheetNamed(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`No sheet named "${name}"`);
  return sheet;
}
