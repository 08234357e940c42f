import { type MinimizeResult, minimizeBfgs, type Objective } from './minimizeBfgs.ts';

/**
 * Minimises from several starting points without paying for every full run: each start gets a
 * short race of `raceIterations`, the best one is run to convergence, and only if that fails are
 * the others run to the end too. Likelihoods of the CLV models have long flat ridges where a
 * single start can stall; the race keeps that robustness at about the cost of one fit.
 */
export function minimizeFromStarts(
  objective: Objective,
  starts: readonly (readonly number[])[],
  options: { raceIterations?: number; gradientTolerance?: number } = {},
): MinimizeResult & { totalIterations: number } {
  const raceIterations = options.raceIterations ?? 10;
  const gradientTolerance = options.gradientTolerance ?? 1e-9;
  let totalIterations = 0;
  const raced = starts.map((start) => {
    const run = minimizeBfgs(objective, start, { maxIterations: raceIterations, gradientTolerance });
    totalIterations += run.iterations;
    return run;
  });
  const order = raced
    .map((run, index) => ({ run, index }))
    .filter(({ run }) => Number.isFinite(run.value))
    .sort((x, y) => x.run.value - y.run.value);
  let best: MinimizeResult | null = null;
  for (const { run } of order) {
    const finished = run.converged ? run : minimizeBfgs(objective, run.x, { gradientTolerance });
    totalIterations += finished === run ? 0 : finished.iterations;
    if (best === null || finished.value < best.value) best = finished;
    if (best.converged) break;
  }
  const result = best ?? raced[0];
  if (result === undefined) throw new RangeError('minimizeFromStarts needs at least one start');
  return { ...result, totalIterations };
}
