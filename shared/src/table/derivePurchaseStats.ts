import type { Language } from '../model/keys.ts';
import type { CustomerRecord, OrderRecord, PurchaseStats } from '../model/records.ts';
import type { CellIssue } from '../model/table.ts';
import { CustomerIndex } from './customerIndex.ts';
import { readerProblemText } from './readerTexts.ts';

/** Where unknown-customer issues point and how they read. */
export interface DerivePurchaseStatsOptions {
  /** Header text of the orders' customer-id column (default `客户编号/Customer ID`). */
  customerIdColumn?: string;
  /** Language of the issue messages (default Chinese, as the configuration's). */
  language?: Language;
}

/**
 * Purchase history per customer, aligned with `records`.
 *
 * With orders: count, net spend (purchases less refunds, the refunds counted apart), first and
 * last purchase come from the orders whose customer id
 * matches the row's id (see CustomerIndex); customers without orders, or without an id, get
 * orderCount 0. Orders for ids not in the table give one `unknown-customer` issue per id, at the
 * row of its first order. One pass over the orders, so a million orders stay fast.
 *
 * Without orders (null), the summary columns are used:
 * - orderCount empty but a purchase date or a positive spend known → 1 purchase;
 * - a last purchase without a first purchase, for a one-time buyer → first = last;
 * - a buyer (orderCount > 0) without a last purchase → lastPurchase = firstPurchase when known,
 *   else null: the customer counts as a buyer whose recency is unknown.
 */
export function derivePurchaseStats(
  records: CustomerRecord[],
  orders: OrderRecord[] | null,
  options: DerivePurchaseStatsOptions = {},
): { stats: PurchaseStats[]; issues: CellIssue[] } {
  if (orders === null) return { stats: records.map(fromSummary), issues: [] };
  const n = records.length;
  const count = new Int32Array(n);
  const spend = new Float64Array(n);
  const refunds = new Int32Array(n);
  const refunded = new Float64Array(n);
  const first: (string | null)[] = new Array<string | null>(n).fill(null);
  const last: (string | null)[] = new Array<string | null>(n).fill(null);
  const index = new CustomerIndex(records);
  const unknown = new Map<string, { row: number; orders: number; amount: number }>();
  for (const order of orders) {
    const i = index.find(order.customerId);
    if (i < 0) {
      const seen = unknown.get(order.customerId);
      if (seen) {
        seen.orders++;
        seen.amount += order.amount;
      } else unknown.set(order.customerId, { row: order.row, orders: 1, amount: order.amount });
      continue;
    }
    spend[i] = (spend[i] ?? 0) + order.amount;
    if (order.amount < 0) {
      // A refund lowers what the customer spent; it is not a purchase and dates none.
      refunds[i] = (refunds[i] ?? 0) + 1;
      refunded[i] = (refunded[i] ?? 0) - order.amount;
      continue;
    }
    count[i] = (count[i] ?? 0) + 1;
    const f = first[i];
    if (f === null || f === undefined || order.date < f) first[i] = order.date;
    const l = last[i];
    if (l === null || l === undefined || order.date > l) last[i] = order.date;
  }
  const stats: PurchaseStats[] = new Array<PurchaseStats>(n);
  for (let i = 0; i < n; i++) {
    stats[i] = {
      firstPurchase: first[i] ?? null,
      lastPurchase: last[i] ?? null,
      orderCount: count[i] ?? 0,
      totalSpend: roundCents(spend[i] ?? 0),
      refunds: refunds[i] ?? 0,
      refundTotal: roundCents(refunded[i] ?? 0),
      source: 'orders',
    };
  }
  const column = options.customerIdColumn ?? '客户编号/Customer ID';
  const issues: CellIssue[] = [];
  for (const [id, seen] of unknown) {
    const amount = roundCents(seen.amount);
    issues.push({
      row: seen.row,
      column,
      value: id,
      message: readerProblemText(
        { code: 'orders-unknown-customer', id, orders: seen.orders, amount },
        options.language ?? 'zh',
      ),
      kind: 'unknown-customer',
      table: 'orders',
    });
  }
  return { stats, issues };
}

/** Sums of many cents drift (0.1 + 0.2); amounts are money, so keep two decimals. */
function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}

function fromSummary(record: CustomerRecord): PurchaseStats {
  let { firstPurchase, lastPurchase, orderCount } = record;
  const totalSpend = record.totalSpend ?? 0;
  if (orderCount === null) {
    orderCount = lastPurchase !== null || firstPurchase !== null || totalSpend > 0 ? 1 : 0;
  }
  if (orderCount > 0) {
    if (lastPurchase === null) lastPurchase = firstPurchase;
    if (firstPurchase === null && orderCount === 1) firstPurchase = lastPurchase;
  }
  return {
    firstPurchase,
    lastPurchase,
    orderCount,
    totalSpend,
    refunds: 0,
    refundTotal: 0,
    source: 'summary',
  };
}
