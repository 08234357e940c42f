// When both BG/NBD dropout parameters are large the dropout probability p ~ Beta(a, B) is
// concentrated around its mean, and the series of aliveExpectation need about a·s/(1+s) terms to
// converge: millions per customer once a fit drifts towards a, b → ∞ (no visible dropout, as in a
// table of steady B2B accounts). The same expectation is then an integral over a narrow, nearly
// normal density, which a fixed Gauss–Legendre rule on mean ± 12 sd evaluates to about 1e-13.

/** Both Beta parameters at least this large: the density is unimodal and within ±12 sd of its mean. */
export const CONCENTRATED_BETA = 500;

const NODES = 64;
const SPAN = 12;
const { nodes, weights } = gaussLegendre(NODES);

/**
 * E_p[(1 − (1 + p s)^(−A)) / p] for p ~ Beta(a, B) with B = C − a + 1: the value aliveExpectation
 * computes, for a, B ≥ CONCENTRATED_BETA. The density is weighted relative to its value at the
 * mean and normalised by the same rule, so no Beta function (nor its overflow) is needed.
 */
export function concentratedBetaExpectation(A: number, C: number, a: number, s: number): number {
  const B = C - a + 1;
  const mean = a / (a + B);
  const sd = Math.sqrt((mean * (1 - mean)) / (a + B + 1));
  const from = Math.max(mean - SPAN * sd, Number.MIN_VALUE);
  const to = Math.min(mean + SPAN * sd, 1 - Number.EPSILON);
  const half = (to - from) / 2;
  const centre = (to + from) / 2;
  const logAtMean = (a - 1) * Math.log(mean) + (B - 1) * Math.log1p(-mean);
  let mass = 0;
  let total = 0;
  for (let i = 0; i < NODES; i++) {
    const p = centre + half * (nodes[i] as number);
    const density = Math.exp((a - 1) * Math.log(p) + (B - 1) * Math.log1p(-p) - logAtMean);
    const weight = (weights[i] as number) * density;
    mass += weight;
    total += (weight * -Math.expm1(-A * Math.log1p(p * s))) / p;
  }
  return total / mass;
}

/** Nodes and weights of the n-point Gauss–Legendre rule on [−1, 1] (Newton on P_n; Abramowitz & Stegun 25.4.29). */
function gaussLegendre(n: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      derivative = (n * (x * p1 - p0)) / (x * x - 1);
      const step = p1 / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    const weight = 2 / ((1 - x * x) * derivative * derivative);
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    weights[i] = weight;
    weights[n - 1 - i] = weight;
  }
  return { nodes, weights };
}
