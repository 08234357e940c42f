import type { FitLimit } from '../model/results.ts';
import type { BgNbdParams, GammaGammaParams } from './clvTypes.ts';

/*
 * The limiting cases a CLV fit can run into, where two parameters grow without bound while their
 * ratio stays put. The likelihood keeps rising along that ridge, so the optimiser stops before its
 * gradient vanishes, but the predictions have a limit and the fitted point is already at it:
 * - equal-dropout (BG/NBD a, b → ∞, a/(a+b) fixed): every customer has the same chance of
 *   dropping out after a purchase;
 * - equal-rate (BG/NBD r, α → ∞, r/α fixed): every active customer buys at the same rate;
 * - equal-spend (Gamma-Gamma q, γ → ∞, γ/q fixed): every customer's mean spend is the same.
 */

/** Parameters this large have left any scale the data can tell apart (the starts are near 1). */
const UNBOUNDED = 1e5;

export function bgNbdLimits(params: BgNbdParams): FitLimit[] {
  const limits: FitLimit[] = [];
  if (params.a > UNBOUNDED && params.b > UNBOUNDED) limits.push('equal-dropout');
  if (params.r > UNBOUNDED && params.alpha > UNBOUNDED) limits.push('equal-rate');
  return limits;
}

export function gammaGammaLimits(params: GammaGammaParams): FitLimit[] {
  return params.q > UNBOUNDED && params.gamma > UNBOUNDED ? ['equal-spend'] : [];
}
