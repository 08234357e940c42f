import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnLetter, type MANAGED_COLUMNS, type ManagedColumnsWrite } from '@crm/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managedColumnsFor } from '../managedColumnsFor.testing.ts';
import { openWorkbookFile, type WorkbookFile } from '../openWorkbookFile.ts';
import { entryBytes, readZip, replaceZipEntries } from '../rezip.ts';
import { patchedWorkbook, writeManagedColumnsFile } from '../writeManagedColumnsFile.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-patch-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const CUSTOMERS = 60;

/**
 * A customer sheet as users keep them: a styled header, a date column, amounts in a number
 * format, a formula column, a merged title-free note range, conditional formatting, a data
 * validation, a hyperlink, blank rows inside the table and user columns past them (one cell
 * styled), beside an Orders sheet.
 */
async function userWorkbook(
  path: string,
  options: { mergeOverManaged?: boolean; noWidths?: boolean } = {},
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['客户编号', '姓名', '最近购买日期', '消费金额', '合计', '备注', 'R', 'F']);
  for (let i = 1; i <= CUSTOMERS; i++) {
    if (i % 17 === 0) {
      sheet.addRow([]);
      continue;
    }
    sheet.addRow([
      `C${String(i).padStart(3, '0')}`,
      i % 9 === 0 ? { richText: [{ text: '王', font: { bold: true } }, { text: '明' }] } : `客户${i}`,
      new Date(Date.UTC(2025, i % 12, 1 + (i % 27))),
      i * 120.5,
      { formula: `D${i + 1}*2`, result: i * 241 },
      i % 5 === 0 ? `备注 ${i} & <重要>` : null,
      i === 3 ? 'stale' : null,
    ]);
  }
  sheet.getRow(1).font = { bold: false, color: { argb: 'FF1F4E79' } };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  if (options.noWidths) {
    // Formats on the cells rather than the columns: exceljs then writes no <cols> at all.
    for (let r = 2; r <= CUSTOMERS + 1; r++) sheet.getCell(`C${r}`).numFmt = 'yyyy/mm/dd';
  } else {
    sheet.getColumn(3).numFmt = 'yyyy/mm/dd';
    sheet.getColumn(4).numFmt = '#,##0.00';
  }
  if (!options.noWidths) sheet.getColumn(2).width = 18;
  sheet.getCell('G5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getCell('F2').value = { text: 'site', hyperlink: 'https://example.com' };
  sheet.mergeCells('F6:F7');
  if (options.mergeOverManaged) sheet.mergeCells('H3:I3');
  sheet.addConditionalFormatting({
    ref: 'D2:D61',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: [5000],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  for (let r = 2; r <= 10; r++) {
    sheet.getCell(`B${r}`).dataValidation = {
      type: 'textLength',
      operator: 'lessThan',
      formulae: [40],
      allowBlank: true,
    };
  }
  workbook.addWorksheet('Orders').addRows([
    ['客户编号', '日期', '金额'],
    ['C001', new Date(Date.UTC(2025, 3, 4)), 99],
  ]);
  await workbook.xlsx.writeFile(path);
}

/** The managed columns as classify gives them for the customer rows of the file's first sheet. */
function classified(file: WorkbookFile): ManagedColumnsWrite {
  const grid = file.sheets[0]?.rows ?? [];
  return managedColumnsFor(grid, {
    language: 'zh',
    // Two rows past the sheet's last: the patch must create them.
    lastRow: grid.length + 2,
    valuesOf: (n) => {
      const row = grid[n - 1];
      if (row === undefined || row.every((cell) => cell === null)) return undefined;
      return [
        (n % 5) + 1,
        n % 3 === 0 ? '' : (n % 4) + 1,
        (n % 2) + 3,
        n % 4 === 0 ? '重要价值客户' : '潜在客户',
        `组${n % 8}`,
        n % 6 === 0 ? '流失' : '活跃',
        '高价值',
        n % 7 === 0 ? '' : 0.5 + n / 1000,
        n * 10.25,
        n % 10 === 0 ? '高' : '',
        n % 11 === 0 ? '' : `2026-0${(n % 9) + 1}-1${n % 10}`,
      ];
    },
  });
}

/** The address of a managed column's cell in a sheet row. */
function addressOf(write: ManagedColumnsWrite, key: (typeof MANAGED_COLUMNS)[number], row: number): string {
  const column = write.columns.find((c) => c.key === key)?.column ?? 0;
  return `${columnLetter(column)}${row}`;
}

/** The same file as the exceljs writing path sees it: read by exceljs, no parts to patch. */
function throughExceljs(file: WorkbookFile): WorkbookFile {
  return { ...file, workbook: null, xlsx: file.xlsx && { bytes: file.xlsx.bytes, parts: null } };
}

/** A file the patch declines, written by the exceljs path instead, and its customer sheet read back. */
async function writtenByExceljs(file: WorkbookFile, write: ManagedColumnsWrite, output: string) {
  expect(await patchedWorkbook(file, '客户', write)).toBeNull();
  await writeManagedColumnsFile(file, '客户', write, output);
  return readBack(output);
}

async function readBack(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('客户');
  if (!sheet) throw new Error('no customer sheet');
  return sheet;
}

/** Every cell's value, number format, font and fill of a sheet, and every column's width. */
function cellsOf(sheet: ExcelJS.Worksheet, columns: number, rows: number) {
  const cells: Record<string, unknown> = {};
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getRow(r).getCell(c);
      cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, font: cell.font, fill: cell.fill };
    }
  }
  const widths = Array.from({ length: columns }, (_, c) => sheet.getColumn(c + 1).width);
  return { cells, widths };
}

/** The XML of each `<c>` of a sheet part by address. */
function cellXmlOf(zip: Uint8Array, path: string): Map<string, string> {
  const entry = readZip(zip)?.get(path);
  const xml = entry ? (entryBytes(entry)?.toString('utf8') ?? '') : '';
  return new Map(
    [...xml.matchAll(/<c\b[^>]*\sr="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [
      m[1] ?? '',
      m[0],
    ]),
  );
}

describe('patching the managed columns into the customer sheet of an .xlsx', () => {
  it.each([
    ['with column widths', false],
    ['without any column width (no <cols>)', true],
  ])(
    'gives every managed cell the value, style and width the exceljs path gives, %s',
    async (_, noWidths) => {
      const input = join(dir, 'customers.xlsx');
      await userWorkbook(input, { noWidths });
      const file = await openWorkbookFile(input);
      expect(file.xlsx?.parts, 'read without exceljs').toBeTruthy();
      const write = classified(file);
      const patched = await patchedWorkbook(file, '客户', write);
      expect(patched, 'the patch applies').not.toBeNull();

      const viaPatch = join(dir, 'patched.xlsx');
      const viaExceljs = join(dir, 'exceljs.xlsx');
      await writeManagedColumnsFile(file, '客户', write, viaPatch);
      await writeManagedColumnsFile(throughExceljs(await openWorkbookFile(input)), '客户', write, viaExceljs);
      expect(Buffer.from(await readFile(viaPatch)).equals(Buffer.from(patched as Uint8Array))).toBe(true);

      const columns = Math.max(...write.columns.map((c) => c.column)) + 1;
      const ours = cellsOf(await readBack(viaPatch), columns, write.lastRow + 1);
      const theirs = cellsOf(await readBack(viaExceljs), columns, write.lastRow + 1);
      expect(ours).toEqual(theirs);
      // Values written, dates in a date format, headers bold.
      expect(ours.cells[addressOf(write, 'r', 3)]).toMatchObject({ value: 4 });
      const nextContact = write.columns.at(-1)?.key ?? 'r';
      expect(ours.cells[addressOf(write, nextContact, 12)]).toMatchObject({
        value: new Date(Date.UTC(2026, 3, 12)),
        numFmt: 'yyyy-mm-dd',
      });
      expect(ours.cells[addressOf(write, 'm', 1)]).toMatchObject({ font: { bold: true } });
    },
  );

  it('leaves every other part of the zip byte for byte, and every other cell of the sheet as it was', async () => {
    const input = join(dir, 'customers-parts.xlsx');
    await userWorkbook(input);
    const file = await openWorkbookFile(input);
    const write = classified(file);
    const patched = await patchedWorkbook(file, '客户', write);
    if (patched === null) throw new Error('the patch did not apply');
    const before = readZip(await readFile(input));
    const after = readZip(patched);
    expect([...(after?.keys() ?? [])]).toEqual([...(before?.keys() ?? [])]);
    const changed = ['xl/worksheets/sheet1.xml', 'xl/styles.xml'];
    for (const [name, entry] of before ?? []) {
      if (changed.includes(name)) continue;
      const same = after?.get(name);
      expect({ name, crc: same?.crc, data: same?.data }).toEqual({ name, crc: entry.crc, data: entry.data });
    }
    const managedColumns = new Set(write.columns.map((c) => c.column));
    const oldCells = cellXmlOf(await readFile(input), changed[0] as string);
    const newCells = cellXmlOf(patched, changed[0] as string);
    const letters = (ref: string) => ref.replace(/\d+$/, '');
    const toIndex = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    let compared = 0;
    for (const [ref, xml] of oldCells) {
      if (managedColumns.has(toIndex(letters(ref)))) continue;
      expect(newCells.get(ref), ref).toBe(xml);
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
    // The rest of the sheet (merges, conditional formats, validations, links) and the styles
    // that were there stay as they were.
    const sheetAfter = entryBytes(after?.get(changed[0] as string) as never)?.toString('utf8') ?? '';
    const sheetBefore = entryBytes(before?.get(changed[0] as string) as never)?.toString('utf8') ?? '';
    const tailOf = (xml: string) => xml.slice(xml.indexOf('</sheetData>'));
    expect(tailOf(sheetAfter)).toBe(tailOf(sheetBefore));
    const stylesBefore = entryBytes(before?.get('xl/styles.xml') as never)?.toString('utf8') ?? '';
    const stylesAfter = entryBytes(after?.get('xl/styles.xml') as never)?.toString('utf8') ?? '';
    for (const xf of stylesBefore.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [])
      expect(stylesAfter).toContain(xf);
    expect(sheetAfter).toMatch(/<dimension ref="A1:S63"\/>/);
  });

  it('writes over its own output again and again without piling up formats, with the values of each run', async () => {
    let path = join(dir, 'rerun-0.xlsx');
    await userWorkbook(path);
    const xfs = async (at: string) => {
      const entry = readZip(await readFile(at))?.get('xl/styles.xml');
      return /<cellXfs count="(\d+)"/.exec(entry ? (entryBytes(entry)?.toString('utf8') ?? '') : '')?.[1];
    };
    const counts: (string | undefined)[] = [];
    let write: ManagedColumnsWrite | undefined;
    let previous = path;
    for (let run = 1; run <= 3; run++) {
      const file = await openWorkbookFile(previous);
      expect(file.xlsx?.parts, `run ${run} reads without exceljs`).toBeTruthy();
      write = classified(file);
      // Each run moves the values one row, so every run changes every managed cell.
      write.values = new Map(
        [...write.values].map(([row, values]) => [row, write?.values.get(row + run) ?? values]),
      );
      path = join(dir, `rerun-${run}.xlsx`);
      await writeManagedColumnsFile(file, '客户', write, path);
      counts.push(await xfs(path));
      if (run < 3) previous = path;
    }
    // The first run may make formats for header cells of user columns a later run takes over.
    expect(counts[2]).toBe(counts[1]);
    const viaExceljs = join(dir, 'rerun-exceljs.xlsx');
    await writeManagedColumnsFile(
      throughExceljs(await openWorkbookFile(previous)),
      '客户',
      write as ManagedColumnsWrite,
      viaExceljs,
    );
    const columns = Math.max(...(write?.columns ?? []).map((c) => c.column)) + 1;
    const rows = (write?.lastRow ?? 0) + 1;
    expect(cellsOf(await readBack(path), columns, rows)).toEqual(
      cellsOf(await readBack(viaExceljs), columns, rows),
    );
  });

  it('declines a sheet whose cells are not in column order, and the exceljs path writes it', async () => {
    const ordered = join(dir, 'ordered.xlsx');
    await userWorkbook(ordered);
    const bytes = await readFile(ordered);
    const entry = readZip(bytes)?.get('xl/worksheets/sheet1.xml');
    const xml = entry ? (entryBytes(entry)?.toString('utf8') ?? '') : '';
    // Row 2's first two cells swapped: Excel never writes this, and the patch cannot tell where a
    // new cell would go.
    const swapped = xml.replace(/(<c r="A2"[^>]*>[\s\S]*?<\/c>)(<c r="B2"[^>]*>[\s\S]*?<\/c>)/, '$2$1');
    expect(swapped).not.toBe(xml);
    const input = join(dir, 'unordered.xlsx');
    await writeFile(
      input,
      replaceZipEntries(bytes, new Map([['xl/worksheets/sheet1.xml', Buffer.from(swapped)]])) ?? '',
    );
    const file = await openWorkbookFile(input);
    expect(file.xlsx?.parts, 'read without exceljs').toBeTruthy();
    const write = classified(file);
    const sheet = await writtenByExceljs(file, write, join(dir, 'unordered-out.xlsx'));
    expect(sheet.getCell(addressOf(write, 'segment', 2)).value).toBe(write.values.get(2)?.[3]);
    expect(sheet.getCell('A2').value).toBe('C001');
  });

  it('declines a merged range over a managed cell, and the exceljs path writes the workbook', async () => {
    const input = join(dir, 'merged.xlsx');
    await userWorkbook(input, { mergeOverManaged: true });
    const file = await openWorkbookFile(input);
    const write = classified(file);
    const sheet = await writtenByExceljs(file, write, join(dir, 'merged-out.xlsx'));
    expect(sheet.getCell(addressOf(write, 'segment', 2)).value).toBe(write.values.get(2)?.[3]);
    expect(sheet.getCell(addressOf(write, 'm', 1)).font?.bold).toBe(true);
  });
});
