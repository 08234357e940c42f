import { resolve } from 'node:path';
import { type Cell, type ManagedColumnsWrite, mergeManagedColumns } from '@crm/shared';
import type { Style } from 'exceljs';
import { CSV_ROWS_PER_WRITE, writeCsvFile } from './csvFile.ts';
import { writeCsvPatchingLines } from './csvLinePatch.ts';
import { tableFormatOf } from './fileErrors.ts';
import { findWorksheet, type WorkbookFile, workbookModel } from './openWorkbookFile.ts';
import { workbookBytes } from './workbookBytes.ts';
import {
  assertFitsXlsx,
  DATE_FORMAT,
  displayWidth,
  isoToExcelDate,
  writeBytes,
  writeGridFile,
} from './writeTableFile.ts';
import { patchManagedColumns } from './xlsx/patchManagedColumns.ts';

/**
 * Writes the customer sheet back with its managed columns: from .xlsx to .xlsx the workbook
 * itself is updated, so every user cell, format, formula and other sheet stays as it was;
 * otherwise the sheet is written whole with user cells copied untouched. Either way each
 * customer's values go to the sheet row they were computed from.
 */
export async function writeManagedColumnsFile(
  file: WorkbookFile,
  sheetName: string,
  write: ManagedColumnsWrite,
  outPath: string,
): Promise<void> {
  const format = tableFormatOf(outPath, 'write');
  if (format === 'xlsx' && file.xlsx !== null) {
    const patched = await patchedWorkbook(file, sheetName, write);
    if (patched !== null) await writeBytes(resolve(outPath), patched);
    else await writeIntoWorkbook(file, sheetName, write, outPath);
    return;
  }
  const rows = file.sheets.find((s) => s.name === sheetName)?.rows ?? [];
  // Before the merged sheet is built: a CSV of more rows than a worksheet holds is refused as
  // .xlsx output at once, not after the memory for a workbook of them was spent.
  if (format === 'xlsx') assertFitsXlsx(outPath, rows.length, write.width);
  if (format === 'csv') {
    // From a CSV, the user's part of each line is copied from the file where it can be.
    if (file.csv !== undefined && (await writeCsvPatchingLines(file.csv, rows, write, outPath))) return;
    await writeCsvFile(outPath, mergedRuns(rows, write));
    return;
  }
  const isToolkitCell = (row: number, column: number) =>
    row > write.headerRow && row <= write.lastRow && write.columns.some((c) => c.column === column);
  const dateColumns = new Set(write.columns.filter((c) => c.kind === 'date').map((c) => c.column));
  await writeGridFile(outPath, mergeManagedColumns(rows, write), {
    isToolkitCell,
    isDateCell: (row, column) => isToolkitCell(row, column) && dateColumns.has(column),
    sheetName,
  });
}

/** The merged sheet a run of rows at a time (one piece of CSV text), each made as the CSV writer asks for it. */
function* mergedRuns(rows: readonly (readonly Cell[])[], write: ManagedColumnsWrite): Generator<Cell[][]> {
  for (let from = 0; from < rows.length; from += CSV_ROWS_PER_WRITE) {
    yield mergeManagedColumns(rows.slice(from, from + CSV_ROWS_PER_WRITE), write, from + 1);
  }
}

/**
 * The input .xlsx with only the customer sheet's XML (and styles.xml) changed, when its sheets
 * were read without exceljs and nothing in the way makes patching unsafe; null otherwise, and
 * exceljs writes the workbook instead.
 */
export async function patchedWorkbook(
  file: WorkbookFile,
  sheetName: string,
  write: ManagedColumnsWrite,
): Promise<Uint8Array | null> {
  if (file.xlsx?.parts == null || write.columns.length === 0) return null;
  try {
    return await patchManagedColumns(file.xlsx.bytes, file.xlsx.parts, sheetName, write, {
      dateFormat: DATE_FORMAT,
      headerWidth: managedColumnWidth,
      isoToDate: isoToExcelDate,
    });
  } catch {
    return null;
  }
}

/** The width writeIntoWorkbook gives a managed column that has none. */
function managedColumnWidth(header: string): number {
  return Math.max(displayWidth(header) + 4, 10);
}

async function writeIntoWorkbook(
  file: WorkbookFile,
  sheetName: string,
  write: ManagedColumnsWrite,
  outPath: string,
): Promise<void> {
  const workbook = await workbookModel(file);
  const worksheet = workbook ? findWorksheet(workbook, sheetName) : undefined;
  if (!workbook || !worksheet) return;
  const header = worksheet.getRow(write.headerRow);
  for (const column of write.columns) {
    const cell = header.getCell(column.column + 1);
    cell.value = column.header;
    // A new style object: exceljs shares one between the cells read with the same style, and
    // setting cell.font would make all of them bold.
    cell.style = { ...cell.style, font: { ...(cell.style.font ?? {}), bold: true } };
    const sheetColumn = worksheet.getColumn(column.column + 1);
    if (!sheetColumn.width) sheetColumn.width = managedColumnWidth(column.header);
  }
  const dated = datedStyles();
  for (let row = write.headerRow + 1; row <= write.lastRow; row++) {
    const values = write.values.get(row);
    const sheetRow = worksheet.getRow(row);
    write.columns.forEach((column, k) => {
      const cell = sheetRow.getCell(column.column + 1);
      const value: Cell = values?.[k] ?? '';
      if (value === '' || value === null) {
        cell.value = null;
      } else if (column.kind === 'date' && typeof value === 'string') {
        cell.value = isoToExcelDate(value);
        cell.style = dated(cell.style);
      } else {
        cell.value = value;
      }
    });
  }
  // Writing over the input file is allowed (a re-run in place), so build the bytes first.
  await writeBytes(resolve(outPath), await workbookBytes(workbook));
}

/**
 * A cell's style with the date format, as a new object: exceljs shares one style object between
 * the cells read with the same style, so setting cell.numFmt would turn every one of them (the
 * user's amounts too) into dates. Cells of one style get one dated style, so that exceljs finds
 * its id by the object rather than building its XML again for each cell (unstyled cells count
 * as one style).
 */
function datedStyles(): (style: Partial<Style>) => Partial<Style> {
  const made = new Map<object, Partial<Style>>();
  const unstyled = {};
  return (style) => {
    const key = Object.keys(style).length === 0 ? unstyled : style;
    let dated = made.get(key);
    if (dated === undefined) {
      dated = { ...style, numFmt: DATE_FORMAT };
      made.set(key, dated);
    }
    return dated;
  };
}
