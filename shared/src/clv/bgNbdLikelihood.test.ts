import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihood } from './bgNbdLikelihood.ts';
import type { BgNbdParams, RfmTriple } from './clvTypes.ts';
import { logGamma } from './gammaFunctions.ts';
import { groupRfm } from './groupRfm.ts';

const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** Eq. 6 of Fader, Hardie & Lee (2005) written out literally, for small x only. */
function textbook({ r, alpha, a, b }: BgNbdParams, { frequency: x, recency: tx, T }: RfmTriple): number {
  const A1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
  const A2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
  const A3 = -(r + x) * Math.log(alpha + T);
  const A4 =
    x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : Number.NEGATIVE_INFINITY;
  return A1 + A2 + Math.log(Math.exp(A3) + Math.exp(A4));
}

const customer = fc
  .record({
    x: fc.integer({ min: 0, max: 30 }),
    T: fc.double({ min: 0, max: 80, noNaN: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ x, T, share }): RfmTriple => ({ frequency: x, recency: x === 0 ? 0 : T * share, T }));
const params = fc.record({
  r: fc.double({ min: 0.01, max: 20, noNaN: true }),
  alpha: fc.double({ min: 0.01, max: 200, noNaN: true }),
  a: fc.double({ min: 0.01, max: 20, noNaN: true }),
  b: fc.double({ min: 0.01, max: 50, noNaN: true }),
});

describe('bgNbdLogLikelihood', () => {
  it('matches eq. 6 written out literally', () => {
    fc.assert(
      fc.property(params, customer, (p, c) => {
        const value = bgNbdLogLikelihood(p, groupRfm([c]));
        expect(value).toBeCloseTo(textbook(p, c), 8);
      }),
    );
  });

  it('is the same for grouped customers as for the customers one by one', () => {
    fc.assert(
      fc.property(params, fc.array(customer, { minLength: 1, maxLength: 30 }), (p, customers) => {
        const doubled = [...customers, ...customers];
        const oneByOne = doubled.reduce((sum, c) => sum + bgNbdLogLikelihood(p, groupRfm([c])), 0);
        const grouped = groupRfm(doubled);
        expect(grouped.size).toBeLessThanOrEqual(customers.length);
        expect(bgNbdLogLikelihood(p, grouped)).toBeCloseTo(oneByOne, 6);
      }),
    );
  });

  it('has the analytic gradient of its numeric derivative (log-parameters)', () => {
    fc.assert(
      fc.property(params, fc.array(customer, { minLength: 1, maxLength: 20 }), (p, customers) => {
        const groups = groupRfm(customers);
        const gradient = new Float64Array(4);
        bgNbdLogLikelihood(p, groups, gradient);
        const keys = ['r', 'alpha', 'a', 'b'] as const;
        keys.forEach((key, i) => {
          const h = 1e-6;
          const up = bgNbdLogLikelihood({ ...p, [key]: p[key] * Math.exp(h) }, groups);
          const down = bgNbdLogLikelihood({ ...p, [key]: p[key] * Math.exp(-h) }, groups);
          const numeric = (up - down) / (2 * h);
          expect(Math.abs(numeric - (gradient[i] as number))).toBeLessThan(
            1e-4 * Math.max(1, Math.abs(numeric)),
          );
        });
      }),
      { numRuns: 50 },
    );
  });

  it.each<[string, RfmTriple]>([
    ['a million repeat purchases', { frequency: 1e6, recency: 50, T: 52 }],
    ['a repeat a millionth of a week after the first purchase', { frequency: 1, recency: 1e-6, T: 1e-6 }],
    ['first purchase on the calibration end (T = 0)', { frequency: 0, recency: 0, T: 0 }],
    ['a customer observed for a century of weeks', { frequency: 3, recency: 10, T: 5200 }],
  ])('stays finite for %s', (_name, c) => {
    const gradient = new Float64Array(4);
    expect(Number.isFinite(bgNbdLogLikelihood(CDNOW, groupRfm([c]), gradient))).toBe(true);
    expect(gradient.every(Number.isFinite)).toBe(true);
  });

  it('gives a customer first seen at the calibration end a likelihood of 1', () => {
    expect(bgNbdLogLikelihood(CDNOW, groupRfm([{ frequency: 0, recency: 0, T: 0 }]))).toBeCloseTo(0, 12);
  });
});

describe('groupRfm', () => {
  it.each<[string, RfmTriple, string]>([
    ['a recency after T', { frequency: 2, recency: 10, T: 5 }, 'exceeds T'],
    ['a recency without a repeat', { frequency: 0, recency: 3, T: 5 }, 'without a repeat'],
    ['a negative T', { frequency: 0, recency: 0, T: -1 }, 'expected finite'],
    ['a NaN frequency', { frequency: Number.NaN, recency: 0, T: 1 }, 'expected finite'],
  ])('rejects %s', (_name, c, message) => {
    expect(() => groupRfm([c])).toThrow(message);
  });
});
