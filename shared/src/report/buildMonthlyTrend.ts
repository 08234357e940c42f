import type { IsoDate } from '../model/dates.ts';
import { firstOrderDay } from './orders/ledgerQueries.ts';
import type { OrderLedger } from './orders/orderLedger.ts';
import { monthLabel, monthOf, monthStartDays } from './periods/calendarMonths.ts';
import type { TrendMonth } from './reportModel.ts';

const MONTHS = 12;

/**
 * New customers, active customers, orders and revenue (net of refunds) for the 12 calendar months
 * ending with today's month, from the ledger (orders of known customers up to today, so the
 * figures agree with the KPIs). Today's month is marked partial: it is not over, and a chart must
 * not read its first days as a fall.
 */
export function buildMonthlyTrend(ledger: OrderLedger, today: IsoDate): TrendMonth[] {
  const lastMonth = monthOf(today);
  const firstMonth = lastMonth - (MONTHS - 1);
  const starts = monthStartDays(firstMonth, lastMonth);
  const newCustomers = new Float64Array(MONTHS);
  const activeCustomers = new Float64Array(MONTHS);
  const orders = new Float64Array(MONTHS);
  const revenue = new Float64Array(MONTHS);
  const active = new Uint8Array(MONTHS);
  const customers = ledger.start.length - 1;
  for (let i = 0; i < customers; i++) {
    const first = firstOrderDay(ledger, i);
    if (first === null) continue;
    const firstAt = monthIndex(starts, first);
    if (firstAt >= 0) newCustomers[firstAt] = (newCustomers[firstAt] as number) + 1;
    active.fill(0);
    let m = -1;
    for (let k = ledger.start[i] as number; k < (ledger.start[i + 1] as number); k++) {
      const day = ledger.day[k] as number;
      if (day < (starts[0] as number)) continue;
      while (m + 1 < MONTHS && day >= (starts[m + 1] as number)) m++;
      const amount = ledger.amount[k] as number;
      revenue[m] = (revenue[m] as number) + amount;
      if (amount < 0) continue;
      orders[m] = (orders[m] as number) + 1;
      active[m] = 1;
    }
    for (let j = 0; j < MONTHS; j++)
      if (active[j] === 1) activeCustomers[j] = (activeCustomers[j] as number) + 1;
  }
  return Array.from({ length: MONTHS }, (_, m) => ({
    month: monthLabel(firstMonth + m),
    newCustomers: newCustomers[m] as number,
    activeCustomers: activeCustomers[m] as number,
    orders: orders[m] as number,
    revenue: revenue[m] as number,
    partial: m === MONTHS - 1,
  }));
}

/** The window month of a day, or −1 before the window. */
function monthIndex(starts: readonly number[], day: number): number {
  if (day < (starts[0] as number)) return -1;
  let m = 0;
  while (m + 1 < MONTHS && day >= (starts[m + 1] as number)) m++;
  return m;
}
