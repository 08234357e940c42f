import { valueTiers } from '../classify/valueTiers.ts';
import type { CustomerPrediction } from './analyzeClv.ts';

/** A valuable customer who has probably stopped buying, with the value at stake. */
export interface AtRiskCustomer {
  /** Index into the predictions. */
  index: number;
  pAlive: number;
  /**
   * Revenue over the horizon if still active × P(not alive), undiscounted like the predicted
   * revenue: what the forecast leaves out because the customer has probably gone, i.e. what a
   * successful win-back would add to it.
   */
  valueAtStake: number;
}

/** The Pareto shares of the default configuration, for callers without a classification. */
const DEFAULT_VALUE_TIER = { highShare: 0.8, mediumShare: 0.95 } as const;

/**
 * Customers at risk of churning (the churn warning): P(alive) below `churnThreshold` and high
 * value, the one definition of high value the classification uses (the customers making up the
 * top 80 % of revenue, see valueTiers). `isHighValue(index)` gives it per prediction; without it
 * the tiers are worked out over the predictions' total spend with the default shares. BG/NBD
 * gives one-time buyers P(alive) = 1, so only repeat buyers are ever flagged. Most value at stake
 * first.
 */
export function atRiskCustomers(
  predictions: readonly CustomerPrediction[],
  churnThreshold: number,
  isHighValue: (index: number) => boolean = paretoHighValue(predictions),
): AtRiskCustomer[] {
  const result: AtRiskCustomer[] = [];
  predictions.forEach((c, index) => {
    if (c.pAlive < churnThreshold && isHighValue(index)) {
      result.push({ index, pAlive: c.pAlive, valueAtStake: valueAtStake(c) });
    }
  });
  return result.sort((x, y) => y.valueAtStake - x.valueAtStake || x.index - y.index);
}

function valueAtStake(c: CustomerPrediction): number {
  return c.expectedPurchasesIfAlive * c.expectedAverageSpend * (1 - c.pAlive);
}

function paretoHighValue(predictions: readonly CustomerPrediction[]): (index: number) => boolean {
  const tiers = valueTiers(
    predictions.map((c) => c.totalSpend),
    DEFAULT_VALUE_TIER,
  );
  return (index) => tiers[index] === 'high';
}
