import type { GammaGammaParams } from './clvTypes.ts';
import { digamma, logGamma } from './gammaFunctions.ts';
import type { Objective } from './minimizeBfgs.ts';

const LOG_BOUND = 30;

/** Repeat customers for the spend model: x repeat occasions with mean value m > 0 each. */
export interface SpendData {
  frequency: Float64Array;
  meanSpend: Float64Array;
  /** Indexes into distinctX, so that gamma terms are computed once per distinct x. */
  xIndex: Int32Array;
  distinctX: Float64Array;
  /** ln m + ln x per customer, fixed across evaluations. */
  logM: Float64Array;
  logX: Float64Array;
}

export function spendData(customers: readonly { frequency: number; monetaryValue: number }[]): SpendData {
  const n = customers.length;
  const frequency = new Float64Array(n);
  const meanSpend = new Float64Array(n);
  const xIndex = new Int32Array(n);
  const logM = new Float64Array(n);
  const logX = new Float64Array(n);
  const xOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const { frequency: x, monetaryValue: m } = customers[i] as { frequency: number; monetaryValue: number };
    if (!(x > 0 && m > 0 && Number.isFinite(x * m))) {
      throw new RangeError(
        `customer ${i}: the spend model needs x > 0 and a positive mean spend, got (${x}, ${m})`,
      );
    }
    frequency[i] = x;
    meanSpend[i] = m;
    logM[i] = Math.log(m);
    logX[i] = Math.log(x);
    let k = xOf.get(x);
    if (k === undefined) {
      k = xOf.size;
      xOf.set(x, k);
    }
    xIndex[i] = k;
  }
  return { frequency, meanSpend, xIndex, distinctX: Float64Array.from(xOf.keys()), logM, logX };
}

/**
 * Gamma-Gamma log-likelihood of the mean repeat spends (Fader, Hardie & Lee 2005, "RFM and CLV",
 * eq. 1 integrated over ν): with z̄ the mean of x spends,
 *   ln f = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄).
 * Returns the total; `gradient` receives derivatives with respect to (ln p, ln q, ln γ).
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  data: SpendData,
  gradient?: Float64Array,
): number {
  const { p, q, gamma } = params;
  const nx = data.distinctX.length;
  const lgX = new Float64Array(nx);
  const psiSum = new Float64Array(nx);
  const psiPx = new Float64Array(nx);
  for (let k = 0; k < nx; k++) {
    const px = p * (data.distinctX[k] as number);
    lgX[k] = logGamma(px + q) - logGamma(px);
    if (gradient) {
      psiSum[k] = digamma(px + q);
      psiPx[k] = digamma(px);
    }
  }
  const lgQ = logGamma(q);
  const psiQ = gradient ? digamma(q) : 0;
  const sums = customerSums(params, data, { lgX, psiSum, psiPx, lgQ, psiQ }, gradient !== undefined);
  if (gradient) {
    gradient[0] = (sums[1] as number) * p;
    gradient[1] = (sums[2] as number) * q;
    gradient[2] = (sums[3] as number) * gamma;
  }
  return sums[0] as number;
}

const sumsOut = new Float64Array(4);

/**
 * The sum over the customers of the log-likelihood and, when `withGradient`, of its derivatives
 * with respect to (p, q, γ): [total, ∂p, ∂q, ∂γ], in a buffer reused by the next call. Apart from
 * gammaGammaLogLikelihood so that V8 optimises this loop on its own (see groupSums in
 * bgNbdLikelihood.ts).
 */
function customerSums(
  params: GammaGammaParams,
  data: SpendData,
  terms: { lgX: Float64Array; psiSum: Float64Array; psiPx: Float64Array; lgQ: number; psiQ: number },
  withGradient: boolean,
): Float64Array {
  const { p, q, gamma } = params;
  const { lgX, psiSum, psiPx, lgQ, psiQ } = terms;
  const { xIndex, frequency, logM, logX, meanSpend } = data;
  const lnGamma = Math.log(gamma);
  let total = 0;
  let gP = 0;
  let gQ = 0;
  let gG = 0;
  const n = frequency.length;
  for (let i = 0; i < n; i++) {
    const k = xIndex[i] as number;
    const x = frequency[i] as number;
    const px = p * x;
    const lnM = logM[i] as number;
    const lnX = logX[i] as number;
    const denominator = gamma + (meanSpend[i] as number) * x;
    const lnDen = Math.log(denominator);
    total += (lgX[k] as number) - lgQ + q * lnGamma + (px - 1) * lnM + px * lnX - (px + q) * lnDen;
    if (withGradient) {
      gP += x * ((psiSum[k] as number) - (psiPx[k] as number) + lnM + lnX - lnDen);
      gQ += (psiSum[k] as number) - psiQ + lnGamma - lnDen;
      gG += q / gamma - (px + q) / denominator;
    }
  }
  sumsOut[0] = total;
  sumsOut[1] = gP;
  sumsOut[2] = gQ;
  sumsOut[3] = gG;
  return sumsOut;
}

export function gammaGammaParamsFromLog(theta: ArrayLike<number>): GammaGammaParams {
  return {
    p: Math.exp(theta[0] as number),
    q: Math.exp(theta[1] as number),
    gamma: Math.exp(theta[2] as number),
  };
}

/** Negative mean log-likelihood over (ln p, ln q, ln γ). */
export function gammaGammaObjective(data: SpendData): Objective {
  const scale = 1 / data.frequency.length;
  return (theta, gradient) => {
    for (let i = 0; i < 3; i++) if (Math.abs(theta[i] as number) > LOG_BOUND) return Number.POSITIVE_INFINITY;
    const value = gammaGammaLogLikelihood(gammaGammaParamsFromLog(theta), data, gradient);
    for (let i = 0; i < 3; i++) gradient[i] = -(gradient[i] as number) * scale;
    return -value * scale;
  };
}
