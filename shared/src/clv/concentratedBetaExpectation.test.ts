import { describe, expect, it } from 'vitest';
import { aliveExpectation } from './aliveExpectation.ts';
import { concentratedBetaExpectation } from './concentratedBetaExpectation.ts';

// E_p[(1 − (1 + p s)^(−A)) / p], p ~ Beta(a, C − a + 1), by mpmath quadrature at 50 digits over
// mean ± 60 sd (and, for the first case, also mpmath's hyp2f1 and a second-order delta method,
// which agree to 17 digits). The first block is the drift of a real B2B fit (a = 7.4e7, b = 4.2e8),
// where the series would need tens of millions of terms.
const REFERENCE: [A: number, C: number, a: number, s: number, expected: number][] = [
  [0.876, 489922958.957, 73522959.957, 0.3, 0.25216097688759703],
  [0.876, 489922958.957, 73522959.957, 2.0, 1.36874133166833],
  [0.876, 489922958.957, 73522959.957, 25.0, 4.962239859552149],
  [7.876, 489922965.957, 73522959.957, 0.3, 1.9529423924404132],
  [7.876, 489922965.957, 73522959.957, 2.0, 5.820364898247586],
  [40.876, 489922998.957, 73522959.957, 25.0, 6.663537565776319],
  [0.876, 699999.0, 100000.0, 0.3, 0.2526521932304774],
  [7.876, 700006.0, 100000.0, 2.0, 6.032955571974636],
  [40.876, 700039.0, 100000.0, 25.0, 7.000460004600046],
  [0.876, 36999.0, 25000.0, 25.0, 1.3617288695637928],
  [7.876, 37006.0, 25000.0, 0.3, 1.1342443444919432],
  [40.876, 37039.0, 25000.0, 2.0, 1.4816192647705897],
  [0.876, 11999.0, 3000.0, 2.0, 1.1958621209449465],
  [7.876, 12006.0, 3000.0, 25.0, 4.003333766111466],
  [40.876, 12039.0, 3000.0, 0.3, 3.8031664592532612],
];

describe('concentratedBetaExpectation', () => {
  it.each(REFERENCE)('A=%d C=%d a=%d s=%d gives %d', (A, C, a, s, expected) => {
    expect(Math.abs(concentratedBetaExpectation(A, C, a, s) - expected) / expected).toBeLessThan(1e-11);
    // aliveExpectation takes this path for such parameters, and answers at once.
    expect(Math.abs(aliveExpectation(A, C, a, s) - expected) / expected).toBeLessThan(1e-11);
  });

  it('agrees with the series where both converge (a, b in the low thousands)', () => {
    // At a = 600, b = 900 the alternating series still converges in a few thousand terms.
    for (const [A, s] of [
      [1.3, 0.4],
      [12.3, 3],
      [55.3, 30],
    ] as const) {
      const C = 600 + 900 + (A - 1.3) - 1;
      const viaQuadrature = concentratedBetaExpectation(A, C, 600, s);
      const viaSeries = seriesValue(A, C, 600, s);
      expect(Math.abs(viaQuadrature - viaSeries) / viaSeries).toBeLessThan(1e-10);
    }
  });
});

/** C·[1 − ₂F₁(A, a − 1; C; −s)]/(a − 1) by the positive-term series of ₂F₁(A, B; C; s/(1+s)), in plain doubles. */
function seriesValue(A: number, C: number, a: number, s: number): number {
  const B = C - a + 1;
  const z = s / (1 + s);
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 1e7; k++) {
    term *= ((A + k) * (B + k) * z) / ((C + k) * (k + 1));
    sum += term;
    if (term < 1e-18 * sum && k > A + B * z) break;
  }
  const p = Math.exp(-A * Math.log1p(s) + Math.log(sum));
  return (C / (a - 1)) * (1 - p);
}
