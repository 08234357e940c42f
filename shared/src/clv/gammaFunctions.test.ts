import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digamma, logGamma } from './gammaFunctions.ts';

// Reference values from SciPy (scipy.special.gammaln / digamma).
const REFERENCE: [x: number, logGamma: number, digamma: number][] = [
  [1e-8, 18.42068073818021, -100000000.57721564],
  [0.001, 6.907178885383853, -1000.5755719318103],
  [0.243, 1.3180435846996699, -4.351093864423211],
  [0.5, 0.5723649429247, -1.9635100260214235],
  [0.793, 0.1588713302863652, -0.9812143097443874],
  [1, 0, -0.5772156649015329],
  [2.426, 0.2340081168873162, 0.6662079149687962],
  [4.414, 2.3352200522018904, 1.367249664207545],
  [9.99, 12.779315214350195, 2.250700372831201],
  [10, 12.801827480081469, 2.251752589066721],
  [15.44, 26.37454049232738, 2.704228709291247],
  [100, 359.1342053695754, 4.600161852738088],
  [1e6, 12815504.569147611, 13.81551005796419],
];

describe('logGamma and digamma', () => {
  it.each(REFERENCE)('match SciPy at x = %d', (x, lg, psi) => {
    expect(logGamma(x)).toBeCloseTo(lg, 12);
    expect(Math.abs(digamma(x) - psi)).toBeLessThan(1e-12 * Math.max(1, Math.abs(psi)));
  });

  it('satisfy the recurrences ln Γ(x + 1) = ln Γ(x) + ln x and ψ(x + 1) = ψ(x) + 1/x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e5, noNaN: true }), (x) => {
        expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
        expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 9);
      }),
    );
  });

  it('has ψ as the derivative of ln Γ', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 1e4, noNaN: true }), (x) => {
        const h = 1e-5 * x;
        const numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
        expect(Math.abs(numeric - digamma(x))).toBeLessThan(1e-5 * Math.max(1, Math.abs(digamma(x))));
      }),
    );
  });
});
