import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases, pAlive, unconditionalExpectedPurchases } from './bgNbdPredictions.ts';
import type { BgNbdParams, RfmTriple } from './clvTypes.ts';

// The maximum-likelihood estimate on the CDNOW sample (39-week calibration), as fitBgNbd finds it.
const CDNOW: BgNbdParams = {
  r: 0.24259452251419736,
  alpha: 4.413602023162422,
  a: 0.7929220164210473,
  b: 2.4259067718440424,
};

describe('BG/NBD predictions with the CDNOW parameters', () => {
  // Published by Fader, Hardie & Lee (2005) and reproduced by lifetimes to 3 decimals; the second
  // column is the exact value (mpmath, 40 digits) at these parameters.
  it.each([
    [0.1429, 0.0078, 0.007816000396652076],
    [1, 0.0532, 0.05318429147180887],
    [3, 0.1506, 0.15063083912620112],
    [31.8571, 1.0405, 1.0404891405844194],
    [32, 1.0437, 1.0437320422317158],
    [78, 1.8576, 1.857958389353715],
  ])('E[X(%d weeks)] ≈ %d', (t, published, exact) => {
    const value = unconditionalExpectedPurchases(CDNOW, t);
    expect(Math.abs(value - published)).toBeLessThan(5e-4);
    expect(Math.abs(value - exact)).toBeLessThan(1e-12 * Math.max(1, exact));
  });

  it('expects 1.226 purchases in 39 weeks from a customer with x = 2, t_x = 30.43, T = 38.86', () => {
    const value = conditionalExpectedPurchases(CDNOW, 39, { frequency: 2, recency: 30.43, T: 38.86 });
    expect(value).toBeCloseTo(1.226, 3);
    expect(value).toBeCloseTo(1.2259068352385387, 10);
  });
});

const history = fc
  .record({
    x: fc.integer({ min: 0, max: 60 }),
    T: fc.double({ min: 0, max: 100, noNaN: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ x, T, share }): RfmTriple => ({ frequency: x, recency: x === 0 ? 0 : T * share, T }));
const params = fc.record({
  r: fc.double({ min: 0.05, max: 10, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 100, noNaN: true }),
  a: fc.double({ min: 0.05, max: 10, noNaN: true }),
  b: fc.double({ min: 0.05, max: 30, noNaN: true }),
});

describe('pAlive', () => {
  it('is 1 for a customer without repeat purchases (no dropout before the first repeat)', () => {
    expect(pAlive(CDNOW, { frequency: 0, recency: 0, T: 30 })).toBe(1);
  });

  it('is a probability, and a later last purchase never lowers it', () => {
    fc.assert(
      fc.property(params, history, (p, c) => {
        const value = pAlive(p, c);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        if (c.frequency > 0) {
          const later = pAlive(p, { ...c, recency: (c.recency + c.T) / 2 });
          expect(later).toBeGreaterThanOrEqual(value - 1e-12);
        }
      }),
    );
  });

  it('is nearly 0 for a very frequent buyer who has been silent for a long time', () => {
    expect(pAlive(CDNOW, { frequency: 50, recency: 5, T: 100 })).toBeLessThan(1e-20);
  });
});

describe('conditionalExpectedPurchases', () => {
  it('is finite, non-negative and grows with the horizon', () => {
    fc.assert(
      fc.property(params, history, fc.double({ min: 0.01, max: 200, noNaN: true }), (p, c, t) => {
        const value = conditionalExpectedPurchases(p, t, c);
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        // Grows, but for the last bits of a double where it has levelled off (a customer nearly
        // sure to have dropped out: 1.010786967032281 at t = 400 against …2813 at t = 200).
        expect(conditionalExpectedPurchases(p, t * 2, c)).toBeGreaterThanOrEqual(value * (1 - 1e-12));
      }),
    );
  });

  it('is 0 over an empty horizon', () => {
    expect(conditionalExpectedPurchases(CDNOW, 0, { frequency: 3, recency: 20, T: 30 })).toBe(0);
  });

  it('equals E[X(t)] for a customer first seen at the calibration end (T = 0)', () => {
    const value = conditionalExpectedPurchases(CDNOW, 52, { frequency: 0, recency: 0, T: 0 });
    expect(value).toBeCloseTo(unconditionalExpectedPurchases(CDNOW, 52), 12);
  });
});
