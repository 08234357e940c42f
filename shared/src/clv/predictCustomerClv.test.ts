import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { type CustomerRecord, emptyCustomerRecord, type OrderRecord } from '../model/records.ts';
import { customerIndexesOf } from '../table/derivePurchaseStats.ts';
import { orderColumnsOf } from '../table/orderColumns.ts';
import { type ClvPrediction, predictCustomerClv } from './predictCustomerClv.ts';
import { simulateClvCustomers, simulatedTransactions } from './simulateClvCustomers.ts';

const TODAY = '2026-03-31';

function record(row: number, id: string | null, name: string | null = null): CustomerRecord {
  return emptyCustomerRecord(row, { id, name });
}

const transactions = simulatedTransactions(
  simulateClvCustomers({
    customers: 800,
    bgnbd: { r: 0.4, alpha: 5, a: 0.9, b: 3 },
    gammaGamma: { p: 5, q: 4, gamma: 600 },
    minT: 8,
    maxT: 70,
    seed: 3,
  }),
  { calibrationEnd: TODAY, prefix: 'KH' },
);
const orders: OrderRecord[] = transactions.map((t, i) => ({ ...t, row: i + 2, orderId: null }));
const ids = [...new Set(orders.map((o) => o.customerId))];
const records = [
  ...ids.map((id, i) => record(i + 2, id, `客户${i + 1}`)),
  record(ids.length + 2, 'KH-PROSPECT', '潜在客户'),
  record(ids.length + 3, null, '无编号'),
];

function predicted(config = resolveConfig({ language: 'en' })): ClvPrediction {
  const result = predictCustomerClv(records, orders, TODAY, config);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('predictCustomerClv', () => {
  const summary = predicted();

  it('predicts each row with an id and orders, naming its row, and no row without', () => {
    expect(summary.perCustomer.map((c) => c.row)).toEqual(ids.map((_, i) => i + 2));
    for (const c of summary.perCustomer) expect(Number.isFinite(c.clv)).toBe(true);
  });

  it('uses the configured horizon and sums purchases and revenue over the customers', () => {
    expect(summary.horizonMonths).toBe(12);
    const rows = summary.perCustomer;
    const purchases = rows.reduce((sum, c) => sum + c.expectedPurchases, 0);
    const revenue = rows.reduce((sum, c) => sum + c.expectedPurchases * c.expectedAverageSpend, 0);
    expect(summary.predictedPurchases).toBeCloseTo(purchases, 8);
    expect(summary.predictedRevenue).toBeCloseTo(revenue, 6);
    const shorter = predicted(resolveConfig({ language: 'en', clv: { horizonMonths: 3 } }));
    expect(shorter.predictedPurchases).toBeLessThan(summary.predictedPurchases);
  });

  it('flags valuable customers whose P(alive) fell below the churn threshold, most value at stake first', () => {
    expect(summary.atRisk.length).toBeGreaterThan(0);
    const flagged = new Set(summary.atRisk.map((r) => r.row));
    for (const c of summary.perCustomer) {
      expect(c.atRisk).toBe(flagged.has(c.row));
      if (c.atRisk) expect(c.pAlive).toBeLessThan(0.5);
    }
    const stakes = summary.atRisk.map((r) => r.valueAtStake);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
    expect(summary.atRisk[0]?.name).toMatch(/^客户\d+$/);
    // A stricter threshold flags fewer customers.
    const strict = predicted(resolveConfig({ language: 'en', clv: { churnThreshold: 0.1 } }));
    expect(strict.atRisk.length).toBeLessThan(summary.atRisk.length);
  });

  it('buckets every customer once in the CLV distribution', () => {
    const total = summary.distribution.reduce((sum, b) => sum + b.customers, 0);
    expect(total).toBe(ids.length);
    const clv = summary.perCustomer.reduce((sum, c) => sum + c.clv, 0);
    expect(summary.distribution.reduce((sum, b) => sum + b.totalClv, 0)).toBeCloseTo(clv, 6);
    expect(summary.distribution.at(-1)?.to).toBeNull();
  });

  it('counts a customer listed on two rows once in the totals', () => {
    const twice = [...records, record(999, ids[0] as string, '重复行')];
    const result = predictCustomerClv(twice, orders, TODAY, resolveConfig({ language: 'en' }));
    if ('error' in result) throw new Error(result.error);
    expect(result.perCustomer.at(-1)?.row).toBe(999);
    expect(result.perCustomer.at(-1)?.clv).toBe(result.perCustomer[0]?.clv);
    expect(result.predictedPurchases).toBeCloseTo(summary.predictedPurchases, 9);
  });

  it('notes customers that are in the orders but not in the table', () => {
    const result = predictCustomerClv(records.slice(10), orders, TODAY, resolveConfig({ language: 'en' }));
    if ('error' in result) throw new Error(result.error);
    expect(result.notes.join('\n')).toContain('10 customer(s) in the orders are not in the customer table');
  });

  it('ignores orders after today', () => {
    const future: OrderRecord[] = [
      ...orders,
      { row: 9999, customerId: 'KH001', date: '2026-06-01', amount: 1e6, orderId: null },
    ];
    const result = predictCustomerClv(records, future, TODAY, resolveConfig({ language: 'en' }));
    if ('error' in result) throw new Error(result.error);
    expect(result.perCustomer[0]?.clv).toBe(summary.perCustomer[0]?.clv);
  });

  it('writes notes and errors in the configured language', () => {
    expect(predicted(resolveConfig({ language: 'zh' })).notes.join('')).toContain('BG/NBD 模型基于');
    const oneCustomer = orders.filter((o) => o.customerId === 'KH001');
    expect(predictCustomerClv(records, oneCustomer, TODAY, resolveConfig({ language: 'zh' }))).toEqual({
      error: expect.stringContaining('只有一位客户'),
    });
  });
});

describe('predictCustomerClv with the analysis’s match of order ids to customers', () => {
  // Every other order of each customer written as another person would type it: full width and
  // lower case (Ｋｈ-…), or as a number cell shows a numeric id.
  const retyped = orders.map((o, i) =>
    i % 2 === 0 ? o : { ...o, customerId: o.customerId.replace(/^KH/, 'ｋｈ').replace(/\d/g, fullWidth) },
  );
  const columns = orderColumnsOf(retyped);
  const customerOfKey = customerIndexesOf(records, columns.ids);

  it('predicts for each customer from all its orders, however their ids are written', () => {
    const asTyped = predictCustomerClv(
      records,
      columns,
      TODAY,
      resolveConfig({ language: 'en' }),
      undefined,
      undefined,
      customerOfKey,
    );
    if ('error' in asTyped) throw new Error(asTyped.error);
    const asWritten = predicted();
    expect(asTyped.perCustomer).toEqual(asWritten.perCustomer);
    expect(asTyped.predictedRevenue).toBeCloseTo(asWritten.predictedRevenue, 6);
  });
});

function fullWidth(digit: string): string {
  return String.fromCharCode(digit.charCodeAt(0) + 0xfee0);
}
