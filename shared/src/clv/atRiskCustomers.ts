import type { CustomerPrediction } from './analyzeClv.ts';

/** A valuable customer who has probably stopped buying, with the value at stake. */
export interface AtRiskCustomer {
  /** Index into the predictions. */
  index: number;
  pAlive: number;
  /** CLV if still active × P(not alive): the value expected to be lost without a win-back. */
  valueAtStake: number;
}

/**
 * Customers at risk of churning: P(alive) below `churnThreshold` and valuable, i.e.
 * total spend at or above the median of all customers. BG/NBD gives one-time buyers P(alive) = 1,
 * so only repeat buyers are ever flagged. Most value at stake first.
 */
export function atRiskCustomers(
  predictions: readonly CustomerPrediction[],
  churnThreshold: number,
): AtRiskCustomer[] {
  const medianSpend = median(predictions.map((c) => c.totalSpend));
  const result: AtRiskCustomer[] = [];
  predictions.forEach((c, index) => {
    if (c.pAlive < churnThreshold && c.totalSpend >= medianSpend) {
      result.push({ index, pAlive: c.pAlive, valueAtStake: c.clvIfAlive * (1 - c.pAlive) });
    }
  });
  return result.sort((x, y) => y.valueAtStake - x.valueAtStake || x.index - y.index);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
