import { firstOrderDay } from '../orders/ledgerQueries.ts';
import type { OrderLedger } from '../orders/orderLedger.ts';
import type { PeriodFigures } from '../reportSections.ts';
import { type PeriodRange, rangeDays } from './periodRanges.ts';

/**
 * Revenue (net of refunds), orders, refunds, buyers, new customers, average order value and repeat
 * rate of a period, in one pass over the ledger: a customer is a buyer of the period with a
 * purchase dated in it, new when the first purchase ever is, and a repeat buyer when it has at
 * least two purchases by the end of the period.
 */
export function periodFigures(ledger: OrderLedger, range: Pick<PeriodRange, 'from' | 'to'>): PeriodFigures {
  const { from, to } = rangeDays(range);
  let revenue = 0;
  let orders = 0;
  let refunds = 0;
  let refundTotal = 0;
  let buyers = 0;
  let newCustomers = 0;
  let repeatBuyers = 0;
  const customers = ledger.start.length - 1;
  for (let i = 0; i < customers; i++) {
    let inPeriod = 0;
    let upToEnd = 0;
    for (let k = ledger.start[i] as number; k < (ledger.start[i + 1] as number); k++) {
      const day = ledger.day[k] as number;
      if (day > to) break;
      const amount = ledger.amount[k] as number;
      if (amount >= 0) upToEnd++;
      if (day < from) continue;
      revenue += amount;
      if (amount >= 0) inPeriod++;
      else {
        refunds++;
        refundTotal -= amount;
      }
    }
    if (inPeriod === 0) continue;
    orders += inPeriod;
    buyers++;
    if ((firstOrderDay(ledger, i) ?? from) >= from) newCustomers++;
    if (upToEnd >= 2) repeatBuyers++;
  }
  return {
    from: range.from,
    to: range.to,
    revenue,
    orders,
    refunds,
    refundTotal,
    buyers,
    newCustomers,
    averageOrderValue: orders > 0 ? revenue / orders : null,
    repeatRate: buyers > 0 ? repeatBuyers / buyers : null,
  };
}
