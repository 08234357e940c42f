import { fromDayNumber, type IsoDate } from '../model/dates.ts';
import type { Language } from '../model/keys.ts';
import type { CustomerRecord, OrderRecord, PurchaseStats } from '../model/records.ts';
import type { CellIssue } from '../model/table.ts';
import { CustomerIndex } from './customerIndex.ts';
import { asOrderColumns, type OrderColumns } from './orderColumns.ts';
import { readerProblemText } from './readerTexts.ts';

/** Where unknown-customer issues point and how they read. */
export interface DerivePurchaseStatsOptions {
  /** Header text of the orders' customer-id column (default `客户编号/Customer ID`). */
  customerIdColumn?: string;
  /** Language of the issue messages (default Chinese, as the configuration's). */
  language?: Language;
  /** The index of `records` when the reader built one (CustomersRead.index); else built here. */
  index?: CustomerIndex;
}

/** What derivePurchaseStats gives. */
export interface PurchaseStatsRead {
  /** Per record, in the same order. */
  stats: PurchaseStats[];
  issues: CellIssue[];
  /**
   * The record index of each customer id of the orders (by its key in the ids of the orders as
   * columns, asOrderColumns(orders)), or −1 for an id not in the table: how the stats matched
   * orders to customers (null without orders).
   */
  customerOfKey: Int32Array | null;
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
  orders: OrderRecord[] | OrderColumns | null,
  options: DerivePurchaseStatsOptions = {},
): PurchaseStatsRead {
  if (orders === null) return { stats: records.map(fromSummary), issues: [], customerOfKey: null };
  const columns = asOrderColumns(orders);
  const n = records.length;
  // Each customer's sums side by side (ACC numbers apart): an order touches one stretch of memory,
  // not six arrays. Orders name customers in no order, and at a million customers each of those
  // reads is likely to miss the processor's caches.
  const acc = new Float64Array(n * ACC);
  for (let i = 0; i < n; i++) {
    acc[i * ACC + FIRST] = Number.NaN;
    acc[i * ACC + LAST] = Number.NaN;
  }
  // One lookup per distinct id, not per order.
  const customerOfKey = customerIndexesOf(records, columns.ids, options.index);
  const unknown = new Map<number, { row: number; orders: number; amount: number }>();
  const { idKey, day, amount } = columns;
  for (let k = 0; k < columns.length; k++) {
    const key = idKey[k] as number;
    const i = customerOfKey[key] as number;
    const value = amount[k] as number;
    if (i < 0) {
      const seen = unknown.get(key);
      if (seen) {
        seen.orders++;
        seen.amount += value;
      } else unknown.set(key, { row: columns.row[k] as number, orders: 1, amount: value });
      continue;
    }
    const at = i * ACC;
    acc[at + SPEND] = (acc[at + SPEND] as number) + value;
    if (value < 0) {
      // A refund lowers what the customer spent; it is not a purchase and dates none.
      acc[at + REFUNDS] = (acc[at + REFUNDS] as number) + 1;
      acc[at + REFUNDED] = (acc[at + REFUNDED] as number) - value;
      continue;
    }
    acc[at + COUNT] = (acc[at + COUNT] as number) + 1;
    const d = day[k] as number;
    if (!(d >= (acc[at + FIRST] as number))) acc[at + FIRST] = d;
    if (!(d <= (acc[at + LAST] as number))) acc[at + LAST] = d;
  }
  const dates = new Map<number, IsoDate>();
  const dateOf = (d: number): IsoDate | null => {
    if (Number.isNaN(d)) return null;
    let date = dates.get(d);
    if (date === undefined) {
      date = fromDayNumber(d);
      dates.set(d, date);
    }
    return date;
  };
  const stats: PurchaseStats[] = new Array<PurchaseStats>(n);
  for (let i = 0, at = 0; i < n; i++, at += ACC) {
    stats[i] = {
      firstPurchase: dateOf(acc[at + FIRST] as number),
      lastPurchase: dateOf(acc[at + LAST] as number),
      // Counts as integers (| 0): a number read from a Float64Array would make V8 keep the field
      // as a double, boxed apart from the object, 16 more bytes per count at every customer.
      orderCount: (acc[at + COUNT] as number) | 0,
      totalSpend: roundCents(acc[at + SPEND] as number),
      refunds: (acc[at + REFUNDS] as number) | 0,
      refundTotal: roundCents(acc[at + REFUNDED] as number),
      source: 'orders',
    };
  }
  const column = options.customerIdColumn ?? '客户编号/Customer ID';
  const issues: CellIssue[] = [];
  for (const [key, seen] of unknown) {
    const id = columns.ids[key] as string;
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
  return { stats, issues, customerOfKey };
}

/**
 * The fields of one customer's sums in derivePurchaseStats: purchases, net spend, refunds, their
 * total, and the day numbers of the first and last purchase (NaN for none).
 */
const COUNT = 0;
const SPEND = 1;
const REFUNDS = 2;
const REFUNDED = 3;
const FIRST = 4;
const LAST = 5;
const ACC = 6;

/**
 * The record index (see CustomerIndex) of each id, or −1 for an id not in the table; `index`,
 * when given, is that of `records`.
 */
export function customerIndexesOf(
  records: readonly CustomerRecord[],
  ids: readonly string[],
  index: CustomerIndex = new CustomerIndex(records),
): Int32Array {
  const indexes = new Int32Array(ids.length);
  for (let key = 0; key < ids.length; key++) indexes[key] = index.find(ids[key] as string);
  return indexes;
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
