import { describe, expect, it } from 'vitest';
import { minimizeBfgs, type Objective } from './minimizeBfgs.ts';
import { minimizeFromStarts } from './minimizeFromStarts.ts';

const rosenbrock: Objective = (x, g) => {
  const a = x[0] as number;
  const b = x[1] as number;
  g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  g[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimizeBfgs', () => {
  it('finds the minimum of the Rosenbrock valley', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 500, gradientTolerance: 1e-10 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });

  it('backs off from regions where the objective is not finite', () => {
    // ln-barrier: infinite for x ≤ 0, minimum at x = 1.
    const barrier: Objective = (x, g) => {
      const v = x[0] as number;
      if (v <= 0) return Number.POSITIVE_INFINITY;
      g[0] = 1 - 1 / v;
      return v - Math.log(v);
    };
    const result = minimizeBfgs(barrier, [20], { maxStep: 100 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
  });

  it('stops at the iteration limit, reporting no convergence, when the objective has no minimum', () => {
    const downhill: Objective = (x, g) => {
      g[0] = -1;
      return -(x[0] as number);
    };
    const result = minimizeBfgs(downhill, [0], { maxIterations: 50 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(50);
    expect(Number.isFinite(result.value)).toBe(true);
  });
});

describe('minimizeFromStarts', () => {
  it('keeps the start that reaches the lower of two minima', () => {
    // Two wells: f = (x² − 1)² + 0.3x, deeper at x ≈ −1.
    const wells: Objective = (x, g) => {
      const v = x[0] as number;
      g[0] = 4 * v * (v * v - 1) + 0.3;
      return (v * v - 1) ** 2 + 0.3 * v;
    };
    const result = minimizeFromStarts(wells, [[2], [-2]]);
    expect(result.x[0]).toBeLessThan(0);
    expect(result.converged).toBe(true);
  });
});
