// What real Sheets does that a table read or written by the add-on must survive: cells of at
// most 50,000 characters, merged cells that read as '' below their first cell, and checkbox
// columns whose unchecked boxes read as false down to the last row of the grid.
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddonWorld, ensureAddonBuilt, runJob, tablesWorld } from './addonHarness.ts';
import { MAX_CELL_CHARACTERS } from './doubles/appsScript/rangeApi.ts';
import type { CellValue } from './doubles/appsScript/typedInput.ts';

beforeAll(() => ensureAddonBuilt(), 120_000);

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const sheetApi = (w: AddonWorld, name: string) => {
  const sheet = w.env.SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const longestCell = (w: AddonWorld) =>
  Math.max(
    ...w.env.book.sheets.flatMap((s) =>
      s.values.flatMap((row) => (row ?? []).map((c) => (typeof c === 'string' ? c.length : 0))),
    ),
  );

describe('cells of at most 50,000 characters', () => {
  // A ledger kept one row per purchase, the buyer's name, number and mailbox on every row: one
  // duplicate group of thousands of rows, whose review lists every row in a few cells.
  const company = (rows: number, language: 'zh' | 'en') => {
    const table: CellValue[][] = [['客户编号', '姓名', '公司', '手机', '邮箱', '最近联系日期']];
    for (let i = 1; i <= rows; i++)
      table.push([`C${100000 + i}`, '王芳', '远帆贸易', '4008001234', 'service@yuanfan.cn', ago(i % 300)]);
    return tablesWorld({ 客户: table }, language === 'en' ? { locale: 'en_US' } : {});
  };

  it.each([
    ['zh', 6000, /…等另外 \d+ 项$/],
    ['en', 12000, /… and \d+ more$/],
  ] as const)(
    'writes the review of a %s duplicate group of %i rows with a bounded list',
    (language, rows, ending) => {
      const w = company(rows, language);
      const result = runJob(w, 'clean');
      expect(result.ok, result.message).toBe(true);
      expect(longestCell(w)).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
      const review = w.env.book.sheet(result.sheetName ?? '').values.flat();
      const cut = review.filter((c): c is string => typeof c === 'string' && ending.test(c));
      expect(cut.length).toBeGreaterThan(0);
    },
  );
});

describe('merged cells', () => {
  // A ledger as people keep it in Sheets: 客户编号 merged down over each customer's order lines,
  // 公司 over a company's contacts and 负责人 over each salesperson's customers. Sheets reads only the first cell of a
  // merge; the rest read as ''.
  const ledger = (merged: boolean) => {
    const customers: CellValue[][] = [['客户编号', '公司', '姓名', '手机', '负责人']];
    const orders: CellValue[][] = [['客户编号', '订单日期', '金额']];
    for (let i = 1; i <= 8; i++) {
      customers.push([
        `C00${i}`,
        i <= 2 ? '远帆贸易' : `公司${i}`,
        `客户${i}`,
        `1381234560${i}`,
        i <= 4 ? '王经理' : '李经理',
      ]);
      for (let k = 0; k < i; k++) orders.push([`C00${i}`, ago(5 + 37 * k + 3 * i), 120 * i + 10 * k]);
    }
    const w = tablesWorld({ 客户: customers, 订单: orders });
    if (merged) {
      sheetApi(w, '客户').getRange('B2:B3').merge();
      sheetApi(w, '客户').getRange('E2:E5').merge();
      sheetApi(w, '客户').getRange('E6:E9').merge();
      let row = 2;
      for (let i = 1; i <= 8; i++) {
        if (i > 1) sheetApi(w, '订单').getRange(row, 1, i, 1).merge();
        row += i;
      }
    }
    return w;
  };

  it('classifies a ledger with 客户编号, 公司 and 负责人 merged down as it classifies the same ledger unmerged', () => {
    const plain = ledger(false);
    const merged = ledger(true);
    expect(merged.env.book.sheet('订单').get(4, 1)).toBe('');
    const ordersBefore = JSON.stringify(merged.env.book.sheet('订单').values);
    for (const job of ['classify', 'follow-ups']) {
      const a = runJob(plain, job);
      const b = runJob(merged, job);
      expect(b.ok, b.message).toBe(true);
      expect(b.figures).toEqual(a.figures);
      expect(b.notes).toEqual(a.notes);
    }
    const managed = (w: AddonWorld) => w.env.book.sheet('客户').values.map((row) => row.slice(5));
    expect(managed(merged)).toEqual(managed(plain));
    // F counts the orders each customer made: customer i made i orders on i different days.
    const f = merged.env.book.sheet('客户').values[0]?.indexOf('F') ?? -1;
    expect(
      new Set(
        merged.env.book
          .sheet('客户')
          .values.slice(1)
          .map((row) => row[f]),
      ).size,
    ).toBeGreaterThan(1);
    expect(JSON.stringify(merged.env.book.sheet('订单').values)).toBe(ordersBefore);
    expect(merged.env.book.sheet('订单').merges).toHaveLength(7);
  });
});

describe('section lines merged across the table', () => {
  // Customers grouped under lines merged over A:E (华东区, 上海, VIP客户…), 负责人 merged down
  // over 华东区's two customers. Sheets reads each merge's first cell only.
  const grouped = () => {
    const w = tablesWorld({
      客户: [
        ['客户编号', '客户名称', '联系人', '手机', '负责人'],
        ['华东区'],
        ['C001', '上海远帆贸易有限公司', '张伟', '13812345678', '王芳'],
        ['C002', '杭州青禾食品', '李娜', '13987654321', ''],
        ['上海'],
        ['C003', '深圳恒通电子', '陈静', '13622223333', '刘洋'],
        ['VIP客户（以下为重点维护）'],
        ['C004', '北京华信科技', '孙丽', '13700001111', '王芳'],
      ],
    });
    const sheet = sheetApi(w, '客户');
    for (const range of ['A2:E2', 'A5:E5', 'A7:E7', 'E3:E4']) sheet.getRange(range).merge();
    return w;
  };
  const SECTION_ROWS = [2, 5, 7];

  it('classifies the four customers only and writes nothing into the section lines', () => {
    const w = grouped();
    const result = runJob(w, 'classify');
    expect(result.ok, result.message).toBe(true);
    const values = w.env.book.sheet('客户').values;
    const header = values[0] ?? [];
    const segment = header.indexOf('客户分群');
    expect(segment).toBeGreaterThan(4);
    for (const row of SECTION_ROWS)
      expect(
        values[row - 1]?.filter((cell) => cell !== '' && cell !== null),
        `row ${row}`,
      ).toHaveLength(1);
    for (const row of [3, 4, 6, 8]) expect(values[row - 1]?.[segment], `row ${row}`).not.toBe('');
    expect(w.env.book.sheet('客户').merges).toHaveLength(4);
  });

  it('lists each section line on the review sheet, with what it says', () => {
    const w = grouped();
    const result = runJob(w, 'clean');
    expect(result.ok, result.message).toBe(true);
    const review = w.env.book.sheet(result.sheetName ?? '').values;
    for (const [row, text] of [
      [2, '华东区'],
      [5, '上海'],
      [7, 'VIP客户（以下为重点维护）'],
    ] as const) {
      const line = review.find((cells) => cells.includes(text));
      expect(line, text).toBeDefined();
      expect(line?.map(String)).toContain(String(row));
      expect(line?.join(' ')).toContain('分组标题行');
    }
  });
});

describe('checkbox columns', () => {
  // Insert → Checkbox on the whole 已回访 column: every unchecked box reads as false, so the
  // sheet's data range reaches row 1,000.
  const followedUp = (language: 'zh' | 'en') => {
    const header =
      language === 'zh'
        ? ['客户编号', '姓名', '手机', '最近联系日期', '已回访']
        : ['Customer ID', 'Name', 'Mobile', 'Last contact', 'Called back'];
    const rows: CellValue[][] = [header];
    for (let i = 1; i <= 20; i++)
      rows.push([`C${100 + i}`, `客户${i}`, `138123450${String(i).padStart(2, '0')}`, ago(i * 20), '']);
    const w = tablesWorld({ 客户: rows }, language === 'en' ? { locale: 'en_US' } : {});
    const sheet = sheetApi(w, '客户');
    sheet.getRange('E2:E1000').insertCheckboxes();
    sheet.getRange('E4').setValue(true);
    return w;
  };

  it.each(['zh', 'en'] as const)('reads rows holding only unchecked boxes as empty rows (%s)', (language) => {
    const w = followedUp(language);
    expect(sheetApi(w, '客户').getLastRow()).toBe(1000);
    const result = runJob(w, 'clean');
    expect(result.ok, result.message).toBe(true);
    const review = w.env.book.sheet(result.sheetName ?? '').values;
    expect(review.filter((row) => row?.some((c) => c === '1000' || c === 1000))).toEqual([]);
    expect(result.message).not.toMatch(/979/);
    const classified = runJob(w, 'classify');
    expect(classified.figures?.customers).toBe(20);
  });
});
