import { resolve } from 'node:path';
import { type Cell, mergeManagedColumns, placeManagedColumns } from '@crm/shared';
import { tableFormatOf } from './fileErrors.ts';
import type { OpenedTable } from './readTableFile.ts';
import { DATE_FORMAT, displayWidth, toolkitCell, writeBytes, writeTableFile } from './writeTableFile.ts';

/**
 * Writes the user's table back with the managed columns added (or re-used on a re-run). From
 * .xlsx to .xlsx the workbook itself is updated, so every user cell, format, formula and other
 * sheet stays as it was; otherwise the table is written cell by cell with user cells untouched.
 */
export async function writeClassifiedTable(
  opened: OpenedTable,
  outPath: string,
  managed: { headers: string[]; values: Cell[][] },
): Promise<void> {
  const format = tableFormatOf(outPath, 'write');
  if (format === 'xlsx' && opened.xlsx) {
    await writeIntoWorkbook(opened, outPath, managed);
    return;
  }
  const { table, placement } = mergeManagedColumns(opened.table, managed);
  await writeTableFile(outPath, table, { toolkitColumns: placement.columns });
}

async function writeIntoWorkbook(
  opened: OpenedTable,
  outPath: string,
  managed: { headers: string[]; values: Cell[][] },
): Promise<void> {
  if (!opened.xlsx) return;
  const { workbook, worksheet, headerRow } = opened.xlsx;
  const width = opened.table.header.length;
  const placement = placeManagedColumns(opened.table.header, width, managed.headers);
  const header = worksheet.getRow(headerRow);
  placement.columns.forEach((column, k) => {
    const text = managed.headers[k] ?? '';
    const cell = header.getCell(column + 1);
    cell.value = text;
    cell.font = { ...(cell.font ?? {}), bold: true };
    const sheetColumn = worksheet.getColumn(column + 1);
    if (!sheetColumn.width) sheetColumn.width = Math.max(displayWidth(text) + 4, 10);
  });
  managed.values.forEach((values, i) => {
    const row = worksheet.getRow(headerRow + 1 + i);
    placement.columns.forEach((column, k) => {
      const cell = row.getCell(column + 1);
      const value = toolkitCell(values[k] ?? '');
      cell.value = value === '' ? null : value;
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  });
  // Writing over the input file is allowed (a re-run in place), so build the bytes first.
  const buffer = await workbook.xlsx.writeBuffer();
  await writeBytes(resolve(outPath), new Uint8Array(buffer));
}
