import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { addDays, toDayNumber } from '../model/dates.ts';
import type { CustomerRecord, OrderRecord } from '../model/records.ts';
import type { Cell } from '../model/table.ts';
import { derivePurchaseStats } from './derivePurchaseStats.ts';
import { orderColumnsOf } from './orderColumns.ts';
import {
  FIRST_DAY,
  LAST_DAY,
  PURCHASES,
  REFUNDED,
  REFUNDS,
  SPEND,
  SUMS,
  sumOrdersByKey,
} from './orderSums.ts';
import { readCustomerTable } from './readCustomerTable.ts';

const TODAY = '2026-03-01';

function customers(header: string[], rows: Cell[][]): CustomerRecord[] {
  return readCustomerTable({ header, rows }, resolveConfig(), TODAY).records;
}

function order(row: number, customerId: string, date: string, amount: number): OrderRecord {
  return { row, customerId, date, amount, orderId: null };
}

describe('derivePurchaseStats from orders', () => {
  const records = customers(
    ['客户编号', '姓名', '购买次数'],
    [
      ['C001', '张伟', 99],
      [1001, '李娜'],
      ['C003', '王芳'],
      ['', '无编号'],
    ],
  );

  it('counts, sums and dates the orders of each customer', () => {
    const { stats, issues } = derivePurchaseStats(records, [
      order(2, 'C001', '2026-01-10', 100.1),
      order(3, 'C001', '2025-06-01', 200.2),
      order(4, '1001', '2026-02-01', 50),
      order(5, 'C001', '2026-02-20', 0.3),
      order(6, '01001', '2024-01-01', 10),
      order(7, '1001.0', '2024-01-02', 10),
    ]);
    expect(issues).toEqual([]);
    expect(stats).toEqual([
      {
        firstPurchase: '2025-06-01',
        lastPurchase: '2026-02-20',
        orderCount: 3,
        totalSpend: 300.6,
        refunds: 0,
        refundTotal: 0,
        source: 'orders',
      },
      {
        firstPurchase: '2024-01-01',
        lastPurchase: '2026-02-01',
        orderCount: 3,
        totalSpend: 70,
        refunds: 0,
        refundTotal: 0,
        source: 'orders',
      },
      {
        firstPurchase: null,
        lastPurchase: null,
        orderCount: 0,
        totalSpend: 0,
        refunds: 0,
        refundTotal: 0,
        source: 'orders',
      },
      {
        firstPurchase: null,
        lastPurchase: null,
        orderCount: 0,
        totalSpend: 0,
        refunds: 0,
        refundTotal: 0,
        source: 'orders',
      },
    ]);
  });

  it('nets refunds against spend, counts them apart, and dates no purchase by them', () => {
    const { stats } = derivePurchaseStats(records, [
      order(2, 'C001', '2026-01-10', 500),
      order(3, 'C001', '2026-02-10', -120.5),
      order(4, 'C001', '2026-01-20', 300),
    ]);
    expect(stats[0]).toEqual({
      firstPurchase: '2026-01-10',
      lastPurchase: '2026-01-20',
      orderCount: 2,
      totalSpend: 679.5,
      refunds: 1,
      refundTotal: 120.5,
      source: 'orders',
    });
  });

  it('matches an id written in another case to the one customer with it', () => {
    const { stats, issues, idsWrittenDifferently } = derivePurchaseStats(records, [
      order(2, 'c001', '2026-01-10', 1),
    ]);
    expect(stats[0]?.orderCount).toBe(1);
    expect(issues).toEqual([]);
    expect(idsWrittenDifferently).toEqual({ count: 1, row: 2, id: 'c001', as: 'C001' });
  });

  it('matches ids as written, case-sensitively, when the table has the id in both cases', () => {
    const both = customers(
      ['客户编号', '姓名'],
      [
        ['C001', '张伟'],
        ['c001', '张玮'],
      ],
    );
    const { stats, issues } = derivePurchaseStats(both, [
      order(2, 'c001', '2026-01-10', 1),
      order(3, 'Ｃ００１', '2026-01-11', 2),
    ]);
    expect(stats.map((s) => s.orderCount)).toEqual([0, 1]);
    expect(issues.map((i) => i.row)).toEqual([3]);
  });

  const unknownOrders = [
    order(2, 'C999', '2026-01-01', 10),
    order(3, 'C001', '2026-01-01', 5),
    order(9, 'C999', '2026-01-02', 15),
    order(12, 'X1', '2026-01-03', 7),
  ];

  it('reports each unknown customer id once, at its first order', () => {
    const { issues } = derivePurchaseStats(records, unknownOrders, {
      customerIdColumn: '客户编号',
      language: 'en',
    });
    expect(issues).toEqual([
      {
        row: 2,
        column: '客户编号',
        value: 'C999',
        message:
          '2 orders (total 25) for customer id C999, which is not in the customer table; left out of the statistics',
        kind: 'unknown-customer',
        table: 'orders',
      },
      {
        row: 12,
        column: '客户编号',
        value: 'X1',
        message:
          '1 order (total 7) for customer id X1, which is not in the customer table; left out of the statistics',
        kind: 'unknown-customer',
        table: 'orders',
      },
    ]);
  });

  it('words unknown customers in Chinese by default, as the configuration does', () => {
    const { issues } = derivePurchaseStats(records, unknownOrders);
    expect(issues.map((issue) => issue.message)).toEqual([
      '客户编号 C999 不在客户表中：其 2 笔订单（合计 25）未计入统计',
      '客户编号 X1 不在客户表中：其 1 笔订单（合计 7）未计入统计',
    ]);
  });

  it('agrees with a per-customer recount on random orders', () => {
    const ids = ['C001', '1001', 'C003', 'NOPE'];
    const anOrder = fc.record({
      id: fc.constantFrom(...ids),
      day: fc.integer({ min: 0, max: 900 }),
      cents: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(anOrder, { maxLength: 60 }), (list) => {
        const orders = list.map((o, i) => order(i + 2, o.id, addDays('2024-01-01', o.day), o.cents / 100));
        const { stats } = derivePurchaseStats(records, orders);
        ids.slice(0, 3).forEach((id, i) => {
          const mine = orders.filter((o) => o.customerId === id);
          const dates = mine.map((o) => o.date).sort();
          expect(stats[i]?.orderCount).toBe(mine.length);
          expect(stats[i]?.totalSpend).toBeCloseTo(
            mine.reduce((s, o) => s + o.amount, 0),
            2,
          );
          expect(stats[i]?.firstPurchase).toBe(dates[0] ?? null);
          expect(stats[i]?.lastPurchase).toBe(dates.at(-1) ?? null);
        });
      }),
    );
  });
});

describe('derivePurchaseStats from the summary columns', () => {
  const header = ['姓名', '首次购买日期', '最近购买日期', '购买次数', '消费金额'];

  it.each<[string, Cell[], object]>([
    [
      'uses the columns as they are',
      ['A', '2024-01-01', '2026-01-01', 5, 900],
      { firstPurchase: '2024-01-01', lastPurchase: '2026-01-01', orderCount: 5, totalSpend: 900 },
    ],
    [
      'counts one purchase when only the last purchase is known',
      ['B', '', '2026-01-01', '', ''],
      { firstPurchase: '2026-01-01', lastPurchase: '2026-01-01', orderCount: 1, totalSpend: 0 },
    ],
    [
      'counts one purchase when only a spend is known',
      ['C', '', '', '', '300'],
      { firstPurchase: null, lastPurchase: null, orderCount: 1, totalSpend: 300 },
    ],
    [
      'uses the first purchase as the last when the last is missing',
      ['D', '2025-05-05', '', 4, 100],
      { firstPurchase: '2025-05-05', lastPurchase: '2025-05-05', orderCount: 4 },
    ],
    [
      'keeps a buyer without any date, recency unknown',
      ['E', '', '', 4, 100],
      { firstPurchase: null, lastPurchase: null, orderCount: 4 },
    ],
    [
      'makes a prospect of a row without purchases',
      ['F', '', '', '', ''],
      { firstPurchase: null, lastPurchase: null, orderCount: 0, totalSpend: 0 },
    ],
    ['keeps an explicit zero', ['G', '', '', 0, ''], { orderCount: 0 }],
  ])('%s', (_name, row, expected) => {
    const { stats, issues } = derivePurchaseStats(customers(header, [row]), null);
    expect(issues).toEqual([]);
    expect(stats[0]).toMatchObject({ ...expected, source: 'summary' });
  });
});

describe('sumOrdersByKey', () => {
  it('sums each id’s purchases and refunds, and dates its first and last purchase', () => {
    const columns = orderColumnsOf([
      order(2, 'C1', '2026-01-10', 100.1),
      order(3, 'R', '2026-01-11', -20),
      order(4, 'C1', '2025-06-01', 200.2),
      order(5, 'C1', '2026-02-01', -50),
      order(6, 'R', '2026-01-12', -5.5),
    ]);
    const { sums, firstRow } = sumOrdersByKey(columns);
    const of = (id: string) => {
      const at = columns.ids.indexOf(id) * SUMS;
      return [PURCHASES, SPEND, REFUNDS, REFUNDED, FIRST_DAY, LAST_DAY].map((field) => sums[at + field]);
    };
    expect(of('C1')).toEqual([
      2,
      100.1 + 200.2 - 50,
      1,
      50,
      toDayNumber('2025-06-01'),
      toDayNumber('2026-01-10'),
    ]);
    // Refunds alone: a spend below zero, and no purchase to date.
    expect(of('R')).toEqual([0, -25.5, 2, 25.5, Number.NaN, Number.NaN]);
    expect([...firstRow]).toEqual([2, 3]);
  });

  it('gives an empty table no sums', () => {
    const { sums, firstRow } = sumOrdersByKey(orderColumnsOf([]));
    expect(sums.length).toBe(0);
    expect(firstRow.length).toBe(0);
  });
});

describe('derivePurchaseStats over the sums of each id', () => {
  // 1001 is also written 01001 and 1001.0 in the orders (one customer, three ids); NOPE and X9
  // are in no row of the table.
  const records = customers(
    ['客户编号', '姓名'],
    [
      ['C001', '张伟'],
      [1001, '李娜'],
      ['C003', '王芳'],
      ['', '无编号'],
    ],
  );
  const spellings: Record<string, number> = { C001: 0, '1001': 1, '01001': 1, '1001.0': 1, C003: 2 };
  const ids = [...Object.keys(spellings), 'NOPE', 'X9'];

  /** The statistics and unknown ids counted order by order, as a reader would by hand. */
  function recount(orders: readonly OrderRecord[]) {
    const mine = records.map(() => ({
      purchases: 0,
      spend: 0,
      refunds: 0,
      refunded: 0,
      days: [] as number[],
    }));
    const unknown = new Map<string, { row: number; orders: number; amount: number }>();
    for (const o of orders) {
      const i = spellings[o.customerId];
      if (i === undefined) {
        const seen = unknown.get(o.customerId) ?? { row: o.row, orders: 0, amount: 0 };
        seen.orders++;
        seen.amount += o.amount;
        unknown.set(o.customerId, seen);
        continue;
      }
      const sums = mine[i] as (typeof mine)[number];
      sums.spend += o.amount;
      if (o.amount < 0) {
        sums.refunds++;
        sums.refunded -= o.amount;
      } else {
        sums.purchases++;
        sums.days.push(toDayNumber(o.date));
      }
    }
    return { mine, unknown };
  }

  const anOrder = fc.record({
    id: fc.constantFrom(...ids),
    day: fc.integer({ min: 0, max: 900 }),
    cents: fc.integer({ min: -50_000, max: 1_000_000 }),
    gap: fc.integer({ min: 1, max: 3 }),
  });

  it('agrees with a count order by order: purchases, refunds, dates, spend and unknown ids', () => {
    fc.assert(
      fc.property(fc.array(anOrder, { maxLength: 80 }), (list) => {
        // Rows rise down the table, sometimes by more than one (rows left out between).
        let row = 1;
        const orders = list.map((o) => {
          row += o.gap;
          return order(row, o.id, addDays('2024-01-01', o.day), o.cents / 100);
        });
        const { stats, issues } = derivePurchaseStats(records, orders, { language: 'en' });
        const { mine, unknown } = recount(orders);
        mine.forEach((sums, i) => {
          const got = stats[i];
          expect(got?.orderCount).toBe(sums.purchases);
          expect(got?.refunds).toBe(sums.refunds);
          const days = [...sums.days].sort((a, b) => a - b);
          expect(got?.firstPurchase === null ? null : toDayNumber(got?.firstPurchase as string)).toBe(
            days[0] ?? null,
          );
          expect(got?.lastPurchase === null ? null : toDayNumber(got?.lastPurchase as string)).toBe(
            days.at(-1) ?? null,
          );
          // One id, one sum in the orders' own order: the very same number. A customer named by
          // several ids adds up their sums, the cents the same.
          if (i === 1) {
            expect(got?.totalSpend).toBeCloseTo(sums.spend, 2);
            expect(got?.refundTotal).toBeCloseTo(sums.refunded, 2);
          } else {
            expect(got?.totalSpend).toBe(Math.round(sums.spend * 100) / 100);
            expect(got?.refundTotal).toBe(Math.round(sums.refunded * 100) / 100);
          }
        });
        expect(stats[3]?.orderCount).toBe(0);
        expect(issues.map((issue) => [issue.value, issue.row])).toEqual(
          [...unknown].map(([id, seen]) => [id, seen.row]),
        );
        for (const issue of issues) {
          const seen = unknown.get(issue.value as string);
          const amount = Math.round((seen?.amount ?? 0) * 100) / 100;
          const said = /^(\d+) orders? \(total (-?[\d.,]+)\)/.exec(issue.message);
          expect(Number(said?.[1])).toBe(seen?.orders);
          expect(Number(said?.[2]?.replaceAll(',', ''))).toBe(amount);
        }
      }),
    );
  });

  it('takes the sums the reader made with the columns, once', () => {
    const plain = orderColumnsOf([order(2, 'C001', '2026-01-10', 100)]);
    const sums = sumOrdersByKey(plain);
    sums.sums[SPEND] = 250;
    const columns = { ...plain, sums };
    expect(derivePurchaseStats(records, columns).stats[0]?.totalSpend).toBe(250);
    // Let go of: a second analysis of the same columns sums them itself.
    expect(columns.sums).toBeUndefined();
    expect(derivePurchaseStats(records, columns).stats[0]?.totalSpend).toBe(100);
  });
});
