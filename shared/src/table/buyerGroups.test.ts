import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Cell, TableData } from '../model/table.ts';
import { MAX_GROUP_ROWS } from './buyerGroups.ts';
import { HeaderNotRecognisedError } from './HeaderNotRecognisedError.ts';
import { OrderRowReader, readOrdersTable } from './readOrdersTable.ts';

const TODAY = '2026-03-01';
const config = resolveConfig();

/** Each order as `row buyer amount`, the rows reported without a buyer, and the rows filled. */
function read(table: TableData) {
  const { orders, issues, counts, skipped } = readOrdersTable(table, config, TODAY);
  return {
    orders: orders.map((o) => `${o.row} ${o.customerId} ${o.amount}`),
    missing: issues
      .filter((i) => i.kind === 'missing' && i.row !== undefined)
      .map((i) => `${i.row} ${i.column}`),
    grouped: counts.groupedRows,
    skipped: skipped.map((s) => `${s.row} ${s.reason}`),
  };
}

/** The table read row by row (as a stream) gives the fills, issues and skipped rows read whole does. */
function expectStreamedAsWhole(table: TableData): void {
  const reader = new OrderRowReader(table.header, config, TODAY);
  for (const [index, cells] of table.rows.entries()) reader.add(cells, index + 2);
  const streamed = reader.finish();
  const whole = read(table);
  expect(streamed.counts.groupedRows).toEqual(whole.grouped);
  expect(streamed.skipped.map((s) => `${s.row} ${s.reason}`)).toEqual(whole.skipped);
  expect(streamed.issues.map((i) => `${i.row} ${i.column}`)).toEqual(
    readOrdersTable(table, config, TODAY).issues.map((i) => `${i.row} ${i.column}`),
  );
}

interface Case {
  what: string;
  table: TableData;
  orders: string[];
  missing: string[];
  grouped: number[];
}

const BY_NAME = ['日期', '购货单位', '价税合计'];

const CASES: Case[] = [
  {
    what: 'a group closed by 小计 in the buyer column: its rows take the buyer on its first row',
    table: {
      header: BY_NAME,
      rows: [
        ['2026-01-06', '广州联创建材', '4620'],
        ['2026-02-11', '', '3080'],
        ['2026-02-20', '', '-500'],
        ['', '小计', '7200'],
        ['2026-01-18', '深圳恒信', '3600'],
        ['', '小计', '3600'],
        ['', '合计', '10800'],
      ],
    },
    orders: ['2 广州联创建材 4620', '3 广州联创建材 3080', '4 广州联创建材 -500', '6 深圳恒信 3600'],
    missing: [],
    grouped: [3, 4],
  },
  {
    what: 'the subtotal in the date column, a blank line inside the group, the buyer written again',
    table: {
      header: BY_NAME,
      rows: [
        ['2026-01-06', 'Acme', '100'],
        [],
        ['2026-01-09', 'Acme', '50.5'],
        ['2026-01-12', '', '49.5'],
        ['小计', '', '200.00'],
      ],
    },
    orders: ['2 Acme 100', '4 Acme 50.5', '5 Acme 49.5'],
    missing: [],
    grouped: [5],
  },
  {
    what: 'a subtotal that does not add up (a row typed under the group later): nothing filled',
    table: {
      header: BY_NAME,
      rows: [
        ['2026-01-06', 'Acme', '100'],
        ['2026-01-12', '', '40'],
        ['Subtotal', '', '100'],
      ],
    },
    orders: ['2 Acme 100'],
    missing: ['3 购货单位'],
    grouped: [],
  },
  {
    what: 'a flat ledger by month: the rows since the last 小计 name several buyers',
    table: {
      header: BY_NAME,
      rows: [
        ['2026-01-06', 'Acme', '100'],
        ['2026-01-12', '', '40'],
        ['2026-01-20', 'Globex', '60'],
        ['1月小计', '', '200'],
      ],
    },
    orders: ['2 Acme 100', '4 Globex 60'],
    missing: ['3 购货单位'],
    grouped: [],
  },
  {
    what: 'a group without a subtotal, then the next buyer: nothing filled',
    table: {
      header: BY_NAME,
      rows: [
        ['2026-01-06', 'Acme', '100'],
        ['2026-01-12', '', '40'],
        ['2026-01-20', 'Globex', '60'],
        ['2026-01-21', '', '10'],
      ],
    },
    orders: ['2 Acme 100', '4 Globex 60'],
    missing: ['3 购货单位', '5 购货单位'],
    grouped: [],
  },
  {
    what: 'rows without a buyer before any buyer: no group to take one from',
    table: {
      header: BY_NAME,
      rows: [
        ['2026-01-12', '', '40'],
        ['小计', '', '40'],
      ],
    },
    orders: [],
    missing: ['2 购货单位'],
    grouped: [],
  },
  {
    what: 'a row of the group without an amount: the subtotal cannot be checked, nothing filled',
    table: {
      header: BY_NAME,
      rows: [
        ['2026-01-06', 'Acme', '100'],
        ['2026-01-12', '', ''],
        ['2026-01-13', '', '40'],
        ['小计', '', '140'],
      ],
    },
    orders: ['2 Acme 100'],
    missing: ['3 购货单位', '3 价税合计', '4 购货单位'],
    grouped: [],
  },
  {
    what: 'customer ids, the subtotal labelled with the customer (C001 小计), amounts as a ledger writes them',
    table: {
      header: ['客户编号', '日期', '金额'],
      rows: [
        ['C001', '2026-01-06', '¥1,200.00'],
        ['', '2026-01-12', '¥800.00'],
        ['C001 小计', '', '¥2,000.00'],
        ['C002', '2026-01-20', 60],
        ['', '2026-01-21', 40.25],
        ['Total for C002', '', 100.25],
      ],
    },
    orders: ['2 C001 1200', '3 C001 800', '5 C002 60', '6 C002 40.25'],
    missing: [],
    grouped: [3, 6],
  },
];

describe('a ledger grouped by customer', () => {
  it.each(CASES)('$what', ({ table, orders, missing, grouped }) => {
    const got = read(table);
    expect(got.orders).toEqual(orders);
    expect(got.missing).toEqual(missing);
    expect(got.grouped).toEqual(grouped);
  });

  it('fills the same rows read as a stream, row by row, as read whole', () => {
    for (const { table } of CASES) expectStreamedAsWhole(table);
  });

  it('holds no group longer than MAX_GROUP_ROWS rows', () => {
    const rows: Cell[][] = [['2026-01-01', 'Acme', '1']];
    for (let i = 0; i < MAX_GROUP_ROWS; i++) rows.push(['2026-01-02', '', '1']);
    rows.push(['小计', '', String(MAX_GROUP_ROWS + 1)]);
    const got = read({ header: BY_NAME, rows });
    expect(got.grouped).toEqual([]);
    expect(got.orders).toEqual(['2 Acme 1']);
    expect(got.missing).toHaveLength(MAX_GROUP_ROWS);
  });

  it('counts every order for its own buyer when each group adds up, and none of a group that does not (property)', () => {
    const group = fc.record({
      buyer: fc.constantFrom('Acme', 'Globex', '广州联创', '深圳恒信', 'C001'),
      // Amounts in cents; the first row always names the buyer, the others may not.
      rows: fc.array(fc.record({ cents: fc.integer({ min: -50_000, max: 500_000 }), named: fc.boolean() }), {
        minLength: 1,
        maxLength: 6,
      }),
      // Off by this many cents from the sum (0: the subtotal adds up).
      off: fc.oneof(fc.constant(0), fc.integer({ min: -300, max: 300 })),
      label: fc.constantFrom('小计', 'Subtotal', '合计'),
    });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 6 }), (groups) => {
        const rows: Cell[][] = [];
        const expected = new Map<string, number>();
        const missing: number[] = [];
        for (const g of groups) {
          let sum = 0;
          const start = rows.length;
          g.rows.forEach((r, k) => {
            sum += r.cents;
            rows.push(['2026-01-05', k === 0 || r.named ? g.buyer : '', (r.cents / 100).toFixed(2)]);
          });
          rows.push(['', g.label, ((sum + g.off) / 100).toFixed(2)]);
          g.rows.forEach((r, k) => {
            const named = k === 0 || r.named;
            if (named || g.off === 0) expected.set(g.buyer, (expected.get(g.buyer) ?? 0) + r.cents);
            else missing.push(start + k + 2);
          });
        }
        const { orders, issues } = readOrdersTable({ header: BY_NAME, rows }, config, TODAY);
        const got = new Map<string, number>();
        for (const o of orders)
          got.set(o.customerId, (got.get(o.customerId) ?? 0) + Math.round(o.amount * 100));
        const nonZero = (sums: Map<string, number>) => [...sums].filter(([, cents]) => cents !== 0).sort();
        expect(nonZero(got)).toEqual(nonZero(expected));
        expect(issues.map((i) => i.row)).toEqual(missing);
      }),
    );
  });
});

const NO_BUYER = ['Date', 'Num', 'Amount'];

/** Cases of groups under headings: the customer on a line of its own above its group. */
const HEADED: (Case & { skipped: string[] })[] = [
  {
    what: 'headings in the date column of a header without a buyer column, closed by 小计',
    table: {
      header: ['日期', '单据编号', '金额'],
      rows: [
        ['往来单位：佛山美居家具店', '', ''],
        ['2026-01-08', 'XSD-3', '3360'],
        ['2026-01-15', 'XSD-31', '-520'],
        ['小计', '', '2840'],
        ['往来单位：东莞雅致装饰', '', ''],
        ['2026-02-20', 'XSD-18', '4350'],
        ['小计', '', '4350'],
        ['合计', '', '7190'],
      ],
    },
    orders: ['3 佛山美居家具店 3360', '4 佛山美居家具店 -520', '7 东莞雅致装饰 4350'],
    missing: [],
    grouped: [3, 4, 7],
    skipped: ['2 section', '5 total', '6 section', '8 total', '9 total'],
  },
  {
    what: "headings in a column without a header, closed by Total <name> (the group's own name)",
    table: {
      header: ['', 'Date', 'Num', 'Amount'],
      rows: [
        ['Harbourside Physio', '', '', ''],
        ['', '2026-01-12', 'INV-41', '460.00'],
        ['', '2026-02-03', 'INV-57', '185.00'],
        ['Total Harbourside Physio', '', '', '645.00'],
        ['Mt Eden Bakery', '', '', ''],
        ['', '2026-02-28', 'INV-49', '1,150.00'],
        ['Total Mt Eden Bakery', '', '', '$1,150.00'],
      ],
    },
    orders: ['3 Harbourside Physio 460', '4 Harbourside Physio 185', '7 Mt Eden Bakery 1150'],
    missing: [],
    grouped: [3, 4, 7],
    skipped: ['2 section', '5 total', '6 section', '8 total'],
  },
  {
    what: 'a heading in the buyer column, labelled 客户：, above rows that leave the column empty',
    table: {
      header: ['客户', '单据日期', '金额'],
      rows: [
        ['客户：温州明亮视光中心', '', ''],
        ['', '2026-01-14', '3400'],
        ['温州明亮视光中心', '2026-01-20', '100'],
        ['客户小计', '', '3500'],
      ],
    },
    orders: ['3 温州明亮视光中心 3400', '4 温州明亮视光中心 100'],
    missing: [],
    grouped: [3],
    skipped: ['2 section', '5 total'],
  },
  {
    what: 'a heading whose subtotal leaves a row out: nothing filled, the heading read as any row',
    table: {
      header: NO_BUYER,
      rows: [
        ['Acme Dental', '', ''],
        ['2026-01-12', '1001', '460.00'],
        ['2026-01-13', '1002', '40.00'],
        ['Total for Acme Dental', '', '460.00'],
        ['Blue Harbor Cafe', '', ''],
        ['2026-02-10', '1003', '300.00'],
        ['Total for Blue Harbor Cafe', '', '300.00'],
      ],
    },
    orders: ['7 Blue Harbor Cafe 300'],
    missing: ['3 客户（分组标题）', '4 客户（分组标题）'],
    grouped: [7],
    skipped: ['2 section', '5 total', '6 section', '8 total'],
  },
  {
    what: 'a month heading (2026年1月) names no customer: its rows are not filled',
    table: {
      header: ['客户', '日期', '金额'],
      rows: [
        ['2026年1月', '', ''],
        ['', '2026-01-12', '460'],
        ['小计', '', '460'],
        ['Acme', '', ''],
        ['', '2026-02-12', '40'],
        ['小计', '', '40'],
      ],
    },
    orders: ['6 Acme 40'],
    missing: ['3 客户'],
    grouped: [6],
    skipped: ['2 section', '4 total', '5 section', '7 total'],
  },
];

describe('a ledger grouped by customer under headings', () => {
  it.each(HEADED)('$what', ({ table, orders, missing, grouped, skipped }) => {
    const got = read(table);
    expect(got.orders).toEqual(orders);
    expect(got.missing).toEqual(missing);
    expect(got.grouped).toEqual(grouped);
    expect(got.skipped).toEqual(skipped);
  });

  it('fills the same rows read as a stream, row by row, as read whole', () => {
    for (const { table } of HEADED) expectStreamedAsWhole(table);
  });

  it('says the buyer column is missing where a header without one heads no group that adds up', () => {
    const table = {
      header: NO_BUYER,
      rows: [
        ['Acme Dental', '', ''],
        ['2026-01-12', '1001', '460.00'],
        ['Total for Acme Dental', '', '400.00'],
        ['2026-01-13', '1002', '40.00'],
      ],
    };
    expect(() => readOrdersTable(table, config, TODAY)).toThrow(/no column for: 客户编号\/Customer ID\./);
    expect(() =>
      readOrdersTable({ header: NO_BUYER, rows: [['2026-01-12', '1', '5']] }, config, TODAY),
    ).toThrow(HeaderNotRecognisedError);
  });

  it('counts each order for the heading above it when its group adds up, and none of a group that does not (property)', () => {
    const group = fc.record({
      heading: fc.constantFrom('Acme Dental', 'Blue Harbor Cafe', '佛山美居家具店', '往来单位：东莞雅致装饰'),
      cents: fc.array(fc.integer({ min: -50_000, max: 500_000 }), { minLength: 1, maxLength: 6 }),
      off: fc.oneof(fc.constant(0), fc.integer({ min: -300, max: 300 })),
      label: fc.constantFrom('小计', 'Subtotal', 'Total for'),
    });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 6 }), (groups) => {
        const rows: Cell[][] = [];
        const expected = new Map<string, number>();
        let unfilled = 0;
        for (const g of groups) {
          const name = g.heading.replace('往来单位：', '');
          rows.push([g.heading, '', '']);
          for (const cents of g.cents) rows.push(['2026-01-05', 'N', (cents / 100).toFixed(2)]);
          const sum = g.cents.reduce((a, b) => a + b, 0);
          const label = g.label === 'Total for' ? `Total for ${name}` : g.label;
          rows.push([label, '', ((sum + g.off) / 100).toFixed(2)]);
          if (g.off === 0) expected.set(name, (expected.get(name) ?? 0) + sum);
          else unfilled += g.cents.length;
        }
        if (unfilled === groups.reduce((n, g) => n + g.cents.length, 0)) {
          expect(() => readOrdersTable({ header: NO_BUYER, rows }, config, TODAY)).toThrow(
            HeaderNotRecognisedError,
          );
          return;
        }
        const { orders, issues } = readOrdersTable({ header: NO_BUYER, rows }, config, TODAY);
        const got = new Map<string, number>();
        for (const o of orders)
          got.set(o.customerId, (got.get(o.customerId) ?? 0) + Math.round(o.amount * 100));
        const nonZero = (sums: Map<string, number>) => [...sums].filter(([, cents]) => cents !== 0).sort();
        expect(nonZero(got)).toEqual(nonZero(expected));
        expect(issues.filter((i) => i.kind === 'missing')).toHaveLength(unfilled);
      }),
    );
  });
});
