import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliveExpectation } from './aliveExpectation.ts';
import { hyp2f1 } from './hyp2f1.ts';

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('hyp2f1', () => {
  // Reference values from scipy.special.hyp2f1.
  it.each([
    [1, 1, 2, 0.5, 1.3862943611198901],
    [0.243, 2.426, 2.219, 0.9, 1.9476311698186006],
    [2.243, 4.426, 5.219, 0.7, 8.932189187318263],
    [0.5, -0.207, 3.2, -3.0, 1.0731352866033652],
    [3, 0.3, 2.5, -20, 0.3753752030879906],
    [10.5, 2.3, 4.4, 0.95, 8103075234.784016],
    [1.2, 3.4, 5.6, -0.4, 0.7742828550229733],
    [0.243, -0.207, 2.219, -17.7, 1.1737298451853455],
  ])('₂F₁(%d, %d; %d; %d) = %d', (a, b, c, z, expected) => {
    expect(relative(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-13);
  });

  it('equals ln(1 + z) / z for ₂F₁(1, 1; 2; −z)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 50, noNaN: true }), (z) => {
        expect(relative(hyp2f1(1, 1, 2, -z), Math.log1p(z) / z)).toBeLessThan(1e-12);
      }),
    );
  });

  it('is NaN outside z < 1 rather than a wrong number', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 3)).toBeNaN();
  });
});

describe('aliveExpectation', () => {
  // C · [1 − ₂F₁(A, a − 1; C; −s)] / (a − 1), computed with mpmath at 40 digits (a = 1 by quadrature).
  it.each([
    ['short window', 0.25, 2.2, 0.8, 0.3, 0.07178481642400529],
    ['long window', 0.25, 2.2, 0.8, 3, 0.5550407537579668],
    ['window close to α + T', 2.25, 4.2, 0.8, 0.9, 1.6865483655845717],
    ['huge x (10,000 repeats)', 10000.25, 10002.2, 0.8, 1.5, 10057.028652778943],
    ['huge x (a million repeats)', 1000000.2, 1000002, 0.9, 0.2, 183993.823937888],
    ['r much larger than a + b', 100, 3, 1.5, 2, 5.361720729728858],
    ['a exactly 1 (0/0 in the textbook formula)', 0.25, 2.2, 1, 5, 0.7472430484626179],
    ['a within 1e-7 of 1', 0.25, 2.2, 1.0000001, 5, 0.7472430153770536],
    ['tiny window', 0.5, 3.5, 2.5, 0.01, 0.004979276481598354],
    ['window 400 × (α + T)', 0.5, 3.5, 2.5, 400, 2.1175316904899883],
    ['many repeats, short window', 30.2, 32.5, 0.3, 0.45, 12.861583740068248],
    ['a millionth of a time unit', 0.243, 2.219, 0.793, 1e-6, 2.42999962795157e-7],
  ])('%s', (_name, A, C, a, s, expected) => {
    expect(relative(aliveExpectation(A, C, a, s), expected)).toBeLessThan(1e-9);
  });

  it('agrees with the textbook form through hyp2f1 and grows with the window', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        (r, x, a, b, s) => {
          fc.pre(Math.abs(a - 1) > 1e-3);
          const A = r + x;
          const C = a + b + x - 1;
          const value = aliveExpectation(A, C, a, s);
          const textbook = (C / (a - 1)) * (1 - hyp2f1(A, a - 1, C, -s));
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThan(0);
          expect(Math.abs(value - textbook)).toBeLessThan(1e-7 * Math.max(1, value));
          // Purchases while alive never exceed the Poisson count A·s of a customer who never leaves.
          expect(value).toBeLessThanOrEqual(A * s * (1 + 1e-12));
          expect(aliveExpectation(A, C, a, s * 1.5)).toBeGreaterThan(value);
        },
      ),
    );
  });
});
