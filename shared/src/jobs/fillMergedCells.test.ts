import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Cell } from '../model/table.ts';
import { readCustomerTable } from '../table/readCustomerTable.ts';
import { schoolRegisterRows } from '../table/schoolRegister.fixture.ts';
import { fillMergedCells, mergedDownCells, wideMergesBelow } from './fillMergedCells.ts';
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

  // A customer ledger grouped by region: 华东区 and 华南区 merged across A:E (rows 2 and 5), 负责人
  // merged down over 华东区's two customers (E3:E4).
  const SECTIONS = [
    { row: 2, column: 1, rows: 1, columns: 5 },
    { row: 3, column: 5, rows: 2, columns: 1 },
    { row: 5, column: 1, rows: 1, columns: 5 },
  ];
  const AS_SHEETS_READ: Cell[][] = [
    ['客户名称', '联系人', '手机', '最近购买日期', '负责人'],
    ['华东区'],
    ['上海远帆贸易', '张伟', '13812345678', '2025-11-02', '王芳'],
    ['杭州青禾食品', '李娜', '13987654321', '2025-06-15', ''],
    ['华南区', '', '', '', ''],
    ['深圳恒通电子', '陈静', '13622223333', '2025-10-20', '刘洋'],
  ];
  const filledCells = (row: readonly Cell[] | undefined) => (row ?? []).filter((c) => c !== null && c !== '');
  // exceljs has shown a merge's value in every cell of it already.
  const AS_EXCELJS_READ: Cell[][] = AS_SHEETS_READ.map((row, r) =>
    r === 1 || r === 4 ? Array<Cell>(5).fill(row[0] ?? null) : r === 3 ? [...row.slice(0, 4), '王芳'] : row,
  );

  it.each([
    ['a spreadsheet (first cell only)', AS_SHEETS_READ],
    ['an .xlsx read by exceljs (every cell)', AS_EXCELJS_READ],
  ])('shows a section line merged across the table in its first cell only: %s', (_name, rows) => {
    const filled = fillMergedCells(rows, SECTIONS, 1);
    expect(filledCells(filled[1])).toEqual(['华东区']);
    expect(filledCells(filled[4])).toEqual(['华南区']);
    // The merge down one column still gives each of its rows the value.
    expect(filled[3]?.[4]).toBe('王芳');
  });

  it('fills a wide merge down its first column, for a customer merged over several rows', () => {
    const rows: Cell[][] = [
      ['客户名称', '', '', '订单日期', '金额'],
      ['远帆贸易有限公司（上海）', '', '', '2025-01-05', 100],
      ['', '', '', '2025-02-05', 200],
    ];
    const filled = fillMergedCells(rows, [{ row: 2, column: 1, rows: 2, columns: 3 }], 1);
    expect(filled.map(filledCells)).toEqual([
      ['客户名称', '订单日期', '金额'],
      ['远帆贸易有限公司（上海）', '2025-01-05', 100],
      ['远帆贸易有限公司（上海）', '2025-02-05', 200],
    ]);
  });

  it('marks the rows of a wide merge for the readers, with the merge first column and width', () => {
    const band = { column: 0, columns: 5 };
    expect([...wideMergesBelow(SECTIONS, 1)]).toEqual([
      [2, band],
      [5, band],
    ]);
    const sheets = [{ name: '客户', rows: AS_SHEETS_READ, merges: SECTIONS }];
    const headerOverrides = { customers: {}, orders: {}, complaints: {} };
    const tables = readJobTables(sheets, locateTables(sheets, { headerOverrides }));
    expect(tables.customers.table.wideMerges).toEqual(
      new Map([
        [2, band],
        [5, band],
      ]),
    );
  });
});

describe('a customer merged down over the rows of their further lines', () => {
  // A school's register as a spreadsheet keeps it: 学号, 姓名 and 家长电话 merged down over each
  // student's further courses (A2:C3, A4:C6), the value in the first cell only, or left blank.
  const register = schoolRegisterRows();
  const down = (row: number, rows: number, columns: number[]) =>
    columns.map((column) => ({ row, column, rows, columns: 1 }));
  const read = (merges: { row: number; column: number; rows: number; columns: number }[]) => {
    const grids = [{ name: '学员登记', rows: register, merges }];
    const config = resolveConfig({ language: 'zh' });
    const location = locateTables(grids, { headerOverrides: config.headerOverrides });
    const { table } = readJobTables(grids, location).customers;
    return readCustomerTable(table, config, '2026-12-01');
  };

  it('marks the cells a merge fills below its first row, a wide merge in its first column only', () => {
    const cells = mergedDownCells(
      [
        ...down(2, 2, [1, 2]),
        { row: 4, column: 1, rows: 3, columns: 4 },
        { row: 1, column: 5, rows: 3, columns: 1 },
      ],
      1,
    );
    expect([...cells].map(([row, columns]) => [row, [...columns]])).toEqual([
      [3, [0, 1]],
      [5, [0]],
      [6, [0]],
    ]);
  });

  it('reads each student once, their merged rows as their lines, whether merged or left blank', () => {
    const merged = read([...down(2, 2, [1, 2, 3]), ...down(4, 3, [1, 2, 3])]);
    const blank = read([]);
    for (const got of [merged, blank]) {
      expect(got.records.map((r) => [r.id, r.row, r.lines ?? [], r.totalSpend, r.orderCount])).toEqual([
        ['QM001', 2, [3], 4480, 2],
        ['QM003', 4, [5, 6], 7480, 3],
        ['QM004', 7, [], 3840, null],
      ]);
      expect(got.skipped).toEqual([]);
    }
  });

  it('counts a fee merged over the student’s rows once', () => {
    // 实收学费 merged over QM001's two courses: one payment of 2880.
    const got = read([...down(2, 2, [1, 2, 3, 6])]);
    expect(got.records[0]).toMatchObject({ id: 'QM001', totalSpend: 2880, orderCount: 2, lines: [3] });
  });

  it('reads a row that names someone of its own, a merged cell beside it, as a customer', () => {
    // Only 家长电话 merged (siblings sharing a parent's phone): each 学号 is a student.
    const rows = register.map((row, i) => (i === 2 ? ['QM002', '李可欣', '', ...row.slice(3)] : row));
    const grids = [{ name: '学员登记', rows, merges: down(2, 2, [3]) }];
    const config = resolveConfig({ language: 'zh' });
    const location = locateTables(grids, { headerOverrides: config.headerOverrides });
    const { table } = readJobTables(grids, location).customers;
    const got = readCustomerTable(table, config, '2026-12-01');
    expect(got.records.slice(0, 2).map((r) => [r.id, r.row, r.totalSpend])).toEqual([
      ['QM001', 2, 2880],
      ['QM002', 3, 1600],
    ]);
  });
});
