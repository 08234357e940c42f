import { basename, extname } from 'node:path';
import type { Cell, CellBlock, FormulaCell, SheetGrid } from '@crm/shared';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';
import type { CsvSource } from './csvLinePatch.ts';
import { readCsvFile } from './csvStream.ts';
import { fromExcelValue } from './excelCells.ts';
import { readBytes, type TableFormat, tableFormatOf } from './fileErrors.ts';
import { COMPOUND_FILE, isEncryptedPackage, startsWith } from './fileSignature.ts';
import { fileVersion } from './fileVersion.ts';
import { readHtmlSheet } from './htmlTables.ts';
import { refuseXlsxTooBig } from './memoryGuard.ts';
import { storeZip } from './rezip.ts';
import { readSpreadsheetMl } from './spreadsheetMl.ts';
import { withCellPositions } from './xlsx/cellPositions.ts';
import { sortedMerges } from './xlsx/readSheetGrid.ts';
import { readXlsxSheets } from './xlsx/readXlsxSheets.ts';
import type { XlsxParts } from './xlsx/xlsxParts.ts';

/** A .csv or .xlsx file read into sheet grids, with what is needed to write an .xlsx back in place. */
export interface WorkbookFile {
  path: string;
  format: TableFormat;
  /** Every sheet, cells from A1 (a CSV is one sheet named after the file). */
  sheets: SheetGrid[];
  /**
   * The exceljs workbook of an .xlsx, once loaded (see workbookModel): commands that change the
   * workbook through exceljs (person erase, sheet removal) load it; others never build it.
   */
  workbook: Workbook | null;
  /**
   * The .xlsx as read: its bytes, and its parts when its sheets were read without exceljs (null
   * when exceljs read them), for writing the managed columns back by patching the sheet's XML.
   */
  xlsx: { bytes: Uint8Array; parts: XlsxParts | null } | null;
  /** How the core must read Date cells: exceljs gives UTC midnights; CSV has none. */
  dateObjects: 'local' | 'utc';
  /** A CSV file as read, for writing its rows back from its own lines (see csvLinePatch.ts). */
  csv?: CsvSource;
}

/**
 * Reads a .csv (UTF-8 with or without BOM, UTF-16, GBK) or .xlsx file into grids: every row and
 * cell where the sheet has it, so sheet row numbers stay exact (title lines, blank rows and all).
 * CSV cells stay the strings they are.
 */
export async function openWorkbookFile(path: string): Promise<WorkbookFile> {
  const format = tableFormatOf(path, 'read');
  if (format === 'csv') {
    // Before reading: the lines are written back only from a file that has not changed since.
    const version = await fileVersion(path);
    // Read as a stream: a 200 MB file never becomes one string (and two copies of it).
    const { rows, layout } = await readCsvFile(path);
    return {
      path,
      format,
      sheets: [{ name: basename(path), rows }],
      workbook: null,
      xlsx: null,
      dateObjects: 'local',
      csv: { path, layout, version },
    };
  }
  let bytes = await readBytes(path);
  refuseXlsxTooBig(path, bytes.length, 'sheets');
  if (format === 'html' || format === 'spreadsheetml') return openExportedWorkbook(path, format, bytes);
  if (startsWith(bytes, COMPOUND_FILE)) {
    const reason = isEncryptedPackage(bytes) ? t().files.encryptedXlsx : t().files.compoundUnderXlsxName;
    throw new CliError(t().files.because(t().files.cannotRead(path), reason));
  }
  let read = await readXlsxSheets(bytes);
  if (read === null) {
    // Rows and cells written without their positions (valid, and read by Excel): given them,
    // the workbook reads as any other, and is written back with them.
    const positioned = withCellPositions(bytes);
    if (positioned !== null) {
      bytes = positioned;
      read = await readXlsxSheets(bytes);
    }
  }
  if (read !== null && read.sheets.length > 0) {
    return {
      path,
      format,
      sheets: read.sheets,
      workbook: null,
      xlsx: { bytes, parts: read.parts },
      dateObjects: 'utc',
    };
  }
  // What the fast reading does not mirror exactly (or an empty or broken workbook): exceljs reads it.
  refuseXlsxTooBig(path, bytes.length, 'model');
  const workbook = await loadWorkbook(path, bytes);
  if (workbook.worksheets.length === 0)
    throw new CliError(t().files.because(t().files.cannotRead(path), t().files.noWorksheet));
  const sheets = workbook.worksheets.map(worksheetGrid);
  return { path, format, sheets, workbook, xlsx: { bytes, parts: null }, dateObjects: 'utc' };
}

/**
 * A workbook a system exported as a web page or as Excel 2003's XML under an .xls name: read
 * whole (such files are small), never written back; a page is one sheet named, as Excel names
 * it, after the file.
 */
async function openExportedWorkbook(
  path: string,
  format: 'html' | 'spreadsheetml',
  bytes: Uint8Array,
): Promise<WorkbookFile> {
  const cannot = (reason: string) => new CliError(t().files.because(t().files.cannotRead(path), reason));
  let sheets: SheetGrid[];
  if (format === 'html') {
    const sheet = await readHtmlSheet(basename(path, extname(path)).slice(0, 31), bytes);
    if (sheet === null) throw cannot(t().files.noHtmlTable);
    sheets = [sheet];
  } else {
    try {
      sheets = readSpreadsheetMl(bytes);
    } catch (error) {
      throw cannot(t().files.notSpreadsheetMl(error instanceof Error ? error.message : String(error)));
    }
    if (sheets.length === 0) throw cannot(t().files.noWorksheet);
  }
  // Page cells are text, as a CSV's are; XML Spreadsheet dates are read as exceljs reads them.
  const dateObjects = format === 'html' ? 'local' : 'utc';
  return { path, format, sheets, workbook: null, xlsx: null, dateObjects };
}

/**
 * The exceljs workbook of an .xlsx file, loaded from its bytes on first use and kept in
 * `file.workbook`, so changes made to it are written by whoever writes it next; null for a CSV.
 */
export async function workbookModel(file: WorkbookFile): Promise<Workbook | null> {
  if (file.workbook !== null || file.xlsx === null) return file.workbook;
  refuseXlsxTooBig(file.path, file.xlsx.bytes.length, 'model');
  file.workbook = await loadWorkbook(file.path, file.xlsx.bytes);
  return file.workbook;
}

/** The sheet of an opened file by name, compared trimmed and case-insensitively, as Excel does. */
export function findSheet(file: WorkbookFile, name: string): SheetGrid | undefined {
  const wanted = name.trim().toLowerCase();
  return file.sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
}

/** The worksheet of an opened workbook by name, compared trimmed and case-insensitively. */
export function findWorksheet(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = name.trim().toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
}

/** The sheets as exceljs's full reading gives them: what the fast reading must match, cell for cell. */
export async function readSheetsWithExceljs(path: string, bytes: Uint8Array): Promise<SheetGrid[]> {
  return (await loadWorkbook(path, bytes)).worksheets.map(worksheetGrid);
}

async function loadWorkbook(path: string, bytes: Uint8Array): Promise<Workbook> {
  // Lazy: exceljs takes a while to load, and CSV-only runs should not pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // Inflated by Node's zlib first: JSZip's inflate is JavaScript, and slow on a large sheet.
  const stored = storeZip(bytes) ?? bytes;
  try {
    await workbook.xlsx.load(stored as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t().files.because(t().files.cannotRead(path), t().files.notXlsx(reason)));
  }
  return workbook;
}

/**
 * A worksheet's cells (formulas as their saved results) and its formula cells by row, so the
 * core can tell a formula saved without a result from an empty cell and a column total from a
 * customer.
 */
function worksheetGrid(worksheet: Worksheet): SheetGrid {
  const rows: Cell[][] = [];
  const formulas = new Map<number, FormulaCell[]>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cell.value;
      if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        // cell.value leaves out a result of 0, FALSE or "" (it copies only what is truthy);
        // cell.result is the saved result as the file holds it.
        const result: CellValue = cell.result;
        cells[column - 1] = result === undefined ? null : fromExcelValue(result);
        const rowFormulas = formulas.get(rowNumber) ?? [];
        // cell.formula is the formula of this cell, a shared formula translated to its place.
        rowFormulas.push({ column: column - 1, formula: cell.formula, cached: result !== undefined });
        formulas.set(rowNumber, rowFormulas);
      } else cells[column - 1] = fromExcelValue(value);
    });
    // eachCell leaves holes for empty cells; the core wants nulls.
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  const grid: SheetGrid = { name: worksheet.name, rows: Array.from(rows, (row) => row ?? []) };
  if (formulas.size > 0) grid.formulas = formulas;
  const merges = mergedRanges(worksheet);
  if (merges.length > 0) grid.merges = merges;
  if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') grid.hidden = true;
  return grid;
}

/** The ranges exceljs keeps a worksheet's merges in, by their first cell's address. */
interface MergedRanges {
  _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
}

/**
 * A worksheet's merged ranges (1-based). exceljs has shown each one's first value in all its
 * cells; the core still needs to know a range across the table (a section line) from a value
 * repeated in each cell. Read from the worksheet's own map: `worksheet.model` would build the
 * model of every row to give them.
 */
function mergedRanges(worksheet: Worksheet): CellBlock[] {
  const ranges = Object.values((worksheet as unknown as MergedRanges)._merges ?? {});
  return sortedMerges(
    ranges.map(({ model: m }) => ({
      row: m.top,
      column: m.left,
      rows: m.bottom - m.top + 1,
      columns: m.right - m.left + 1,
    })),
  );
}
