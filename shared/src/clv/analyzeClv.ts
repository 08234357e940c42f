import type { IsoDate } from '../model/dates.ts';
import type { Language } from '../model/keys.ts';
import { pAlive } from './bgNbdPredictions.ts';
import { clvMessages } from './clvMessages.ts';
import type { TimeUnit } from './clvTypes.ts';
import { type AliveForecast, forecastIfAlive } from './customerLifetimeValue.ts';
import { type BgNbdFit, fitBgNbd } from './fitBgNbd.ts';
import { fitGammaGamma, type GammaGammaFit } from './fitGammaGamma.ts';
import { conditionalExpectedAverageSpend, populationMeanSpend } from './gammaGammaSpend.ts';
import { groupRfm, type RfmGroups } from './groupRfm.ts';
import type { CustomerHistory, TransactionSummary } from './summarizeTransactions.ts';

/** Fewest repeat customers (and positive-spend repeat customers) the models are fitted on. */
export const MIN_REPEAT_CUSTOMERS = 5;

export interface ClvOptions {
  /** End of the calibration period (used in notes; the summary was built with it). */
  calibrationEnd: IsoDate;
  unit: TimeUnit;
  /** Prediction horizon in time units. */
  horizon: number;
  annualDiscountRate: number;
  language?: Language;
}

/** Predictions for one customer of the summary. */
export interface CustomerPrediction extends CustomerHistory {
  pAlive: number;
  /** Expected purchases over the horizon. */
  expectedPurchases: number;
  /** Expected average spend per purchase (Gamma-Gamma), population mean for one-time buyers. */
  expectedAverageSpend: number;
  /** Discounted value over the horizon. */
  clv: number;
  /** Discounted value over the horizon if the customer is certainly still active. */
  clvIfAlive: number;
}

export interface ClvAnalysis {
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
  customers: CustomerPrediction[];
  notes: string[];
}

/**
 * Fits BG/NBD and Gamma-Gamma to a transaction summary and predicts P(alive), expected
 * purchases, expected spend and CLV for every customer. Returns `{ error }` with a clear message
 * when the data cannot support the models (no customers, one customer, too few repeat buyers);
 * never returns NaN.
 */
export function analyzeClv(
  summary: TransactionSummary,
  options: ClvOptions,
): ClvAnalysis | { error: string } {
  const text = clvMessages(options.language ?? 'en');
  const histories = summary.customers;
  const n = histories.length;
  if (n === 0) return { error: text.noCustomers(options.calibrationEnd) };
  if (n === 1) return { error: text.singleCustomer() };
  const repeaters = histories.filter((c) => c.frequency > 0);
  if (repeaters.length === 0) return { error: text.allOneTime(n) };
  if (repeaters.length < MIN_REPEAT_CUSTOMERS) {
    return { error: text.fewRepeaters(repeaters.length, n, MIN_REPEAT_CUSTOMERS) };
  }
  const spenders = repeaters.filter((c) => c.monetaryValue > 0);
  if (spenders.length < MIN_REPEAT_CUSTOMERS)
    return { error: text.fewSpenders(spenders.length, MIN_REPEAT_CUSTOMERS) };

  let groups: RfmGroups;
  let bgnbd: BgNbdFit;
  let gammaGamma: GammaGammaFit;
  try {
    groups = groupRfm(histories);
    bgnbd = fitBgNbd(groups);
    gammaGamma = fitGammaGamma(spenders);
  } catch (error) {
    return {
      error: text.fitFailed('BG/NBD + Gamma-Gamma', error instanceof Error ? error.message : String(error)),
    };
  }
  if (![bgnbd.r, bgnbd.alpha, bgnbd.a, bgnbd.b, bgnbd.logLikelihood].every(Number.isFinite)) {
    return { error: text.fitFailed('BG/NBD', 'non-finite estimate') };
  }
  if (![gammaGamma.p, gammaGamma.q, gammaGamma.gamma, gammaGamma.logLikelihood].every(Number.isFinite)) {
    return { error: text.fitFailed('Gamma-Gamma', 'non-finite estimate') };
  }

  const notes: string[] = [text.bgnbd(n, repeaters.length, bgnbd, bgnbd.logLikelihood)];
  if (!bgnbd.converged) notes.push(text.notConverged('BG/NBD'));
  let meanSpend = populationMeanSpend(gammaGamma);
  notes.push(text.gammaGamma(spenders.length, gammaGamma, meanSpend));
  if (!gammaGamma.converged) notes.push(text.notConverged('Gamma-Gamma'));
  const observedMean = spenders.reduce((sum, c) => sum + c.monetaryValue, 0) / spenders.length;
  if (meanSpend === null) {
    meanSpend = observedMean;
    notes.push(text.infiniteMean(observedMean));
  }
  const excluded = repeaters.filter((c) => !(c.monetaryValue > 0)).map((c) => c.customerId);
  if (excluded.length > 0) notes.push(text.excludedSpend(excluded));
  const rho = correlation(spenders);
  if (spenders.length >= 10 && Math.abs(rho) > 0.3) notes.push(text.correlated(rho));
  if (repeaters.length < 30) notes.push(text.fewData(repeaters.length));
  if (summary.afterCalibrationEnd > 0)
    notes.push(text.afterEnd(summary.afterCalibrationEnd, options.calibrationEnd));
  if (summary.unusable > 0) notes.push(text.unusable(summary.unusable));
  notes.push(text.horizon(options.horizon, options.unit, options.annualDiscountRate));

  // The alive forecast (a series per month of the horizon) depends on (x, T) only, and P(alive)
  // on (x, t_x, T): compute each once per distinct pair or triple rather than per customer.
  const nT = groups.distinctT.length;
  const aliveByPair = new Map<number, AliveForecast>();
  const pAliveByGroup = new Float64Array(groups.size).fill(Number.NaN);
  const customers: CustomerPrediction[] = new Array(n);
  for (let i = 0; i < n; i++) {
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
    let spend: number;
    if (c.frequency > 0 && !(c.monetaryValue > 0)) spend = 0;
    else spend = conditionalExpectedAverageSpend(gammaGamma, c.frequency, c.monetaryValue) ?? c.monetaryValue;
    const expectedAverageSpend = c.frequency === 0 ? meanSpend : spend;
    // Built field by field: spreading the history here was the slowest line of `crm clv`.
    const prediction: CustomerPrediction = {
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
      expectedAverageSpend,
      clv: ifAlive.discountedPurchases * alive * expectedAverageSpend,
      clvIfAlive: ifAlive.discountedPurchases * expectedAverageSpend,
    };
    customers[i] = prediction;
  }
  const bad = customers.find(
    (c) =>
      !Number.isFinite(c.pAlive) ||
      !Number.isFinite(c.expectedPurchases) ||
      !Number.isFinite(c.expectedAverageSpend) ||
      !Number.isFinite(c.clv),
  );
  if (bad)
    return {
      error: text.fitFailed('BG/NBD + Gamma-Gamma', `no finite prediction for customer ${bad.customerId}`),
    };
  return { bgnbd, gammaGamma, customers, notes };
}

/** Pearson correlation of frequency and mean spend among repeat customers (the model assumes none). */
function correlation(customers: readonly CustomerHistory[]): number {
  const n = customers.length;
  let sx = 0;
  let sm = 0;
  for (const c of customers) {
    sx += c.frequency;
    sm += c.monetaryValue;
  }
  const mx = sx / n;
  const mm = sm / n;
  let cov = 0;
  let vx = 0;
  let vm = 0;
  for (const c of customers) {
    const dx = c.frequency - mx;
    const dm = c.monetaryValue - mm;
    cov += dx * dm;
    vx += dx * dx;
    vm += dm * dm;
  }
  return vx > 0 && vm > 0 ? cov / Math.sqrt(vx * vm) : 0;
}
