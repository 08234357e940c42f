import type { CustomerRow } from '../../model/customerRow.ts';
import { type IsoDate, toDayNumber } from '../../model/dates.ts';
import type { OrderRecord } from '../../model/records.ts';
import { customerIndexesOf } from '../../table/derivePurchaseStats.ts';
import { asOrderColumns, type OrderColumns } from '../../table/orderColumns.ts';

/**
 * The orders of each customer row, by date: customer `i` (its position in the customers) owns
 * entries `start[i]` to `start[i + 1] − 1` of `day` and `amount`, earliest first. Orders are
 * matched to rows as the purchase statistics match them (CustomerIndex: the first row of an id
 * gets its orders), so every figure built on the ledger agrees with the customers' stats. Orders
 * of customers not in the table and orders dated after today are left out. A negative amount is a
 * refund (as the Orders reader records one): it lowers revenue (net of refunds) but is not an
 * order, a purchase date or a sign of activity.
 */
export interface OrderLedger {
  readonly start: Int32Array;
  /** Day numbers (days since 1970-01-01). */
  readonly day: Int32Array;
  /** Negative for a refund. */
  readonly amount: Float64Array;
  /** Today as a day number. */
  readonly today: number;
}

/**
 * The ledger of `orders` for `customers`, in two passes over the orders (a counting sort by
 * customer). Orders as read (columns) are matched by their numbered ids, one lookup per distinct
 * id, unless `customerOfKey` brings the analysis's match of those ids (orders as columns only);
 * order records are numbered first.
 */
export function buildOrderLedger(
  customers: readonly CustomerRow[],
  orders: readonly OrderRecord[] | OrderColumns,
  today: IsoDate,
  customerOfKey?: Int32Array | null,
): OrderLedger {
  const todayDay = toDayNumber(today);
  const columns = asOrderColumns(orders);
  const matched = customerOfKey != null && !Array.isArray(orders);
  if (matched && customerOfKey.length !== columns.ids.length) {
    throw new Error(
      `The orders name ${columns.ids.length} customer ids, the match given ${customerOfKey.length}.`,
    );
  }
  const customerOf = matched
    ? customerOfKey
    : customerIndexesOf(
        customers.map((c) => c.record),
        columns.ids,
      );
  const { idKey, day: dayOf, amount: amountOf } = columns;
  const owner = new Int32Array(columns.length).fill(-1);
  const start = new Int32Array(customers.length + 1);
  for (let k = 0; k < columns.length; k++) {
    if ((dayOf[k] as number) > todayDay) continue;
    const i = customerOf[idKey[k] as number] as number;
    if (i < 0) continue;
    owner[k] = i;
    start[i + 1] = (start[i + 1] as number) + 1;
  }
  for (let i = 0; i < customers.length; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const total = start[customers.length] as number;
  const day = new Int32Array(total);
  const amount = new Float64Array(total);
  const next = start.slice(0, customers.length);
  for (let k = 0; k < columns.length; k++) {
    const i = owner[k] as number;
    if (i < 0) continue;
    const at = next[i] as number;
    next[i] = at + 1;
    day[at] = dayOf[k] as number;
    amount[at] = amountOf[k] as number;
  }
  for (let i = 0; i < customers.length; i++)
    sortByDay(day, amount, start[i] as number, start[i + 1] as number);
  return { start, day, amount, today: todayDay };
}

/** Orders usually arrive in date order; sort a customer's slice only when they did not. */
function sortByDay(day: Int32Array, amount: Float64Array, from: number, to: number): void {
  let sorted = true;
  for (let k = from + 1; k < to && sorted; k++) sorted = (day[k - 1] as number) <= (day[k] as number);
  if (sorted) return;
  const order = Array.from({ length: to - from }, (_, k) => from + k).sort(
    (a, b) => (day[a] as number) - (day[b] as number) || a - b,
  );
  const days = order.map((k) => day[k] as number);
  const amounts = order.map((k) => amount[k] as number);
  day.set(days, from);
  amount.set(amounts, from);
}
