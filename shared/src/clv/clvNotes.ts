import type { IsoDate } from '../model/dates.ts';
import type { ClvFitData } from './clvFitData.ts';
import type { clvMessages } from './clvMessages.ts';
import type { TimeUnit } from './clvTypes.ts';
import type { ClvModels } from './fitClvModels.ts';
import { bgNbdLimits, gammaGammaLimits } from './fitLimits.ts';
import { frequencySpendCorrelation } from './frequencySpendCorrelation.ts';
import type { TransactionSummary } from './summarizeTransactions.ts';

type ClvTexts = ReturnType<typeof clvMessages>;

/** What the notes of one analysis describe. */
export interface ClvNotesInput {
  summary: TransactionSummary;
  options: { calibrationEnd: IsoDate; unit: TimeUnit; horizon: number; annualDiscountRate: number };
  data: ClvFitData;
  models: ClvModels;
  /** Gamma-Gamma's population mean spend; null when it does not exist (q ≤ 1). */
  populationMean: number | null;
  /** Mean repeat spend observed among the spenders, used when the population mean does not exist. */
  observedMean: number;
}

/**
 * The notes that go with the predictions, in the reader's language: the fitted parameters, then
 * anything that should temper trust in them (a fit that did not converge, too few repeat buyers,
 * transactions left out), then the horizon and discount rate.
 */
export function clvNotes(input: ClvNotesInput, text: ClvTexts): string[] {
  return [...modelNotes(input, text), ...dataNotes(input, text)];
}

/**
 * The fitted parameters of each model and how its fit ended: a limiting case reached (see
 * fitLimits.ts) is explained, and only a fit that stopped short of any limit asks for caution.
 */
function modelNotes(
  { data, models, populationMean, observedMean, options }: ClvNotesInput,
  text: ClvTexts,
): string[] {
  const { bgnbd, gammaGamma } = models;
  const notes = [text.bgnbd(data.histories.length, data.repeaters.length, bgnbd, bgnbd.logLikelihood)];
  const bgNbdLimit = bgNbdLimits(bgnbd);
  if (bgNbdLimit.includes('equal-dropout')) notes.push(text.equalDropout(bgnbd.a / (bgnbd.a + bgnbd.b)));
  if (bgNbdLimit.includes('equal-rate')) notes.push(text.equalRate(bgnbd.r / bgnbd.alpha, options.unit));
  if (!bgnbd.converged && bgNbdLimit.length === 0) notes.push(text.notConverged('BG/NBD'));
  notes.push(text.gammaGamma(data.spenders.length, gammaGamma, populationMean));
  if (gammaGammaLimits(gammaGamma).length > 0) {
    notes.push(text.equalSpend(populationMean ?? (gammaGamma.p * gammaGamma.gamma) / gammaGamma.q));
  } else if (!gammaGamma.converged) {
    notes.push(text.notConverged('Gamma-Gamma'));
  }
  if (populationMean === null) notes.push(text.infiniteMean(observedMean));
  return notes;
}

// A strong frequency–spend correlation is only worth mentioning when enough spenders show it.
const CORRELATION_MIN_SPENDERS = 10;
const CORRELATION_NOTE_ABOVE = 0.3;
// Below this many repeat buyers the parameter estimates are uncertain enough to say so.
const FEW_REPEATERS = 30;

function dataNotes({ summary, options, data }: ClvNotesInput, text: ClvTexts): string[] {
  const notes: string[] = [];
  const excluded = data.repeaters.filter((c) => !(c.monetaryValue > 0)).map((c) => c.customerId);
  if (excluded.length > 0) notes.push(text.excludedSpend(excluded));
  const rho = frequencySpendCorrelation(data.spenders);
  if (data.spenders.length >= CORRELATION_MIN_SPENDERS && Math.abs(rho) > CORRELATION_NOTE_ABOVE) {
    notes.push(text.correlated(rho));
  }
  if (data.repeaters.length < FEW_REPEATERS) notes.push(text.fewData(data.repeaters.length));
  if (summary.afterCalibrationEnd > 0) {
    notes.push(text.afterEnd(summary.afterCalibrationEnd, options.calibrationEnd));
  }
  if (summary.unusable > 0) notes.push(text.unusable(summary.unusable));
  notes.push(text.horizon(options.horizon, options.unit, options.annualDiscountRate));
  return notes;
}
