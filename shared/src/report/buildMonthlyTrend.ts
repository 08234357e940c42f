import type { CustomerRow } from '../model/customerRow.ts';
import type { IsoDate } from '../model/dates.ts';
import type { OrderRecord } from '../model/records.ts';
import type { TrendMonth } from './reportModel.ts';

const MONTHS = 12;

/**
 * New customers, active customers, orders and revenue for the 12 calendar months ending with
 * today's month, in one pass over the orders. Orders of customers not in the customer table
 * and orders dated after today are left out, so the figures agree with the KPIs.
 */
export function buildMonthlyTrend(
  customers: readonly CustomerRow[],
  orders: OrderRecord[],
  today: IsoDate,
): TrendMonth[] {
  const lastMonth = monthNumber(today);
  const firstMonth = lastMonth - (MONTHS - 1);
  // One slot per known customer id: the first order date ever ('' = none yet) and a 12-bit mask
  // of the window months with orders. One Map lookup per order keeps 1M orders fast.
  const slot = new Map<string, number>();
  for (const { record: r } of customers) if (r.id !== null && !slot.has(r.id)) slot.set(r.id, slot.size);
  const firstDate: IsoDate[] = new Array<IsoDate>(slot.size).fill('');
  const monthMask = new Int32Array(slot.size);
  const orderCount = new Float64Array(MONTHS);
  const revenue = new Float64Array(MONTHS);

  for (const o of orders) {
    if (o.date > today) continue;
    const s = slot.get(o.customerId);
    if (s === undefined) continue;
    const first = firstDate[s] ?? '';
    if (first === '' || o.date < first) firstDate[s] = o.date;
    const m = monthNumber(o.date) - firstMonth;
    if (m < 0) continue;
    orderCount[m] = (orderCount[m] ?? 0) + 1;
    revenue[m] = (revenue[m] ?? 0) + o.amount;
    monthMask[s] = (monthMask[s] ?? 0) | (1 << m);
  }

  const newCustomers = new Float64Array(MONTHS);
  const activeCustomers = new Float64Array(MONTHS);
  for (let s = 0; s < firstDate.length; s++) {
    const date = firstDate[s] ?? '';
    if (date === '') continue;
    const first = monthNumber(date) - firstMonth;
    if (first >= 0) newCustomers[first] = (newCustomers[first] ?? 0) + 1;
    let mask = monthMask[s] ?? 0;
    while (mask !== 0) {
      const m = 31 - Math.clz32(mask);
      activeCustomers[m] = (activeCustomers[m] ?? 0) + 1;
      mask &= ~(1 << m);
    }
  }

  const months: TrendMonth[] = [];
  for (let m = 0; m < MONTHS; m++) {
    months.push({
      month: monthLabel(firstMonth + m),
      newCustomers: newCustomers[m] ?? 0,
      activeCustomers: activeCustomers[m] ?? 0,
      orders: orderCount[m] ?? 0,
      revenue: revenue[m] ?? 0,
    });
  }
  return months;
}

/** Months since year 0 for an ISO date, e.g. 2026-03-15 → 2026 × 12 + 2. */
function monthNumber(date: IsoDate): number {
  // Char codes instead of slice + Number: this runs once per order.
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return year * 12 + month - 1;
}

function monthLabel(n: number): string {
  const y = Math.floor(n / 12);
  const m = (n % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}
