import type { CustomerRow } from '../model/customerRow.ts';
import { netPromoterScore } from './netPromoterScore.ts';
import type { ReportKpis } from './reportModel.ts';
import type { LoyaltySection } from './reportSections.ts';

/**
 * Loyalty as the customer table measures it: the repeat purchase rate and satisfaction (the
 * KPIs' own figures, so both sections agree), NPS from a 推荐意愿/NPS column when one was read,
 * and how complaints were resolved.
 */
export function buildLoyalty(
  customers: readonly CustomerRow[],
  kpis: ReportKpis,
  npsColumn: { header: string; unreadable: number } | null,
): LoyaltySection {
  const nps = netPromoterScore(customers.map((c) => c.record.recommend));
  const complaints = kpis.complaintsOpen + kpis.complaintsClosed;
  return {
    repeatPurchaseRate: kpis.repurchaseRate,
    repeatBuyers: kpis.repeatBuyers,
    buyers: kpis.buyers,
    satisfactionMean: kpis.satisfaction?.mean ?? null,
    satisfactionScale: kpis.satisfaction?.scale ?? null,
    satisfactionResponses: kpis.satisfaction?.responses ?? 0,
    nps: nps.score,
    npsResponses: nps.responses,
    npsColumn: npsColumn?.header ?? null,
    npsUnreadable: npsColumn?.unreadable ?? 0,
    promoters: nps.promoters,
    passives: nps.passives,
    detractors: nps.detractors,
    complaints,
    complaintsResolved: kpis.complaintsClosed,
    resolutionRate: complaints > 0 ? kpis.complaintsClosed / complaints : null,
    meanResolutionDays: kpis.meanResolutionDays,
  };
}
