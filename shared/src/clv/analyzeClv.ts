import type { IsoDate } from '../model/dates.ts';
import type { Language } from '../model/keys.ts';
import { type ClvFitCache, fitClvModelsCached } from './clvFitCache.ts';
import { clvFitData } from './clvFitData.ts';
import { clvMessages } from './clvMessages.ts';
import { clvNotes } from './clvNotes.ts';
import type { TimeUnit } from './clvTypes.ts';
import type { BgNbdFit } from './fitBgNbd.ts';
import type { GammaGammaFit } from './fitGammaGamma.ts';
import { populationMeanSpend } from './gammaGammaSpend.ts';
import { type CustomerPrediction, predictClvCustomers } from './predictClvCustomers.ts';
import type { CustomerHistory, TransactionSummary } from './summarizeTransactions.ts';

export { MIN_REPEAT_CUSTOMERS } from './clvFitData.ts';
export type { CustomerPrediction } from './predictClvCustomers.ts';

export interface ClvOptions {
  /** End of the calibration period (used in notes; the summary was built with it). */
  calibrationEnd: IsoDate;
  unit: TimeUnit;
  /** Prediction horizon in time units. */
  horizon: number;
  annualDiscountRate: number;
  language?: Language;
  /** Fits kept between runs: the same histories are not fitted twice. */
  fitCache?: ClvFitCache;
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
  const data = clvFitData(summary, options.calibrationEnd, text);
  if ('error' in data) return data;
  const models = fitClvModelsCached(data, text, options.fitCache);
  if ('error' in models) return models;

  const populationMean = populationMeanSpend(models.gammaGamma);
  const observedMean = meanRepeatSpend(data.spenders);
  const notes = clvNotes({ summary, options, data, models, populationMean, observedMean }, text);
  const customers = predictClvCustomers(data.histories, models, populationMean ?? observedMean, options);
  const bad = customers.find(
    (c) =>
      !Number.isFinite(c.pAlive) ||
      !Number.isFinite(c.expectedPurchases) ||
      !Number.isFinite(c.expectedAverageSpend) ||
      !Number.isFinite(c.clv),
  );
  if (bad) {
    return {
      error: text.fitFailed('BG/NBD + Gamma-Gamma', `no finite prediction for customer ${bad.customerId}`),
    };
  }
  return { bgnbd: models.bgnbd, gammaGamma: models.gammaGamma, customers, notes };
}

function meanRepeatSpend(spenders: readonly CustomerHistory[]): number {
  return spenders.reduce((sum, c) => sum + c.monetaryValue, 0) / spenders.length;
}
