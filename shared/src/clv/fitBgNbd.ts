import { bgNbdLogLikelihood, bgNbdObjective, bgNbdParamsFromLog } from './bgNbdLikelihood.ts';
import type { BgNbdParams, RfmTriple } from './clvTypes.ts';
import { groupRfm, type RfmGroups } from './groupRfm.ts';
import { minimizeFromStarts } from './minimizeFromStarts.ts';

/** A fitted BG/NBD model. */
export interface BgNbdFit extends BgNbdParams {
  /** Total log-likelihood at the estimate (CDNOW sample: about −9582.4). */
  logLikelihood: number;
  /** False when the optimiser stopped before the gradient vanished (e.g. a parameter ran off to 0 or ∞). */
  converged: boolean;
  iterations: number;
  customers: number;
}

/**
 * Maximum-likelihood fit of r, α, a, b (Fader, Hardie & Lee 2005) by BFGS on the log-parameters,
 * from several starting points raced against each other (the surface has long flat ridges).
 * Customers with identical (x, t_x, T) are grouped first.
 */
export function fitBgNbd(customers: readonly RfmTriple[] | RfmGroups): BgNbdFit {
  const groups = 'size' in customers ? customers : groupRfm(customers);
  if (groups.totalWeight === 0) throw new RangeError('fitBgNbd needs at least one customer');
  const objective = bgNbdObjective(groups);

  // Rough scale of α from the pooled repeat rate, so that the start is within a few e-folds.
  let repeats = 0;
  let exposure = 0;
  for (let i = 0; i < groups.size; i++) {
    const w = groups.weight[i] as number;
    repeats += w * (groups.distinctX[groups.xIndex[i] as number] as number);
    exposure += w * (groups.distinctT[groups.TIndex[i] as number] as number);
  }
  const rate = repeats > 0 && exposure > 0 ? repeats / exposure : 1;
  const starts = [
    [1, 1 / rate, 1, 1],
    [0.5, 0.5 / rate, 0.5, 5],
    [2, 2 / rate, 2, 2],
  ];

  const best = minimizeFromStarts(
    objective,
    starts.map((start) => start.map((v) => Math.log(Math.min(Math.max(v, 1e-6), 1e6)))),
  );
  if (!Number.isFinite(best.value)) throw new RangeError('the BG/NBD likelihood could not be evaluated');
  const params = bgNbdParamsFromLog(best.x);
  return {
    ...params,
    logLikelihood: bgNbdLogLikelihood(params, groups),
    converged: best.converged,
    iterations: best.totalIterations,
    customers: groups.totalWeight,
  };
}
