import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Cell,
  MANAGED_COLUMN_LABELS,
  MANAGED_COLUMNS,
  type ManagedColumnsWrite,
  tableFromGrid,
} from '@crm/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCliLanguage } from '../texts/currentTexts.ts';
import { managedColumnsFor } from './managedColumnsFor.testing.ts';
import { openWorkbookFile, type WorkbookFile } from './openWorkbookFile.ts';
import { readTableFile } from './readTableFile.ts';
import { writeManagedColumnsFile } from './writeManagedColumnsFile.ts';
import { writeTableFile } from './writeTableFile.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-classified-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The managed columns for rows 2 and 3 of the file's first sheet, as classify would give them. */
function managed(
  file: WorkbookFile,
  language: 'zh' | 'en',
  segment: string,
  keys: readonly (typeof MANAGED_COLUMNS)[number][] = MANAGED_COLUMNS,
  rows: Cell[][] = [
    [5, 4, 5, segment, '重要价值客户', '活跃', '高价值', 0.93, 15230.5, '', '2026-03-05'],
    ['', '', '', '潜在客户', '', '潜在', '低价值', '', '', '', '2026-03-20'],
  ],
): ManagedColumnsWrite {
  const grid = file.sheets[0]?.rows ?? [];
  return managedColumnsFor(grid, {
    language,
    keys,
    lastRow: tableFromGrid(grid, 1).rows.length + 1,
    valuesOf: (row) => rows[row - 2],
  });
}

async function classifyInto(input: string, output: string, language: 'zh' | 'en', segment: string) {
  const file = await openWorkbookFile(input);
  await writeManagedColumnsFile(file, file.sheets[0]?.name ?? '', managed(file, language, segment), output);
}

const userHeader = ['客户编号', '姓名', '最近购买日期', '消费金额', '自定义列'];

async function customerWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(userHeader);
  sheet.addRow(['C001', '张三', new Date(Date.UTC(2026, 1, 20)), 12800, { formula: 'D2/100', result: 128 }]);
  sheet.addRow(['C002', '李四', null, null, 'VIP?']);
  sheet.getCell('B2').font = { color: { argb: 'FFFF0000' } };
  const orders = workbook.addWorksheet('Orders');
  orders.addRow(['客户编号', '日期', '金额']);
  await workbook.xlsx.writeFile(path);
}

describe('writeManagedColumnsFile from .xlsx to .xlsx', () => {
  it('adds the managed columns to the right and leaves every user cell, format and sheet alone', async () => {
    const input = join(dir, 'customers.xlsx');
    const output = join(dir, 'classified.xlsx');
    await customerWorkbook(input);
    await classifyInto(input, output, 'zh', '冠军客户');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['客户', 'Orders']);
    const sheet = workbook.getWorksheet('客户');
    expect(sheet?.getCell('E2').value).toEqual({ formula: 'D2/100', result: 128 });
    expect(sheet?.getCell('B2').font?.color).toEqual({ argb: 'FFFF0000' });
    expect(sheet?.getCell('F1').font?.bold).toBe(true);
    expect(sheet?.getCell('P2').value).toEqual(new Date(Date.UTC(2026, 2, 5)));

    const table = await readTableFile(output);
    expect(table.header).toEqual([...userHeader, ...MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c].zh)]);
    expect(table.rows[0]?.slice(0, 5)).toEqual(['C001', '张三', new Date(Date.UTC(2026, 1, 20)), 12800, 128]);
    expect(table.rows[0]?.slice(5, 9)).toEqual([5, 4, 5, '冠军客户']);
    expect(table.rows[1]?.slice(0, 5)).toEqual(['C002', '李四', null, null, 'VIP?']);
    expect(table.rows[1]?.slice(5, 8)).toEqual([null, null, null]);
  });

  it('changes no user cell that shares its style with a cell it writes', async () => {
    // A table formatted as a block: every cell of A1:Z3 read with one style, the header row
    // with another, empty cells included, so the managed cells already exist with those styles.
    const input = join(dir, 'formatted-block.xlsx');
    const output = join(dir, 'formatted-block-classified.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(userHeader);
    sheet.addRow(['C001', '张三', new Date(Date.UTC(2026, 1, 20)), 12800, 'VIP']);
    sheet.addRow(['C002', '李四', null, 560.5, '']);
    const border = { top: { style: 'thin' as const }, bottom: { style: 'thin' as const } };
    for (let column = 1; column <= 26; column++) {
      sheet.getCell(1, column).style = { font: { name: 'Arial', size: 12 }, border };
      for (const row of [2, 3]) sheet.getCell(row, column).style = { numFmt: '#,##0.00', border };
    }
    await workbook.xlsx.writeFile(input);

    await classifyInto(input, output, 'zh', '冠军客户');
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(output);
    const result = written.getWorksheet('客户');
    expect(result?.getCell('D2').numFmt).toBe('#,##0.00');
    expect(result?.getCell('D3').numFmt).toBe('#,##0.00');
    expect(result?.getCell('E2').numFmt).toBe('#,##0.00');
    expect(result?.getCell('A1').font?.bold).toBeUndefined();
    expect(result?.getCell('E1').font).toEqual({ name: 'Arial', size: 12 });
    // The toolkit's own cells: its date column dated, its headers bold, the block's look kept.
    expect(result?.getCell('P2').value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(result?.getCell('P2').numFmt).not.toBe('#,##0.00');
    expect(result?.getCell('P2').border).toEqual(border);
    expect(result?.getCell('F1').font).toEqual({ name: 'Arial', size: 12, bold: true });
  });

  it('re-uses its own managed columns on a re-run, even in the other language', async () => {
    const input = join(dir, 'rerun.xlsx');
    await customerWorkbook(input);
    await classifyInto(input, input, 'zh', '冠军客户');
    await classifyInto(input, input, 'zh', '忠诚客户');
    await classifyInto(input, input, 'en', 'Loyal customers');
    const table = await readTableFile(input);
    expect(table.header).toHaveLength(userHeader.length + MANAGED_COLUMNS.length);
    expect(table.header.slice(5)).toEqual(MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c].en));
    expect(table.rows[0]?.[8]).toBe('Loyal customers');
  });
});

describe('writeManagedColumnsFile to .csv', () => {
  it('copies user cells as they are and appends the managed columns, re-used on a re-run', async () => {
    const input = join(dir, 'customers.csv');
    await writeTableFile(
      input,
      {
        header: userHeader,
        rows: [
          ['C001', '=张三', '2026/2/20', '¥12,800', ''],
          ['C002', '李四', '', '', '-'],
        ],
      },
      { toolkitColumns: [] },
    );
    const output = join(dir, 'classified.csv');
    await classifyInto(input, output, 'zh', '冠军客户');
    await classifyInto(output, output, 'zh', '忠诚客户');
    const table = await readTableFile(output);
    expect(table.header).toHaveLength(userHeader.length + MANAGED_COLUMNS.length);
    expect(table.rows[0]).toEqual([
      'C001',
      '=张三',
      '2026/2/20',
      '¥12,800',
      '',
      '5',
      '4',
      '5',
      '忠诚客户',
      '重要价值客户',
      '活跃',
      '高价值',
      '0.93',
      '15230.5',
      '',
      '2026-03-05',
    ]);
    expect(table.rows[1]?.slice(0, 5)).toEqual(['C002', '李四', '', '', '-']);
  });

  it('puts the values of each row on that row through a table longer than many pieces of the writer', async () => {
    // 2,345 customers: the CSV writer merges and writes a few hundred rows at a time, and a row
    // off at the edge of a piece would move every value after it.
    const input = join(dir, 'long.csv');
    const count = 2_345;
    const ids = Array.from({ length: count }, (_, i) => `C${String(i + 1).padStart(5, '0')}`);
    await writeTableFile(
      input,
      { header: userHeader, rows: ids.map((id, i) => [id, `客户${i + 1}`, '', String(i), '']) },
      { toolkitColumns: [] },
    );
    const file = await openWorkbookFile(input);
    const segment = (i: number) => (i % 3 === 0 ? '冠军客户' : `段${i}`);
    const rows = ids.map((_, i) => [i % 5, '', '', segment(i), '', '', '', '', '', '', ''] as Cell[]);
    const output = join(dir, 'long-classified.csv');
    await writeManagedColumnsFile(
      file,
      file.sheets[0]?.name ?? '',
      managed(file, 'zh', '', MANAGED_COLUMNS, rows),
      output,
    );
    const table = await readTableFile(output);
    expect(table.rows).toHaveLength(count);
    table.rows.forEach((row, i) => {
      expect(row.slice(0, 5)).toEqual([ids[i], `客户${i + 1}`, '', String(i), '']);
      expect([row[5], row[8]]).toEqual([String(i % 5), segment(i)]);
    });
  });

  it('writes an .xlsx from a .csv with the user cells as text', async () => {
    const input = join(dir, 'to-xlsx.csv');
    await writeTableFile(
      input,
      { header: userHeader, rows: [['00123', '张三', '2026/2/20', '12800', '']] },
      { toolkitColumns: [] },
    );
    const output = join(dir, 'from-csv.xlsx');
    const file = await openWorkbookFile(input);
    await writeManagedColumnsFile(
      file,
      file.sheets[0]?.name ?? '',
      managed(file, 'zh', '', ['r'], [[5]]),
      output,
    );
    const table = await readTableFile(output);
    expect(table.rows[0]).toEqual(['00123', '张三', '2026/2/20', '12800', '', 5]);
  });
});

describe('a CSV of more rows than an Excel worksheet holds', () => {
  it('is refused as .xlsx output before the workbook is built, and no file is written', async () => {
    // 客户编号, 姓名 and 1,048,576 customers under them, read from a CSV.
    const customer: Cell[] = ['C0000001', '张三'];
    const rows: Cell[][] = [['客户编号', '姓名'], ...new Array<Cell[]>(1_048_576).fill(customer)];
    const file: WorkbookFile = {
      path: join(dir, 'many.csv'),
      format: 'csv',
      sheets: [{ name: 'many', rows }],
      workbook: null,
      xlsx: null,
      dateObjects: 'local',
    };
    const write = managedColumnsFor(rows, {
      language: 'zh',
      lastRow: rows.length,
      valuesOf: () => undefined,
    });
    const out = join(dir, 'many.xlsx');
    setCliLanguage('en');
    await expect(writeManagedColumnsFile(file, 'many', write, out)).rejects.toThrow(
      /1,048,577 rows, more than the 1,048,576 an Excel worksheet holds/,
    );
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
