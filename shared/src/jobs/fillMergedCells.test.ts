import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { fillMergedCells } from './fillMergedCells.ts';
import { locateTables } from './locateTables.ts';
import { readJobTables } from './readJobTables.ts';

// An orders ledger as a spreadsheet reads it: 客户编号 merged down over each customer's lines
// (A2:A4, A5:A6), the value in the first cell only.
const LEDGER: Cell[][] = [
  ['客户编号', '订单日期', '金额'],
  ['C001', '2026-01-05', 100],
  ['', '2026-02-05', 200],
  ['', '2026-03-05', 300],
  ['C002', '2026-01-09', 80],
  ['', '2026-02-09', 90],
];
const MERGES = [
  { row: 2, column: 1, rows: 3, columns: 1 },
  { row: 5, column: 1, rows: 2, columns: 1 },
];

describe('fillMergedCells', () => {
  it('shows the first value of a merge in every cell of it below the header', () => {
    expect(fillMergedCells(LEDGER, MERGES, 1).map((row) => row[0])).toEqual([
      '客户编号',
      'C001',
      'C001',
      'C001',
      'C002',
      'C002',
    ]);
  });

  it('leaves the rows it was given and merges at or above the header alone', () => {
    const header: Cell[][] = [
      ['客户编号', '联系方式', ''],
      ['', '手机', '邮箱'],
      ['C001', '138', 'a@b.cn'],
    ];
    const merges = [
      { row: 1, column: 1, rows: 2, columns: 1 },
      { row: 1, column: 2, rows: 1, columns: 2 },
    ];
    expect(fillMergedCells(header, merges, 2)).toEqual(header);
    fillMergedCells(LEDGER, MERGES, 1);
    expect(LEDGER[2]?.[0]).toBe('');
  });

  it('fills a merge across columns, and one that runs past the rows read stops at the last', () => {
    const rows: Cell[][] = [
      ['公司', '负责人', '地区'],
      ['远帆贸易', '', '华东'],
    ];
    const merges = [{ row: 2, column: 1, rows: 5, columns: 2 }];
    expect(fillMergedCells(rows, merges, 1)).toEqual([
      ['公司', '负责人', '地区'],
      ['远帆贸易', '远帆贸易', '华东'],
    ]);
  });

  it('gives every order line of a merged 客户编号 its customer when the tables are read', () => {
    const customers: Cell[][] = [
      ['客户编号', '姓名'],
      ['C001', '张伟'],
      ['C002', '李娜'],
    ];
    const sheets = [
      { name: '客户', rows: customers },
      { name: '订单', rows: LEDGER, merges: MERGES },
    ];
    const headerOverrides = { customers: {}, orders: {}, complaints: {} };
    const tables = readJobTables(sheets, locateTables(sheets, { headerOverrides }));
    expect(tables.orders?.table.rows.map((row) => row[0])).toEqual(['C001', 'C001', 'C001', 'C002', 'C002']);
  });
});
