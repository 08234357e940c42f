import { pAlive } from './bgNbdPredictions.ts';
import { type AliveForecast, forecastIfAlive, type LifetimeValueOptions } from './customerLifetimeValue.ts';
import type { ClvModels } from './fitClvModels.ts';
import { conditionalExpectedAverageSpend } from './gammaGammaSpend.ts';
import type { CustomerHistory } from './summarizeTransactions.ts';

/** Predictions for one customer of the summary. */
export interface CustomerPrediction extends CustomerHistory {
  pAlive: number;
  /** Expected purchases over the horizon. */
  expectedPurchases: number;
  /** Expected purchases over the horizon of the customer if certainly still active. */
  expectedPurchasesIfAlive: number;
  /** Expected average spend per purchase (Gamma-Gamma), population mean for one-time buyers. */
  expectedAverageSpend: number;
  /** Discounted value over the horizon. */
  clv: number;
  /** Discounted value over the horizon if the customer is certainly still active. */
  clvIfAlive: number;
}

/**
 * P(alive), expected purchases, expected spend and CLV of every customer, in summary order.
 * `meanSpend` is the expected spend of one-time buyers (who have no repeat spend of their own).
 */
export function predictClvCustomers(
  histories: readonly CustomerHistory[],
  models: ClvModels,
  meanSpend: number,
  options: LifetimeValueOptions,
): CustomerPrediction[] {
  const { groups, bgnbd } = models;
  // The alive forecast (a series per month of the horizon) depends on (x, T) only, and P(alive)
  // on (x, t_x, T): compute each once per distinct pair or triple rather than per customer.
  const nT = groups.distinctT.length;
  const aliveByPair = new Map<number, AliveForecast>();
  const pAliveByGroup = new Float64Array(groups.size).fill(Number.NaN);
  const customers: CustomerPrediction[] = new Array(histories.length);
  for (let i = 0; i < histories.length; i++) {
    const c = histories[i] as CustomerHistory;
    const group = groups.groupOf[i] as number;
    const pair = (groups.xIndex[group] as number) * nT + (groups.TIndex[group] as number);
    let ifAlive = aliveByPair.get(pair);
    if (ifAlive === undefined) {
      ifAlive = forecastIfAlive(bgnbd, c.frequency, c.T, options);
      aliveByPair.set(pair, ifAlive);
    }
    let alive = pAliveByGroup[group] as number;
    if (Number.isNaN(alive)) {
      alive = pAlive(bgnbd, c);
      pAliveByGroup[group] = alive;
    }
    customers[i] = prediction(c, alive, ifAlive, expectedAverageSpend(c, models, meanSpend));
  }
  return customers;
}

/**
 * Gamma-Gamma's expected spend per purchase: the population mean for one-time buyers, 0 for
 * repeat buyers whose repeat spend was not positive (they were left out of the fit).
 */
function expectedAverageSpend(c: CustomerHistory, models: ClvModels, meanSpend: number): number {
  if (c.frequency === 0) return meanSpend;
  if (!(c.monetaryValue > 0)) return 0;
  return conditionalExpectedAverageSpend(models.gammaGamma, c.frequency, c.monetaryValue) ?? c.monetaryValue;
}

function prediction(
  c: CustomerHistory,
  alive: number,
  ifAlive: AliveForecast,
  spend: number,
): CustomerPrediction {
  // Built field by field: spreading the history here was the slowest line of `crm clv`.
  return {
    customerId: c.customerId,
    frequency: c.frequency,
    recency: c.recency,
    T: c.T,
    monetaryValue: c.monetaryValue,
    firstPurchase: c.firstPurchase,
    lastPurchase: c.lastPurchase,
    totalSpend: c.totalSpend,
    pAlive: alive,
    expectedPurchases: ifAlive.expectedPurchases * alive,
    expectedPurchasesIfAlive: ifAlive.expectedPurchases,
    expectedAverageSpend: spend,
    clv: ifAlive.discountedPurchases * alive * spend,
    clvIfAlive: ifAlive.discountedPurchases * spend,
  };
}
