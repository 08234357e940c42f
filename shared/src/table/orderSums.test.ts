import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { addDays, toDayNumber } from '../model/dates.ts';
import type { CustomerRecord, OrderRecord } from '../model/records.ts';
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

function order(row: number, customerId: string, date: string, amount: number): OrderRecord {
  return { row, customerId, date, amount, orderId: null };
}

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
  const records: CustomerRecord[] = readCustomerTable(
    {
      header: ['客户编号', '姓名'],
      rows: [
        ['C001', '张伟'],
        [1001, '李娜'],
        ['C003', '王芳'],
        ['', '无编号'],
      ],
    },
    resolveConfig(),
    TODAY,
  ).records;
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
