import type { CustomerRow } from '../model/customerRow.ts';
import type { ClvSummary } from '../model/results.ts';
import type { ClvSection } from './reportModel.ts';

const TOP_AT_RISK = 20;

/** The CLV section: predictions, the valuable customers at risk and the CLV spread. */
export function summarizeClv(clv: ClvSummary, customers: readonly CustomerRow[]): ClvSection {
  let totalClv = 0;
  let customersWithClv = 0;
  for (const { clv: c } of customers) {
    if (c === null || !Number.isFinite(c.clv)) continue;
    totalClv += c.clv;
    customersWithClv++;
  }
  let valueAtStake = 0;
  for (const a of clv.atRisk) valueAtStake += a.valueAtStake;
  // The CLV module sorts atRisk by value at stake; re-check cheaply rather than trust it.
  const sorted = isSortedByStake(clv.atRisk)
    ? clv.atRisk.slice(0, TOP_AT_RISK)
    : [...clv.atRisk].sort((a, b) => b.valueAtStake - a.valueAtStake).slice(0, TOP_AT_RISK);
  return {
    horizonMonths: clv.horizonMonths,
    predictedPurchases: clv.predictedPurchases,
    predictedRevenue: clv.predictedRevenue,
    totalClv,
    customersWithClv,
    atRiskCustomers: clv.atRisk.length,
    valueAtStake,
    atRisk: sorted.map((a) => ({ ...a })),
    distribution: clv.distribution.map((d) => ({ ...d })),
    fit: { bgnbd: { ...clv.fit.bgnbd }, gammaGamma: { ...clv.fit.gammaGamma } },
    notes: [...clv.notes],
  };
}

function isSortedByStake(list: ClvSummary['atRisk']): boolean {
  for (let i = 1; i < list.length; i++) {
    if ((list[i]?.valueAtStake ?? 0) > (list[i - 1]?.valueAtStake ?? 0)) return false;
  }
  return true;
}
