import type { BgNbdParams } from './clvTypes.ts';
import { digamma, logGamma } from './gammaFunctions.ts';
import type { RfmGroups } from './groupRfm.ts';
import type { Objective } from './minimizeBfgs.ts';

/** Log-parameters beyond ±LOG_BOUND (factors of e^30) mean the fit is running off to a boundary. */
const LOG_BOUND = 30;

/**
 * The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), per distinct (x, t_x, T):
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *        + ln[ (α+T)^{−(r+x)} + δ_{x>0} · a/(b+x−1) · (α+t_x)^{−(r+x)} ],
 * the last term by log-sum-exp so that huge x or tiny T cannot overflow or underflow.
 * Returns the weighted total and, when `gradient` is given, its partial derivatives with respect
 * to (ln r, ln α, ln a, ln b).
 */
export function bgNbdLogLikelihood(params: BgNbdParams, groups: RfmGroups, gradient?: Float64Array): number {
  const { r, alpha, a, b } = params;
  const lnAlpha = Math.log(alpha);

  // Terms that depend on x only.
  const nx = groups.distinctX.length;
  const lgX = new Float64Array(nx);
  const lnB1 = new Float64Array(nx);
  const dR = new Float64Array(nx);
  const dA = new Float64Array(nx);
  const dB = new Float64Array(nx);
  const lgR = logGamma(r);
  const lgB = logGamma(b);
  const lgAB = logGamma(a + b);
  const psiR = digamma(r);
  const psiB = digamma(b);
  const psiAB = digamma(a + b);
  for (let k = 0; k < nx; k++) {
    const x = groups.distinctX[k] as number;
    if (x === 0) {
      lgX[k] = r * lnAlpha;
      dR[k] = lnAlpha;
      continue;
    }
    lgX[k] = logGamma(r + x) - lgR + r * lnAlpha + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x);
    lnB1[k] = Math.log(b + x - 1);
    if (gradient) {
      const psiABX = digamma(a + b + x);
      dR[k] = digamma(r + x) - psiR + lnAlpha;
      dA[k] = psiAB - psiABX;
      dB[k] = psiAB + digamma(b + x) - psiB - psiABX;
    }
  }
  // Terms that depend on T or t_x only.
  const lnT = logPlus(alpha, groups.distinctT);
  const lnRecency = logPlus(alpha, groups.distinctRecency);
  const sums = groupSums(params, groups, { lgX, lnB1, dR, dA, dB, lnT, lnRecency }, gradient !== undefined);
  if (gradient) {
    gradient[0] = (sums[1] as number) * r;
    gradient[1] = (sums[2] as number) * alpha;
    gradient[2] = (sums[3] as number) * a;
    gradient[3] = (sums[4] as number) * b;
  }
  return sums[0] as number;
}

/** The per-x, per-T and per-t_x terms of one evaluation (see bgNbdLogLikelihood). */
interface SharedTerms {
  lgX: Float64Array;
  lnB1: Float64Array;
  dR: Float64Array;
  dA: Float64Array;
  dB: Float64Array;
  lnT: Float64Array;
  lnRecency: Float64Array;
}

const sumsOut = new Float64Array(5);

/**
 * The weighted sum over the groups of the log-likelihood and, when `withGradient`, of its
 * derivatives with respect to (r, α, a, b): [total, ∂r, ∂α, ∂a, ∂b], in a buffer reused by the
 * next call. Apart from bgNbdLogLikelihood so that V8 optimises this loop, where a fit spends its
 * time, on its own: in one function with the gamma terms before it and the gradient after it, the
 * code optimised during the first call (before the lines after the loop had ever run) bailed out
 * at each later call, dozens of times in a `crm clv` on the CDNOW master file.
 */
function groupSums(
  params: BgNbdParams,
  groups: RfmGroups,
  terms: SharedTerms,
  withGradient: boolean,
): Float64Array {
  const { r, alpha, a, b } = params;
  const lnA = Math.log(a);
  const { lgX, lnB1, dR, dA, dB, lnT, lnRecency } = terms;
  const { weight, xIndex, TIndex, recencyIndex, distinctX, distinctT, distinctRecency } = groups;
  let total = 0;
  let gR = 0;
  let gAlpha = 0;
  let gA = 0;
  let gB = 0;
  for (let i = 0; i < groups.size; i++) {
    const k = xIndex[i] as number;
    const j = TIndex[i] as number;
    const w = weight[i] as number;
    const x = distinctX[k] as number;
    const rx = r + x;
    const u = -rx * (lnT[j] as number);
    let lse = u;
    let share = 0; // weight of the "died after the last purchase" term in the sum
    let lnRec = 0;
    if (x > 0) {
      lnRec = lnRecency[recencyIndex[i] as number] as number;
      const v = lnA - (lnB1[k] as number) - rx * lnRec;
      if (v > u) {
        const e = Math.exp(u - v);
        lse = v + Math.log1p(e);
        share = 1 / (1 + e);
      } else {
        const e = Math.exp(v - u);
        lse = u + Math.log1p(e);
        share = e / (1 + e);
      }
    }
    total += w * ((lgX[k] as number) + lse);
    if (withGradient) {
      const stay = 1 - share;
      const T = distinctT[j] as number;
      gR += w * ((dR[k] as number) - stay * (lnT[j] as number) - share * lnRec);
      const recency = x > 0 ? (distinctRecency[recencyIndex[i] as number] as number) : 0;
      gAlpha += w * (r / alpha - rx * (stay / (alpha + T) + share / (alpha + recency)));
      if (x > 0) {
        gA += w * ((dA[k] as number) + share / a);
        gB += w * ((dB[k] as number) - share / (b + x - 1));
      }
    }
  }
  sumsOut[0] = total;
  sumsOut[1] = gR;
  sumsOut[2] = gAlpha;
  sumsOut[3] = gA;
  sumsOut[4] = gB;
  return sumsOut;
}

function logPlus(alpha: number, values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.log(alpha + (values[i] as number));
  return out;
}

/** BG/NBD parameters from log-parameters (ln r, ln α, ln a, ln b). */
export function bgNbdParamsFromLog(theta: ArrayLike<number>): BgNbdParams {
  return {
    r: Math.exp(theta[0] as number),
    alpha: Math.exp(theta[1] as number),
    a: Math.exp(theta[2] as number),
    b: Math.exp(theta[3] as number),
  };
}

/** Negative mean log-likelihood over log-parameters, the quantity the fit minimises. */
export function bgNbdObjective(groups: RfmGroups): Objective {
  const scale = 1 / groups.totalWeight;
  return (theta, gradient) => {
    for (let i = 0; i < 4; i++) if (Math.abs(theta[i] as number) > LOG_BOUND) return Number.POSITIVE_INFINITY;
    const value = bgNbdLogLikelihood(bgNbdParamsFromLog(theta), groups, gradient);
    for (let i = 0; i < 4; i++) gradient[i] = -(gradient[i] as number) * scale;
    return -value * scale;
  };
}
