import { classifyCustomers } from '../classify/classifyCustomers.ts';
import type { Config } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import { fromDayNumber, type IsoDate, toDayNumber } from '../model/dates.ts';
import type { Segment } from '../model/keys.ts';
import type { PurchaseStats } from '../model/records.ts';
import type { OrderLedger } from './orders/orderLedger.ts';

/**
 * Each customer's segment as it was on `date`: the purchase statistics from the orders up to
 * that day, classified as of that day by the same classification as today's (RFM quintiles are
 * relative, so the whole table is classified again, not customer by customer).
 */
export function segmentsAsOf(
  customers: readonly CustomerRow[],
  ledger: OrderLedger,
  date: IsoDate,
  config: Config,
): Segment[] {
  const day = toDayNumber(date);
  // Customers share a few hundred purchase days: write each as a date once.
  const dates = new Map<number, IsoDate>();
  const iso = (d: number) => {
    let text = dates.get(d);
    if (text === undefined) {
      text = fromDayNumber(d);
      dates.set(d, text);
    }
    return text;
  };
  const stats: PurchaseStats[] = customers.map((_, i) => statsUpTo(ledger, i, day, iso));
  return classifyCustomers(
    customers.map((c) => c.record),
    stats,
    date,
    config,
  ).map((c) => c.segment);
}

/** The customer's purchase statistics from its orders up to `day`, as the Orders reader makes them. */
function statsUpTo(
  ledger: OrderLedger,
  customer: number,
  day: number,
  iso: (day: number) => IsoDate,
): PurchaseStats {
  let orderCount = 0;
  let totalSpend = 0;
  let refunds = 0;
  let refundTotal = 0;
  let first = -1;
  let last = -1;
  for (let k = ledger.start[customer] as number; k < (ledger.start[customer + 1] as number); k++) {
    const d = ledger.day[k] as number;
    if (d > day) break;
    const amount = ledger.amount[k] as number;
    totalSpend += amount;
    if (amount < 0) {
      refunds++;
      refundTotal -= amount;
      continue;
    }
    orderCount++;
    if (first < 0) first = d;
    last = d;
  }
  return {
    firstPurchase: first < 0 ? null : iso(first),
    lastPurchase: last < 0 ? null : iso(last),
    orderCount,
    totalSpend: roundCents(totalSpend),
    refunds,
    refundTotal: roundCents(refundTotal),
    source: 'orders',
  };
}

function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}
