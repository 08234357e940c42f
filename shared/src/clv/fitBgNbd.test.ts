import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from './clvTypes.ts';
import { fitBgNbd } from './fitBgNbd.ts';
import { groupRfm } from './groupRfm.ts';
import { simulateClvCustomers } from './simulateClvCustomers.ts';

const SPEND = { p: 6, q: 4, gamma: 15 };

describe('fitBgNbd', () => {
  // Parameter recovery: simulate the BG/NBD story with known parameters and fit it back. With
  // 30,000 customers the estimates land within a few per cent of the truth.
  it.each<[string, BgNbdParams, number]>([
    ['CDNOW-like buyers', { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 11],
    ['frequent, loyal buyers', { r: 2, alpha: 10, a: 1.5, b: 8 }, 12],
  ])('recovers the parameters of %s', (_name, truth, seed) => {
    const customers = simulateClvCustomers({
      customers: 30_000,
      bgnbd: truth,
      gammaGamma: SPEND,
      minT: 20,
      maxT: 60,
      seed,
    });
    const fit = fitBgNbd(customers);
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.r / truth.r - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.alpha / truth.alpha - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.a / truth.a - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.b / truth.b - 1)).toBeLessThan(0.1);
  });

  it('fits customers counted in days the same as the grouped days', () => {
    const customers = simulateClvCustomers({
      customers: 3000,
      bgnbd: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
      gammaGamma: SPEND,
      minT: 20,
      maxT: 60,
      seed: 5,
    }).map((c) => ({
      frequency: c.frequency,
      recency: Math.floor(c.recency * 7) / 7,
      T: Math.floor(c.T * 7) / 7,
    }));
    const groups = groupRfm(customers);
    expect(groups.size).toBeLessThan(customers.length);
    const direct = fitBgNbd(customers);
    const grouped = fitBgNbd(groups);
    expect(grouped.r).toBeCloseTo(direct.r, 8);
    expect(grouped.logLikelihood).toBeCloseTo(direct.logLikelihood, 6);
    expect(grouped.customers).toBe(3000);
  });

  it('stays finite when nobody seems to drop out (a and b run off towards a boundary)', () => {
    // Everyone buys every week right up to the calibration end: the likelihood keeps rising as
    // the dropout probability goes to 0.
    const customers = Array.from({ length: 200 }, (_, i) => ({
      frequency: 10 + (i % 5),
      recency: 30,
      T: 30,
    }));
    const fit = fitBgNbd(customers);
    for (const value of [fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood])
      expect(Number.isFinite(value)).toBe(true);
  });

  it('rejects an empty customer list', () => {
    expect(() => fitBgNbd([])).toThrow('at least one customer');
  });
});
