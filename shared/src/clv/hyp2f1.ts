// The Gaussian hypergeometric function ₂F₁, needed by the BG/NBD expectations (Fader, Hardie &
// Lee 2005, eq. 9 and 10). Real arguments only; z < 1.

const EPSILON = 1e-16;
const MAX_TERMS = 2_000_000;

/**
 * Sum of the power series Σ_{k≥0} t_k with t_0 = `first` and t_{k+1} = t_k · ratio(k).
 * Stops when the remainder bound |t_k| / (1 − |ratio|) falls below machine precision of the sum.
 * Returns the sum and the largest |term| (to judge cancellation in alternating series).
 */
export function sumSeries(first: number, ratio: (k: number) => number): { sum: number; maxTerm: number } {
  let term = first;
  let sum = first;
  let maxTerm = Math.abs(first);
  for (let k = 0; k < MAX_TERMS; k++) {
    const q = ratio(k);
    term *= q;
    if (term === 0) break;
    sum += term;
    const size = Math.abs(term);
    if (size > maxTerm) maxTerm = size;
    const next = Math.abs(q);
    // With a ratio below one from here on, the remainder is at most |t| / (1 − |q|).
    if (next < 1 && size <= EPSILON * Math.abs(sum) * (1 - next)) break;
    if (!Number.isFinite(sum)) break;
  }
  return { sum, maxTerm };
}

/**
 * ₂F₁(a, b; c; z) for real z < 1 (c not a non-positive integer). Uses the power series for
 * |z| ≤ ½ and for 0 ≤ z < 1, and Pfaff's transformation ₂F₁(a, b; c; z) =
 * (1 − z)^(−a) ₂F₁(a, c − b; c; z / (z − 1)) for z < −½, which maps z into (⅓, 1).
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1)) return Number.NaN;
  if (z < -0.5) {
    const w = z / (z - 1);
    return (1 - z) ** -a * hyp2f1(a, c - b, c, w);
  }
  if (z === 0) return 1;
  return sumSeries(1, (k) => ((a + k) * (b + k) * z) / ((c + k) * (k + 1))).sum;
}
