import type { CustomerRow } from '../model/customerRow.ts';
import type { FollowUpTask } from '../model/results.ts';
import { ordersBetween } from './orders/ledgerQueries.ts';
import type { OrderLedger } from './orders/orderLedger.ts';
import { type PeriodRange, rangeDays } from './periods/periodRanges.ts';
import type { OwnerRow } from './reportSections.ts';

/**
 * One row per owner (负责人, as written, trimmed): customers, buyers, revenue all time and in the
 * compared period, lifecycle at risk and churned, open and overdue follow-ups. Customers without
 * an owner form one row (owner null) so that the rows add up to the whole table. Most revenue
 * first, the unassigned row last.
 */
export function buildOwners(
  customers: readonly CustomerRow[],
  tasks: readonly FollowUpTask[],
  ledger: OrderLedger | null,
  period: Pick<PeriodRange, 'from' | 'to'>,
): OwnerRow[] {
  const rows = new Map<string | null, OwnerRow>();
  const rowOf = (owner: string | null): OwnerRow => {
    const key = ownerKey(owner);
    let row = rows.get(key);
    if (row === undefined) {
      row = {
        owner: key,
        customers: 0,
        buyers: 0,
        revenue: 0,
        revenueInPeriod: ledger === null ? null : 0,
        atRisk: 0,
        churned: 0,
        followUpsOpen: 0,
        followUpsOverdue: 0,
      };
      rows.set(key, row);
    }
    return row;
  };
  const days = rangeDays(period);
  customers.forEach((customer, i) => {
    const row = rowOf(customer.record.owner);
    row.customers++;
    if (customer.stats.orderCount > 0) row.buyers++;
    row.revenue += customer.stats.totalSpend;
    if (ledger !== null && row.revenueInPeriod !== null) {
      row.revenueInPeriod += ordersBetween(ledger, i, days.from, days.to).revenue;
    }
    if (customer.classification.lifecycle === 'at-risk') row.atRisk++;
    else if (customer.classification.lifecycle === 'churned') row.churned++;
  });
  for (const task of tasks) {
    const row = rowOf(task.owner);
    row.followUpsOpen++;
    if (task.overdueDays > 0) row.followUpsOverdue++;
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.owner === null) - Number(b.owner === null) ||
      b.revenue - a.revenue ||
      (a.owner ?? '').localeCompare(b.owner ?? ''),
  );
}

/** The owner as the report groups it: trimmed, and blank as no owner. */
export function ownerKey(owner: string | null): string | null {
  const trimmed = owner?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
