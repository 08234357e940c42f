import type { ClvFitData } from './clvFitData.ts';
import type { clvMessages } from './clvMessages.ts';
import { type BgNbdFit, fitBgNbd } from './fitBgNbd.ts';
import { fitGammaGamma, type GammaGammaFit } from './fitGammaGamma.ts';
import { groupRfm, type RfmGroups } from './groupRfm.ts';

/** Both fitted models, and the (x, t_x, T) groups BG/NBD was fitted on. */
export interface ClvModels {
  groups: RfmGroups;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
}

/**
 * Fits BG/NBD on every customer and Gamma-Gamma on the positive-spend repeat customers. A fit
 * that throws or ends on a non-finite estimate is reported as an error rather than passed on:
 * every prediction downstream would be NaN.
 */
export function fitClvModels(
  data: ClvFitData,
  text: ReturnType<typeof clvMessages>,
): ClvModels | { error: string } {
  let models: ClvModels;
  try {
    const groups = groupRfm(data.histories);
    models = { groups, bgnbd: fitBgNbd(groups), gammaGamma: fitGammaGamma(data.spenders) };
  } catch (error) {
    return {
      error: text.fitFailed('BG/NBD + Gamma-Gamma', error instanceof Error ? error.message : String(error)),
    };
  }
  const { bgnbd, gammaGamma } = models;
  if (![bgnbd.r, bgnbd.alpha, bgnbd.a, bgnbd.b, bgnbd.logLikelihood].every(Number.isFinite)) {
    return { error: text.fitFailed('BG/NBD', 'non-finite estimate') };
  }
  if (![gammaGamma.p, gammaGamma.q, gammaGamma.gamma, gammaGamma.logLikelihood].every(Number.isFinite)) {
    return { error: text.fitFailed('Gamma-Gamma', 'non-finite estimate') };
  }
  return models;
}
