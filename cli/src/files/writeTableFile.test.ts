import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableData } from '@crm/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCliLanguage } from '../texts/currentTexts.ts';
import { readTableFile } from './readTableFile.ts';
import {
  assertFitsXlsx,
  cellToCsv,
  writeTableFile,
  XLSX_MAX_COLUMNS,
  XLSX_MAX_ROWS,
} from './writeTableFile.ts';

let dir: string;
beforeAll(async () => {
  setCliLanguage('en');
  dir = await mkdtemp(join(tmpdir(), 'crm-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tasks: TableData = {
  header: ['到期日', '客户', '话术'],
  rows: [
    ['2026-03-05', '张三', '张总您好，感谢您一直以来的支持！'],
    ['2026-03-06', '=HYPERLINK("http://evil","点我")', '+1 回访'],
  ],
};

describe('writeTableFile as CSV', () => {
  it('starts with a UTF-8 BOM so Excel and WPS show Chinese correctly', async () => {
    const path = join(dir, 'tasks.csv');
    await writeTableFile(path, tasks);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('张总您好，感谢您一直以来的支持！');
  });

  it("neutralises formula-like text in every cell, the toolkit's and the user's alike", async () => {
    for (const toolkitColumns of [undefined, [2], []]) {
      const path = join(dir, 'guarded.csv');
      await writeTableFile(path, tasks, toolkitColumns === undefined ? {} : { toolkitColumns });
      const text = (await readFile(path, 'utf8')).split('\r\n');
      expect(text[2]).toBe(`2026-03-06,"'=HYPERLINK(""http://evil"",""点我"")",'+1 回访`);
      // Read back, the cells are the text they were written from.
      expect((await readTableFile(path)).rows[1]).toEqual(tasks.rows[1]);
    }
  });

  it('writes a negative number as a number, whether a number cell or text read from a CSV', async () => {
    const path = join(dir, 'numbers.csv');
    await writeTableFile(path, {
      header: ['余额', '消费金额', '备注', '编号'],
      rows: [[-5, '-1,234.50', '-', '-0042']],
    });
    expect((await readFile(path, 'utf8')).split('\r\n')[1]).toBe(`-5,"-1,234.50",-,'-0042`);
  });

  it('round-trips quotes, commas and line breaks', async () => {
    const path = join(dir, 'quotes.csv');
    const table: TableData = { header: ['Name', 'Note'], rows: [['O"Brien, Pat', '第一行\n第二行']] };
    await writeTableFile(path, table, { toolkitColumns: [] });
    expect(await readTableFile(path)).toEqual({ ...table, headerRow: 1 });
  });

  it('creates the folder it writes into', async () => {
    const path = join(dir, 'nested', 'deeper', 'tasks.csv');
    await writeTableFile(path, tasks);
    expect((await readTableFile(path)).header).toEqual(tasks.header);
  });
});

describe('writeTableFile as XLSX', () => {
  it('writes a bold, frozen header and dates as date cells', async () => {
    const path = join(dir, 'tasks.xlsx');
    await writeTableFile(path, {
      header: ['Due', 'Orders', 'Since'],
      rows: [
        ['2026-03-05', 3, new Date(Date.UTC(2024, 0, 2))],
        ['2026-03-06', 4, new Date(Date.UTC(2024, 0, 2, 9, 30))],
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(2).getCell(1).value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(sheet?.getRow(2).getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect(sheet?.getRow(2).getCell(2).value).toBe(3);
    expect(sheet?.getRow(2).getCell(3).value).toEqual(new Date(Date.UTC(2024, 0, 2)));
    // Dates with a time keep it shown, beside dates without one.
    expect(sheet?.getRow(2).getCell(3).numFmt).toBe('yyyy-mm-dd');
    expect(sheet?.getRow(3).getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect(sheet?.getRow(3).getCell(3).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(sheet?.getRow(3).getCell(2).numFmt).toBeUndefined();
  });

  it("keeps the user's text cells as text (no date or number guessing)", async () => {
    const path = join(dir, 'user.xlsx');
    const table: TableData = {
      header: ['编号', '日期', '电话'],
      rows: [['00123', '2026-03-05', '+86 139 1234 5678']],
    };
    await writeTableFile(path, table, { toolkitColumns: [] });
    expect(await readTableFile(path)).toEqual({ ...table, headerRow: 1 });
  });
});

describe('cell text', () => {
  it.each([
    [null, ''],
    ['文本', '文本'],
    [12.5, '12.5'],
    [-12.5, '-12.5'],
    [true, 'TRUE'],
    [new Date(Date.UTC(2025, 11, 3)), '2025-12-03'],
    [new Date(Date.UTC(2025, 11, 3, 9, 30)), '2025-12-03 09:30:00'],
  ])('writes %o as %s', (cell, text) => {
    expect(cellToCsv(cell)).toBe(text);
  });
});

describe('a sheet larger than an Excel worksheet', () => {
  it.each([
    { rows: XLSX_MAX_ROWS, columns: XLSX_MAX_COLUMNS, fits: true },
    { rows: XLSX_MAX_ROWS + 1, columns: 17, fits: false },
    { rows: 2, columns: XLSX_MAX_COLUMNS + 1, fits: false },
  ])('$rows rows of $columns columns: fits $fits', ({ rows, columns, fits }) => {
    const check = () => assertFitsXlsx('out.xlsx', rows, columns);
    if (fits) expect(check).not.toThrow();
    else expect(check).toThrow(/cannot write out\.xlsx: the result has [\d,]+ (rows|columns), more than the/);
  });

  it('is refused as .xlsx before anything is written, in the user’s language', async () => {
    // A header and 1,048,576 customers: one row more than a worksheet holds.
    const row = ['C0000001', '张三', '2026-03-05'];
    const table: TableData = {
      header: ['客户编号', '姓名', '下次跟进'],
      rows: new Array(XLSX_MAX_ROWS).fill(row),
    };
    const xlsx = join(dir, 'too-many.xlsx');
    await expect(writeTableFile(xlsx, table)).rejects.toThrow(
      'the result has 1,048,577 rows, more than the 1,048,576 an Excel worksheet holds',
    );
    await expect(readFile(xlsx)).rejects.toMatchObject({ code: 'ENOENT' });
    setCliLanguage('zh');
    try {
      await expect(writeTableFile(xlsx, table)).rejects.toThrow(
        '结果有 1,048,577 行，超过了 Excel 工作表最多 1,048,576 行的上限',
      );
    } finally {
      setCliLanguage('en');
    }
  });
});
