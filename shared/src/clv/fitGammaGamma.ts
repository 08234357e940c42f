import type { GammaGammaParams } from './clvTypes.ts';
import {
  gammaGammaLogLikelihood,
  gammaGammaObjective,
  gammaGammaParamsFromLog,
  spendData,
} from './gammaGammaLikelihood.ts';
import { minimizeFromStarts } from './minimizeFromStarts.ts';

/** A fitted Gamma-Gamma spend model. */
export interface GammaGammaFit extends GammaGammaParams {
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  customers: number;
}

/**
 * Maximum-likelihood fit of p, q, γ (Fader, Hardie & Lee 2005, "RFM and CLV") on repeat customers'
 * mean repeat spend, each weighted by its number of repeat occasions x through the likelihood.
 * Every customer must have x > 0 and a positive mean spend (callers leave the others out and
 * report them); throws a RangeError otherwise.
 */
export function fitGammaGamma(
  customers: readonly { frequency: number; monetaryValue: number }[],
): GammaGammaFit {
  if (customers.length === 0) throw new RangeError('fitGammaGamma needs at least one repeat customer');
  const data = spendData(customers);
  const objective = gammaGammaObjective(data);
  let sum = 0;
  for (const m of data.meanSpend) sum += m;
  const mean = sum / data.meanSpend.length;
  // Starts around the observed mean spend: the population mean is pγ / (q − 1).
  const starts = [
    [1, 2, mean],
    [5, 4, (mean * 3) / 5],
    [0.5, 1.5, mean],
  ];
  const best = minimizeFromStarts(
    objective,
    starts.map((start) => start.map(Math.log)),
  );
  if (!Number.isFinite(best.value)) throw new RangeError('the Gamma-Gamma likelihood could not be evaluated');
  const params = gammaGammaParamsFromLog(best.x);
  return {
    ...params,
    logLikelihood: gammaGammaLogLikelihood(params, data),
    converged: best.converged,
    iterations: best.totalIterations,
    customers: customers.length,
  };
}
