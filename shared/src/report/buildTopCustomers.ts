import type { CustomerRow } from '../model/customerRow.ts';
import { ownerKey } from './buildOwners.ts';
import { firstOrderDay, ordersBetween } from './orders/ledgerQueries.ts';
import type { OrderLedger } from './orders/orderLedger.ts';
import type { CustomerTrend, TopCustomerRow } from './reportSections.ts';

const TOP_CUSTOMERS = 20;
/** A year on year change within ±10 % reads as flat: one order more or less moves a customer that much. */
const FLAT_BAND = 0.1;
const YEAR_DAYS = 365;

/**
 * The customers with the most revenue (all time, net of refunds), with their segment, owner and
 * trend: revenue in the 365 days up to today against the 365 before (up, flat, down; without
 * revenue in the earlier year, new when the first purchase is in the last year and returned when
 * it is older; lapsed without revenue in the last year).
 */
export function buildTopCustomers(
  customers: readonly CustomerRow[],
  ledger: OrderLedger | null,
): TopCustomerRow[] {
  return topIndexes(customers).map((index) => {
    const customer = customers[index] as CustomerRow;
    const lastFrom = ledger === null ? 0 : ledger.today - (YEAR_DAYS - 1);
    const last = ledger && ordersBetween(ledger, index, lastFrom, ledger.today).revenue;
    const prior = ledger && ordersBetween(ledger, index, lastFrom - YEAR_DAYS, lastFrom - 1).revenue;
    const first = ledger && firstOrderDay(ledger, index);
    return {
      row: customer.row,
      id: customer.record.id,
      name: customer.record.name,
      revenue: customer.stats.totalSpend,
      segment: customer.classification.segment,
      owner: ownerKey(customer.record.owner),
      revenueLast12: last,
      revenuePrior12: prior,
      trend:
        last === null || prior === null ? null : trendOf(last, prior, first !== null && first < lastFrom),
    };
  });
}

/** `boughtBefore`: the first purchase is older than the last 12 months. */
function trendOf(last: number, prior: number, boughtBefore: boolean): CustomerTrend {
  if (prior <= 0) {
    if (last <= 0) return 'lapsed';
    return boughtBefore ? 'returned' : 'new';
  }
  if (last <= 0) return 'lapsed';
  const change = last / prior - 1;
  if (change > FLAT_BAND) return 'up';
  if (change < -FLAT_BAND) return 'down';
  return 'flat';
}

/**
 * Positions of the buyers with the most revenue (ties: the earlier row first), by insertion into
 * a short sorted list: one pass over 100k customers instead of sorting them all.
 */
function topIndexes(customers: readonly CustomerRow[]): number[] {
  const top: number[] = [];
  const before = (a: number, b: number) => {
    const x = customers[a] as CustomerRow;
    const y = customers[b] as CustomerRow;
    return (
      x.stats.totalSpend > y.stats.totalSpend || (x.stats.totalSpend === y.stats.totalSpend && x.row < y.row)
    );
  };
  customers.forEach((customer, index) => {
    if (customer.stats.orderCount <= 0) return;
    const last = top[top.length - 1];
    if (top.length === TOP_CUSTOMERS && last !== undefined && !before(index, last)) return;
    let at = top.length;
    while (at > 0 && before(index, top[at - 1] as number)) at--;
    top.splice(at, 0, index);
    if (top.length > TOP_CUSTOMERS) top.pop();
  });
  return top;
}
