import type { Cell, TableData } from '@crm/shared';
import type { Workbook, Worksheet } from 'exceljs';
import Papa from 'papaparse';
import { CliError } from '../support/CliError.ts';
import { decodeText } from './decodeText.ts';
import { fromExcelValue, headerText, isBlankRow } from './excelCells.ts';
import { readBytes, tableFormatOf } from './fileErrors.ts';

export interface ReadTableOptions {
  /** Worksheet of an .xlsx file (default: the first one). */
  sheet?: string;
}

/** A table file opened for reading, with what is needed to write it back in place. */
export interface OpenedTable {
  path: string;
  table: TableData;
  format: 'csv' | 'xlsx';
  /** How the pipeline must read Date cells: exceljs gives UTC midnights. */
  dateObjects: 'local' | 'utc';
  /** Worksheet names of an .xlsx workbook ([] for CSV). */
  sheetNames: string[];
  xlsx?: { workbook: Workbook; worksheet: Worksheet; headerRow: number };
}

/**
 * Reads a .csv (UTF-8 with or without BOM, UTF-16, GBK) or .xlsx table. The header is the first
 * non-empty row; CSV cells stay strings; trailing blank rows are dropped, blank rows in between
 * kept so row numbers match the sheet.
 */
export async function readTableFile(path: string, options: ReadTableOptions = {}): Promise<TableData> {
  return (await openTableFile(path, options)).table;
}

/** Like readTableFile, keeping the workbook so the table can be written back in place. */
export async function openTableFile(path: string, options: ReadTableOptions = {}): Promise<OpenedTable> {
  const format = tableFormatOf(path, 'read');
  const bytes = await readBytes(path);
  if (format === 'csv') {
    if (options.sheet !== undefined) throw new CliError(`cannot read ${path}: a CSV file has no sheets`);
    return { path, table: parseCsv(decodeText(bytes)), format, dateObjects: 'local', sheetNames: [] };
  }
  const workbook = await loadWorkbook(path, bytes);
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  const worksheet = options.sheet === undefined ? workbook.worksheets[0] : findSheet(workbook, options.sheet);
  if (!worksheet) {
    const which = options.sheet === undefined ? 'it has no worksheet' : `no sheet named "${options.sheet}"`;
    throw new CliError(`cannot read ${path}: ${which} (sheets: ${sheetNames.join(', ') || 'none'})`);
  }
  const { table, headerRow } = readWorksheet(worksheet);
  return { path, table, format, dateObjects: 'utc', sheetNames, xlsx: { workbook, worksheet, headerRow } };
}

/** Another worksheet of an opened workbook (e.g. Orders next to the customers), or null. */
export function readOtherSheet(opened: OpenedTable, name: string): TableData | null {
  const sheet = opened.xlsx ? findSheet(opened.xlsx.workbook, name) : undefined;
  return sheet ? readWorksheet(sheet).table : null;
}

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = name.trim().toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
}

async function loadWorkbook(path: string, bytes: Uint8Array): Promise<Workbook> {
  // Lazy: exceljs takes a while to load, and CSV-only runs should not pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot read ${path}: not a valid .xlsx file (${reason})`);
  }
  return workbook;
}

export function parseCsv(text: string): TableData {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guessDelimiter(text) });
  return fromRows(
    parsed.data.map((row) => (Array.isArray(row) ? row : [])),
    '',
  );
}

/**
 * The delimiter of the header line: comma, tab (Excel's "Unicode text") or semicolon (European
 * Excel). Papa Parse's own guess gives up on files that end with a blank line.
 */
export function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', '\t', ';']) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function readWorksheet(worksheet: Worksheet): { table: TableData; headerRow: number } {
  const rows: Cell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = fromExcelValue(cell.value);
    });
    // eachCell leaves holes for empty cells; the core wants nulls.
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  const dense = Array.from(rows, (row) => row ?? []);
  const table = fromRows(dense, null);
  const headerIndex = dense.findIndex((row) => !isBlankRow(row));
  return { table, headerRow: Math.max(headerIndex, 0) + 1 };
}

/** Header = first non-blank row; every row padded to the table width; trailing blanks dropped. */
function fromRows(all: Cell[][], fill: '' | null): TableData {
  const start = all.findIndex((row) => !isBlankRow(row));
  if (start < 0) return { header: [], rows: [] };
  let end = all.length;
  while (end > start + 1 && isBlankRow(all[end - 1] ?? [])) end--;
  const body = all.slice(start, end);
  const width = body.reduce((max, row) => Math.max(max, lastFilled(row) + 1), 0);
  const header = Array.from({ length: width }, (_, i) => headerText(body[0]?.[i] ?? null));
  const rows = body.slice(1).map((row) => Array.from({ length: width }, (_, i): Cell => row[i] ?? fill));
  return { header, rows };
}

function lastFilled(row: readonly Cell[]): number {
  for (let i = row.length - 1; i >= 0; i--) {
    const cell = row[i];
    if (cell !== null && cell !== undefined && cell !== '') return i;
  }
  return -1;
}
