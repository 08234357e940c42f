import { type Cell, isIsoDate, type TableData } from '@crm/shared';
import type { Style, Worksheet } from 'exceljs';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { csvDateText, writeCsvFile } from './csvFile.ts';
import { describeFsError, tableFormatOf } from './fileErrors.ts';
import { workbookBytes } from './workbookBytes.ts';

export interface WriteTableOptions {
  /**
   * Columns the toolkit wrote (default: all). Only these have ISO date strings turned into date
   * cells in .xlsx; the user's own cells keep the type they were read with.
   */
  toolkitColumns?: readonly number[];
  /** Worksheet name for .xlsx (default: Sheet1). */
  sheetName?: string;
}

export interface WriteGridOptions {
  /** Whether the toolkit wrote the cell (1-based sheet row, 0-based column); default: every cell. */
  isToolkitCell?: (row: number, column: number) => boolean;
  /** Toolkit cells whose ISO date strings become date cells in .xlsx (default: the toolkit's). */
  isDateCell?: (row: number, column: number) => boolean;
  /** Worksheet name for .xlsx (default: Sheet1). */
  sheetName?: string;
  /** Row shown bold and frozen in .xlsx (default 1; 0 for none). */
  headerRow?: number;
}

/**
 * Writes a table as .csv (UTF-8 with BOM, so Excel and WPS open Chinese text correctly; text a
 * spreadsheet would run as a formula neutralised, whoever wrote it) or .xlsx (bold frozen header,
 * widths fitted to the content, dates as date cells; text cells are never formulas there).
 */
export async function writeTableFile(
  path: string,
  table: TableData,
  options: WriteTableOptions = {},
): Promise<void> {
  const toolkit = options.toolkitColumns === undefined ? null : new Set(options.toolkitColumns);
  await writeGridFile(path, [table.header, ...table.rows], {
    isToolkitCell: (row, column) => row > 1 && (toolkit === null || toolkit.has(column)),
    ...(options.sheetName === undefined ? {} : { sheetName: options.sheetName }),
  });
}

/** Writes whole sheet rows (row 1 first) as .csv or .xlsx; see writeTableFile. */
export async function writeGridFile(
  path: string,
  rows: readonly (readonly Cell[])[],
  options: WriteGridOptions = {},
): Promise<void> {
  const format = tableFormatOf(path, 'write');
  const isToolkit = options.isToolkitCell ?? (() => true);
  if (format === 'csv') {
    await writeCsvFile(path, [rows]);
    return;
  }
  assertFitsXlsx(
    path,
    rows.length,
    rows.reduce((widest, row) => Math.max(widest, row.length), 0),
  );
  const bytes = await xlsxBytes(rows, {
    isDateCell: options.isDateCell ?? isToolkit,
    sheetName: options.sheetName ?? 'Sheet1',
    headerRow: options.headerRow ?? 1,
  });
  await writeBytes(path, bytes);
}

/**
 * The most rows and columns an Excel worksheet holds
 * (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Written past them, an .xlsx is one Excel will not open whole ("We found a problem with some
 * content") and WPS and LibreOffice cut short.
 */
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_COLUMNS = 16_384;

/**
 * Refuses, before anything is built or written, a sheet of `rows` rows and `columns` columns
 * for an .xlsx at `path` that an Excel worksheet cannot hold; a .csv holds any number.
 */
export function assertFitsXlsx(path: string, rows: number, columns: number): void {
  if (rows <= XLSX_MAX_ROWS && columns <= XLSX_MAX_COLUMNS) return;
  const texts = t().files;
  const why =
    rows > XLSX_MAX_ROWS
      ? texts.tooManyRowsForXlsx(rows, XLSX_MAX_ROWS)
      : texts.tooManyColumnsForXlsx(columns, XLSX_MAX_COLUMNS);
  throw new CliError(texts.because(texts.cannotWrite(path), why));
}

/** Writes a file atomically (the previous file stays whole if the run is stopped), creating its folder. */
export async function writeBytes(path: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw new CliError(t().files.because(t().files.cannotWrite(path), describeFsError(error)));
  }
}

/** A cell as text (for widths): Dates as YYYY-MM-DD (with the time when there is one). */
export function cellToCsv(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return csvDateText(cell);
  return String(cell);
}

/** An ISO date string as a UTC-midnight Date, which exceljs stores as that calendar day. */
export function isoToExcelDate(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

async function xlsxBytes(
  rows: readonly (readonly Cell[])[],
  options: { isDateCell: (row: number, column: number) => boolean; sheetName: string; headerRow: number },
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const views = options.headerRow > 0 ? [{ state: 'frozen' as const, ySplit: options.headerRow }] : [];
  const sheet = workbook.addWorksheet(options.sheetName, { views });
  rows.forEach((row, r) => {
    sheet.addRow(row.map((cell, c) => (options.isDateCell(r + 1, c) ? dateCell(cell) : cell)));
  });
  if (options.headerRow > 0) sheet.getRow(options.headerRow).font = { bold: true };
  formatDates(sheet);
  fitWidths(sheet, rows);
  return workbookBytes(workbook);
}

/** An ISO date string as a date cell; anything else as it is. */
function dateCell(cell: Cell): Cell {
  return typeof cell === 'string' && cell.length === 10 && isIsoDate(cell) ? isoToExcelDate(cell) : cell;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

function formatDates(sheet: Worksheet): void {
  // One style object for each format, shared by the unstyled cells: exceljs then finds its id
  // by the object instead of building its XML again for each cell.
  const dated: Record<string, Partial<Style>> = {};
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value instanceof Date) {
        const numFmt = csvDateText(cell.value).length > 10 ? 'yyyy-mm-dd hh:mm:ss' : DATE_FORMAT;
        if (Object.keys(cell.style).length > 0) cell.numFmt = numFmt;
        else cell.style = dated[numFmt] ??= { numFmt };
      }
    });
  });
}

/** Width in characters, counting CJK as two, capped so a long message does not take a screen. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
  return width;
}

function fitWidths(sheet: Worksheet, rows: readonly (readonly Cell[])[]): void {
  const sample = rows.slice(0, 500);
  const width = sample.reduce((max, row) => Math.max(max, row.length), 0);
  for (let c = 0; c < width; c++) {
    let chars = 8;
    for (const row of sample) chars = Math.max(chars, displayWidth(cellToCsv(row[c] ?? null)) + 2);
    sheet.getColumn(c + 1).width = Math.min(chars, 60);
  }
}
