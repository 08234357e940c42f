import { describe, expect, it } from 'vitest';
import type { GammaGammaParams } from './clvTypes.ts';
import { fitGammaGamma } from './fitGammaGamma.ts';
import { conditionalExpectedAverageSpend, populationMeanSpend } from './gammaGammaSpend.ts';
import { simulateClvCustomers } from './simulateClvCustomers.ts';

describe('fitGammaGamma', () => {
  it.each<[string, GammaGammaParams, number]>([
    ['CDNOW-like spend', { p: 6.25, q: 3.74, gamma: 15.44 }, 21],
    ['large, varied baskets (¥)', { p: 2, q: 5, gamma: 800 }, 22],
  ])('recovers the parameters of %s', (_name, truth, seed) => {
    // Enough customers that sampling error stays well inside the 5 % tolerance for any seed.
    const repeaters = simulateClvCustomers({
      customers: 100_000,
      bgnbd: { r: 1, alpha: 5, a: 0.8, b: 2.5 },
      gammaGamma: truth,
      minT: 30,
      maxT: 60,
      seed,
    }).filter((c) => c.frequency > 0);
    const fit = fitGammaGamma(repeaters);
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.p / truth.p - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.q / truth.q - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.gamma / truth.gamma - 1)).toBeLessThan(0.05);
  });

  it.each([
    ['a zero mean spend', { frequency: 2, monetaryValue: 0 }],
    ['a negative mean spend (returns)', { frequency: 1, monetaryValue: -20 }],
    ['a one-time buyer', { frequency: 0, monetaryValue: 0 }],
  ])('rejects %s (callers leave such customers out)', (_name, customer) => {
    expect(() => fitGammaGamma([{ frequency: 3, monetaryValue: 30 }, customer])).toThrow(
      'positive mean spend',
    );
  });
});

describe('expected average spend', () => {
  const params = { p: 6.25, q: 3.74, gamma: 15.44 };

  it('is the population mean pγ / (q − 1) for a one-time buyer', () => {
    expect(populationMeanSpend(params)).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
    expect(conditionalExpectedAverageSpend(params, 0, 0)).toBe(populationMeanSpend(params));
  });

  it('moves from the population mean towards the own mean as repeats accumulate', () => {
    const population = populationMeanSpend(params) as number;
    const few = conditionalExpectedAverageSpend(params, 1, 100) as number;
    const many = conditionalExpectedAverageSpend(params, 50, 100) as number;
    expect(few).toBeGreaterThan(population);
    expect(many).toBeGreaterThan(few);
    expect(many).toBeLessThan(100);
  });

  it('does not exist when q ≤ 1', () => {
    expect(populationMeanSpend({ p: 1, q: 0.8, gamma: 10 })).toBeNull();
  });
});
