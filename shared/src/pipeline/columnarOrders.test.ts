import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predictCustomerClv } from '../clv/index.ts';
import { resolveConfig } from '../config/config.ts';
import type { CustomerRecord, OrderRecord, PurchaseStats } from '../model/records.ts';
import type { Cell, CellIssue, TableData } from '../model/table.ts';
import { Random } from '../random/random.ts';
import { generateSample } from '../sample/index.ts';
import {
  CustomerIndex,
  OrderRowReader,
  orderRecordsOf,
  readOrderColumns,
  readOrdersTable,
} from '../table/index.ts';
import { analyzeCustomerTable } from './analyzeCustomerTable.ts';

const TODAY = '2025-06-30';
const STATUSES = [
  '',
  '',
  '',
  '',
  '已付款',
  '已完成',
  'Closed',
  '退款',
  'Refunded',
  '取消',
  'Cancelled',
  '交易关闭',
];

/**
 * A generated customer table and its Orders table as shops export them, with what real ledgers
 * add: a status column (paid, refunded, cancelled), orders of customers not in the table (also
 * as numbers and padded ids), bad and missing cells, dates such as 3/5/2025 that only the rest of
 * the column settles, totals, notes, a header pasted again and blank rows.
 */
function ledger(seed: number, dayFirst: boolean): { customers: TableData; orders: TableData } {
  const sample = generateSample({ customers: 120, ordersPerCustomer: 6, seed, today: TODAY });
  const random = new Random(seed + 1);
  const rows: Cell[][] = [];
  const header = [...sample.orders.header, '状态'];
  for (const source of sample.orders.rows) {
    const row: Cell[] = [...source, STATUSES[random.int(STATUSES.length)] ?? ''];
    const roll = random.next();
    if (roll < 0.02) row[0] = `X${random.int(40)}`;
    else if (roll < 0.03) row[0] = '';
    else if (roll < 0.04) row[3] = 'abc';
    else if (roll < 0.05) row[2] = '2025-13-45';
    else if (roll < 0.06) row[3] = '-';
    else if (roll < 0.07) row[2] = '2099-01-01';
    else if (roll < 0.1) {
      const day = 1 + random.int(12);
      const month = 1 + random.int(12);
      row[2] = dayFirst ? `${day}/${month}/2025` : `${month}/${day}/2025`;
    } else if (roll < 0.11) row[0] = ` ${String(row[0])} `;
    rows.push(row);
    if (random.chance(0.005)) rows.push([]);
    if (random.chance(0.002)) rows.push(['合计', '', '', String(random.int(99999))]);
    if (random.chance(0.002)) rows.push(['制表人：张三']);
    if (random.chance(0.002)) rows.push([...header]);
  }
  // One unambiguous date settles the column's order (or not, when both orders appear).
  rows.push(['C000001', 'SO-LAST', dayFirst ? '20/11/2024' : '11/20/2024', '88', '']);
  if (seed % 5 === 0) rows.push(['C000002', 'SO-MIXED', dayFirst ? '11/20/2024' : '20/11/2024', '66', '']);
  return { customers: sample.customers, orders: { header, rows } };
}

/** The purchase statistics by the definitions, with plain loops over order records. */
function statsByLoops(records: readonly CustomerRecord[], orders: readonly OrderRecord[]): PurchaseStats[] {
  const index = new CustomerIndex(records);
  const stats = records.map(
    (): PurchaseStats => ({
      firstPurchase: null,
      lastPurchase: null,
      orderCount: 0,
      totalSpend: 0,
      refunds: 0,
      refundTotal: 0,
      source: 'orders',
    }),
  );
  for (const order of orders) {
    const s = stats[index.find(order.customerId)];
    if (s === undefined) continue;
    s.totalSpend += order.amount;
    if (order.amount < 0) {
      s.refunds++;
      s.refundTotal -= order.amount;
      continue;
    }
    s.orderCount++;
    if (s.firstPurchase === null || order.date < s.firstPurchase) s.firstPurchase = order.date;
    if (s.lastPurchase === null || order.date > s.lastPurchase) s.lastPurchase = order.date;
  }
  const cents = (x: number) => Math.round(x * 100) / 100;
  return stats.map((s) => ({ ...s, totalSpend: cents(s.totalSpend), refundTotal: cents(s.refundTotal) }));
}

const config = resolveConfig({});
const ledgers = fc.record({ seed: fc.integer({ min: 1, max: 10_000 }), dayFirst: fc.boolean() });

describe('orders as columns', () => {
  it('read as a stream, one row at a time, give exactly what the whole table gives', () => {
    fc.assert(
      fc.property(ledgers, ({ seed, dayFirst }) => {
        const { orders } = ledger(seed, dayFirst);
        const whole = readOrderColumns(orders, config, TODAY, { keepOrderIds: true });
        const stream = new OrderRowReader(orders.header, config, TODAY, { keepOrderIds: true });
        orders.rows.forEach((cells, i) => {
          stream.add(cells, i + 2);
        });
        // Ids are numbered as they are met, and a row that waited meets its id later.
        const { columns, ...read } = stream.finish();
        const { columns: wholeColumns, ...wholeRead } = whole;
        expect(read).toEqual(wholeRead);
        expect(orderRecordsOf(columns)).toEqual(orderRecordsOf(wholeColumns));
        expect(new Set(columns.ids)).toEqual(new Set(wholeColumns.ids));
        // The ledger has what the test is about.
        expect(whole.counts.cancelled).toBeGreaterThan(0);
        expect(whole.skipped.length + whole.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 12 },
    );
  });

  it('give the analysis the purchase statistics, unknown customers, summary and CLV of the order records', () => {
    fc.assert(
      fc.property(ledgers, ({ seed, dayFirst }) => {
        const { customers, orders } = ledger(seed, dayFirst);
        const analysis = analyzeCustomerTable({ customers, orders, today: TODAY });
        const read = readOrdersTable(orders, config, TODAY);
        const records = analysis.customers.map((c) => c.record);

        expect(analysis.orders).toEqual(read.orders);
        expect(analysis.customers.map((c) => c.stats)).toEqual(statsByLoops(records, read.orders));

        const refunds = read.orders.filter((o) => o.amount < 0);
        expect(analysis.orderSummary).toMatchObject({
          purchases: read.orders.length - refunds.length,
          refunds: refunds.length,
          cancelled: read.counts.cancelled,
        });

        // One issue per unknown id, at the row of its first order, in the order they appear.
        const index = new CustomerIndex(records);
        const unknownRows = new Map<string, number>();
        for (const order of read.orders)
          if (index.find(order.customerId) < 0 && !unknownRows.has(order.customerId))
            unknownRows.set(order.customerId, order.row);
        const unknown = analysis.issues.filter((i: CellIssue) => i.kind === 'unknown-customer');
        expect(unknown.map((i) => [i.value, i.row])).toEqual([...unknownRows]);
        expect(unknown.length).toBeGreaterThan(0);
        expect(analysis.issues.filter((i) => i.table === 'orders' && i.kind !== 'unknown-customer')).toEqual(
          read.issues,
        );

        const clv = predictCustomerClv(records, read.orders, TODAY, analysis.config, new Set());
        const clvOfColumns = predictCustomerClv(
          records,
          analysis.orderColumns ?? read.orders,
          TODAY,
          analysis.config,
          new Set(),
        );
        expect(clvOfColumns).toEqual(clv);
      }),
      { numRuns: 6 },
    );
  });
});
