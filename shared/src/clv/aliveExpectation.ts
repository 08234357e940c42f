// Expected purchases of a customer who is still alive, over a window of length t.
//
// The BG/NBD expectations (Fader, Hardie & Lee 2005, eq. 9 and 10) share the factor
//   (C / (a − 1)) · [1 − ((α+T)/(α+T+t))^A · ₂F₁(A, B; C; t/(α+T+t))]
// with A = r + x, B = b + x, C = a + b + x − 1 (eq. 9 is the case x = T = 0). Writing it naively
// loses every digit when a → 1 (0/0), overflows for huge x (₂F₁ with large parameters) and
// converges slowly when t ≫ α + T. With s = t / (α + T), Pfaff's transformation gives
//   ((α+T)/(α+T+t))^A · ₂F₁(A, B; C; s/(1+s)) = ₂F₁(A, a − 1; C; −s),
// whose series carries the factor (a − 1)_k = (a − 1)(a)_{k−1}: dividing it out analytically
// removes the 0/0 at a = 1. The value is E_p[(1 − (1 + p s)^(−A)) / p] with p ~ Beta(a, B),
// which is positive and grows at most like A·s.

import { CONCENTRATED_BETA, concentratedBetaExpectation } from './concentratedBetaExpectation.ts';

const WELL_CONDITIONED = 1e4;

const EPSILON = 1e-16;
const MAX_TERMS = 2_000_000;

/**
 * C · [1 − ₂F₁(A, a − 1; C; −s)] / (a − 1), for A > 0, a > 0, C + 1 > 0, s ≥ 0: the expected
 * number of purchases in a window of relative length s of a customer who is alive at its start.
 */
export function aliveExpectation(A: number, C: number, a: number, s: number): number {
  if (s === 0) return 0;
  if (a >= CONCENTRATED_BETA && C - a + 1 >= CONCENTRATED_BETA)
    return concentratedBetaExpectation(A, C, a, s);
  const smallS = smallWindowSeries(A, C, a, s);
  if (smallS !== null && smallS.maxTerm <= WELL_CONDITIONED * Math.abs(smallS.sum)) return smallS.sum;
  const eulerForm = largeWindowSeries(A, C, a, s);
  if (eulerForm.loss <= WELL_CONDITIONED) return eulerForm.value;
  const positive = positiveSeries(A, C, a, s);
  return positive.loss < eulerForm.loss ? positive.value : eulerForm.value;
}

/**
 * Σ_{k≥1} (−1)^{k+1} (A)_k (a)_{k−1} s^k / ((C+1)_{k−1} k!): the series of ₂F₁(A, a − 1; C; −s)
 * with (a − 1) and C divided out. Alternating; converges for s < 1 (used for s ≤ ½).
 */
function smallWindowSeries(
  A: number,
  C: number,
  a: number,
  s: number,
): { sum: number; maxTerm: number } | null {
  if (s > 0.5) return null;
  // Inlined rather than sumSeries(…, ratio): this loop runs for every customer and month of a CLV.
  let term = A * s;
  let sum = term;
  let maxTerm = Math.abs(term);
  for (let k = 1; k < MAX_TERMS; k++) {
    const ratio = (-(A + k) * (a + k - 1) * s) / ((C + k) * (k + 1));
    term *= ratio;
    sum += term;
    const size = Math.abs(term);
    if (size > maxTerm) maxTerm = size;
    const q = Math.abs(ratio);
    if ((q < 1 && size <= EPSILON * Math.abs(sum) * (1 - q)) || term === 0) break;
  }
  return { sum, maxTerm };
}

/**
 * Second Pfaff transformation: ₂F₁(A, a − 1; C; −s) = (1+s)^(1−a) ₂F₁(C − A, a − 1; C; z) with
 * z = s/(1+s) < 1, so
 *   value = C · (1 − (1+s)^(1−a)) / (a − 1) − (1+s)^(1−a) Σ_{k≥1} (C−A)_k (a)_{k−1} z^k / ((C+1)_{k−1} k!).
 * C − A = a + b − 1 − r does not grow with x, so the series stays short for frequent buyers.
 */
function largeWindowSeries(A: number, C: number, a: number, s: number): { value: number; loss: number } {
  const L = Math.log1p(s);
  const z = s / (1 + s);
  const c1 = C - A;
  const am1 = a - 1;
  // (1 − e^{−(a−1)L}) / (a − 1), continuous at a = 1 (where it is L).
  const head = Math.abs(am1 * L) < 1e-8 ? L * (1 - (am1 * L) / 2) : -Math.expm1(-am1 * L) / am1;
  const scale = Math.exp(-am1 * L);
  // Σ_{k≥1} (c1)_k (a)_{k−1} z^k / ((C+1)_{k−1} k!), inlined for speed (see smallWindowSeries).
  let term = c1 * z;
  let sum = term;
  let maxTerm = Math.abs(term);
  for (let k = 1; k < MAX_TERMS && term !== 0; k++) {
    const ratio = ((c1 + k) * (a + k - 1) * z) / ((C + k) * (k + 1));
    term *= ratio;
    sum += term;
    const size = Math.abs(term);
    if (size > maxTerm) maxTerm = size;
    const q = Math.abs(ratio);
    if (q < 1 && size <= EPSILON * Math.abs(sum) * (1 - q)) break;
  }
  const tail = { sum, maxTerm };
  const first = C * head;
  const second = scale * tail.sum;
  const value = first - second;
  const magnitude = Math.max(Math.abs(first), scale * tail.maxTerm);
  return { value, loss: value > 0 ? magnitude / value : Number.POSITIVE_INFINITY };
}

/**
 * The original form (C / (a − 1)) · [1 − (1+s)^(−A) ₂F₁(A, B; C; s/(1+s))] with B = C − a + 1:
 * all series terms are positive, so it has no cancellation inside the sum even when r ≫ a + b
 * (where the alternating forms cancel badly); terms are summed with a running scale so that large
 * parameters do not overflow. Near a = 1 it averages a ± δ to avoid the 0/0.
 */
function positiveSeries(A: number, C: number, a: number, s: number): { value: number; loss: number } {
  const delta = 1e-5;
  if (Math.abs(a - 1) < delta) {
    const low = positiveSeries(A, C - (a - (1 - delta)), 1 - delta, s);
    const high = positiveSeries(A, C + (1 + delta - a), 1 + delta, s);
    return { value: (low.value + high.value) / 2, loss: Math.max(low.loss, high.loss) };
  }
  const B = C - a + 1;
  const z = s / (1 + s);
  // Σ t_k with t_0 = 1, kept as sum · e^{logScale} so that huge terms do not overflow.
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    const q = ((A + k) * (B + k) * z) / ((C + k) * (k + 1));
    term *= q;
    sum += term;
    if (sum > 1e250) {
      term *= 1e-250;
      sum *= 1e-250;
      logScale += 250 * Math.LN10;
    }
    if (q < 1 && term <= 1e-17 * sum * (1 - q)) break;
  }
  const logP = -A * Math.log1p(s) + Math.log(sum) + logScale;
  const oneMinusP = -Math.expm1(logP);
  const value = (C / (a - 1)) * oneMinusP;
  const loss = oneMinusP === 0 ? Number.POSITIVE_INFINITY : 1 / Math.abs(oneMinusP);
  return { value, loss };
}
