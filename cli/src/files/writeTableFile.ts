import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Cell, isIsoDate, type TableData } from '@crm/shared';
import type { Worksheet } from 'exceljs';
import Papa from 'papaparse';
import { CliError } from '../support/CliError.ts';
import { describeFsError, tableFormatOf } from './fileErrors.ts';

export interface WriteTableOptions {
  /**
   * Columns the toolkit wrote (default: all). Only these are guarded against formula injection
   * in CSV and have ISO date strings turned into date cells in .xlsx; the user's own cells are
   * written exactly as they were read.
   */
  toolkitColumns?: readonly number[];
  /** Worksheet name for .xlsx (default: Sheet1). */
  sheetName?: string;
}

/**
 * Writes a table as .csv (UTF-8 with BOM, so Excel and WPS open Chinese text correctly) or
 * .xlsx (bold frozen header, widths fitted to the content, dates as date cells).
 */
export async function writeTableFile(
  path: string,
  table: TableData,
  options: WriteTableOptions = {},
): Promise<void> {
  const format = tableFormatOf(path, 'write');
  const width = table.rows.reduce((max, row) => Math.max(max, row.length), table.header.length);
  const toolkit = new Set(options.toolkitColumns ?? Array.from({ length: width }, (_, i) => i));
  const bytes =
    format === 'csv' ? csvBytes(table, toolkit) : await xlsxBytes(table, toolkit, options.sheetName);
  await writeBytes(path, bytes);
}

export async function writeBytes(path: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${describeFsError(error)}`);
  }
}

function csvBytes(table: TableData, toolkit: ReadonlySet<number>): string {
  const rows = [table.header, ...table.rows].map((row, r) =>
    row.map((cell, c) => {
      const text = cellToCsv(cell);
      // Header texts are ours or the user's; only data cells the toolkit wrote are guarded.
      return r > 0 && toolkit.has(c) ? neutraliseFormula(text) : text;
    }),
  );
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}

/**
 * Spreadsheet apps run a CSV cell starting with = + - @ (or tab/CR) as a formula (OWASP "CSV
 * injection"). Text the toolkit writes may quote a customer's name or cell, so it gets a
 * leading apostrophe; the user's own cells are never changed.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV text of a cell: Dates as YYYY-MM-DD (with the time when there is one). */
export function cellToCsv(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return dateText(cell);
  return String(cell);
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // exceljs dates are wall-clock times stored as UTC.
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** An ISO date string as a UTC-midnight Date, which exceljs stores as that calendar day. */
export function isoToExcelDate(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

async function xlsxBytes(
  table: TableData,
  toolkit: ReadonlySet<number>,
  sheetName = 'Sheet1',
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, c) => (toolkit.has(c) ? toolkitCell(cell) : cell)));
  }
  formatDates(sheet);
  fitWidths(sheet, table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** A cell the toolkit wrote, as an .xlsx value: ISO date strings become date cells. */
export function toolkitCell(cell: Cell): Cell {
  return typeof cell === 'string' && cell.length === 10 && isIsoDate(cell) ? isoToExcelDate(cell) : cell;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

function formatDates(sheet: Worksheet): void {
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value instanceof Date) {
        cell.numFmt = dateText(cell.value).length > 10 ? 'yyyy-mm-dd hh:mm:ss' : DATE_FORMAT;
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

function fitWidths(sheet: Worksheet, table: TableData): void {
  const sample = table.rows.slice(0, 500);
  table.header.forEach((header, c) => {
    let width = displayWidth(header) + 2;
    for (const row of sample) width = Math.max(width, displayWidth(cellToCsv(row[c] ?? null)) + 2);
    sheet.getColumn(c + 1).width = Math.min(Math.max(width, 8), 60);
  });
}
