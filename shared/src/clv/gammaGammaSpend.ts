import type { GammaGammaParams } from './clvTypes.ts';

/**
 * Population mean spend per transaction, E[Z] = pγ / (q − 1) (Fader, Hardie & Lee 2005,
 * "RFM and CLV"); null when q ≤ 1, where the mean does not exist.
 */
export function populationMeanSpend(params: GammaGammaParams): number | null {
  return params.q > 1 ? (params.p * params.gamma) / (params.q - 1) : null;
}

/**
 * E[Z | p, q, γ, x, m_x] = p(γ + x m_x) / (px + q − 1): the customer's expected average spend, a
 * weighted mean of the population mean and the customer's own mean repeat spend m_x (eq. 5).
 * For x = 0 it is the population mean. Returns null when it does not exist (px + q ≤ 1).
 */
export function conditionalExpectedAverageSpend(
  params: GammaGammaParams,
  frequency: number,
  monetaryValue: number,
): number | null {
  if (frequency === 0) return populationMeanSpend(params);
  const { p, q, gamma } = params;
  const denominator = p * frequency + q - 1;
  return denominator > 0 ? (p * (gamma + frequency * monetaryValue)) / denominator : null;
}
