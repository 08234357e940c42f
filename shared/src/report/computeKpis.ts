import { addDays, daysBetween } from '../model/dates.ts';
import type { ReportInput, ReportKpis } from './reportModel.ts';
import { satisfactionScale } from './satisfactionScale.ts';
import { topRevenueShare } from './topRevenueShare.ts';

/**
 * The headline figures of the report, in single passes over customers and complaints. New, at
 * risk and churned are the lifecycle stages (classify/lifecycleFor.ts), counted from the
 * customers' classification so every section that shows them shows the same number.
 */
export function computeKpis(input: ReportInput): ReportKpis {
  const { customers, complaints, today } = input;
  const newMaxDays = input.config.lifecycle.newMaxDays;
  const period = { from: addDays(today, -newMaxDays), to: today, days: newMaxDays };

  let buyers = 0;
  let repeatBuyers = 0;
  let orders = 0;
  let revenue = 0;
  let refunds = 0;
  let refundTotal = 0;
  const spend = new Float64Array(customers.length);
  for (const { stats: s } of customers) {
    orders += s.orderCount;
    revenue += s.totalSpend;
    refunds += s.refunds;
    refundTotal += s.refundTotal;
    if (s.orderCount >= 1) {
      spend[buyers] = s.totalSpend;
      buyers++;
      if (s.orderCount >= 2) repeatBuyers++;
    }
  }

  let newInPeriod = 0;
  let active = 0;
  let atRisk = 0;
  let churned = 0;
  for (const { classification: c } of customers) {
    if (c.lifecycle === 'new') newInPeriod++;
    else if (c.lifecycle === 'active') active++;
    else if (c.lifecycle === 'at-risk') atRisk++;
    else if (c.lifecycle === 'churned') churned++;
  }

  // Pareto check over buyers only: prospects have no spend and would only dilute the top 20 %.
  const top = topRevenueShare(spend.subarray(0, buyers), 0.2);

  let complaintsOpen = 0;
  let complaintsClosed = 0;
  let resolutionDays = 0;
  let resolvedWithDates = 0;
  for (const c of complaints) {
    if (c.stage !== 'closed') {
      complaintsOpen++;
      continue;
    }
    complaintsClosed++;
    if (c.openedDate !== null && c.closedDate !== null) {
      const d = daysBetween(c.openedDate, c.closedDate);
      // A close before the opening is a data error (reported by cleaning), not a negative duration.
      if (d >= 0) {
        resolutionDays += d;
        resolvedWithDates++;
      }
    }
  }

  let satisfactionSum = 0;
  let responses = 0;
  let maxScore = 0;
  for (const { record: r } of customers) {
    const s = r.satisfaction;
    if (s === null || !Number.isFinite(s)) continue;
    satisfactionSum += s;
    responses++;
    if (s > maxScore) maxScore = s;
  }

  const clv = input.clv;
  let valueAtStake = 0;
  if (clv !== null) for (const a of clv.atRisk) valueAtStake += a.valueAtStake;

  return {
    customers: customers.length,
    buyers,
    newInPeriod,
    period,
    lifecycleDays: { ...input.config.lifecycle },
    active,
    atRisk,
    churned,
    repurchaseRate: buyers > 0 ? repeatBuyers / buyers : null,
    repeatBuyers,
    orders,
    revenue,
    refunds,
    refundTotal,
    averageOrderValue: orders > 0 ? revenue / orders : null,
    top20RevenueShare: top.share,
    top20Customers: top.count,
    complaintsOpen,
    complaintsClosed,
    meanResolutionDays: resolvedWithDates > 0 ? resolutionDays / resolvedWithDates : null,
    resolvedWithDates,
    satisfaction:
      responses > 0
        ? { mean: satisfactionSum / responses, responses, scale: satisfactionScale(maxScore) }
        : null,
    clv:
      clv === null
        ? null
        : {
            horizonMonths: clv.horizonMonths,
            predictedPurchases: clv.predictedPurchases,
            predictedRevenue: clv.predictedRevenue,
            atRiskCustomers: clv.atRisk.length,
            valueAtStake,
          },
  };
}
