import type { ClvFitData } from './clvFitData.ts';
import type { clvMessages } from './clvMessages.ts';
import type { BgNbdFit } from './fitBgNbd.ts';
import { type ClvModels, fitClvModels } from './fitClvModels.ts';
import type { GammaGammaFit } from './fitGammaGamma.ts';
import { groupRfm } from './groupRfm.ts';

/** Both fitted models, as kept between runs (plain numbers: they survive JSON exactly). */
export interface ClvFit {
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
}

/**
 * Where an app keeps fits between runs. Maximum-likelihood estimates depend on nothing but the
 * histories they are fitted on, so every job run on one version of the data can use one fit:
 * an app whose jobs each read the table afresh (a spreadsheet add-on) fits once, not per job.
 */
export interface ClvFitCache {
  get(fingerprint: string): ClvFit | null;
  set(fingerprint: string, fit: ClvFit): void;
}

/** Changes whenever the fitting changes, so that no fit made by other code is reused. */
const FIT_VERSION = 'bgnbd+gg/1';

/**
 * A fingerprint of what the fits depend on: each customer's (x, t_x, T, m_x), in any order (the
 * estimate does not depend on the order), as two independent 32-bit sums of per-customer hashes
 * and the count.
 */
export function clvFitFingerprint(data: ClvFitData): string {
  let a = 0;
  let b = 0;
  for (const c of data.histories) {
    const h = hashNumbers(c.frequency, c.recency, c.T, c.monetaryValue);
    a = (a + h) >>> 0;
    b = (b + Math.imul(h, 0x9e3779b1) + (h >>> 7)) >>> 0;
  }
  return `${FIT_VERSION}:${data.histories.length}:${a.toString(36)}:${b.toString(36)}`;
}

const scratch = new Float64Array(4);
const words = new Uint32Array(scratch.buffer);

/** FNV-1a over the bits of four doubles. */
function hashNumbers(x: number, tx: number, T: number, m: number): number {
  scratch[0] = x;
  scratch[1] = tx;
  scratch[2] = T;
  scratch[3] = m;
  let h = 0x811c9dc5;
  for (const w of words) {
    h ^= w;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** fitClvModels through a cache: a fit stored for the same fingerprint is used as it is. */
export function fitClvModelsCached(
  data: ClvFitData,
  text: ReturnType<typeof clvMessages>,
  cache: ClvFitCache | undefined,
): ClvModels | { error: string } {
  if (!cache) return fitClvModels(data, text);
  const fingerprint = clvFitFingerprint(data);
  const stored = cache.get(fingerprint);
  if (stored && finite(stored)) return { groups: groupRfm(data.histories), ...stored };
  const models = fitClvModels(data, text);
  if (!('error' in models)) cache.set(fingerprint, { bgnbd: models.bgnbd, gammaGamma: models.gammaGamma });
  return models;
}

function finite(fit: ClvFit): boolean {
  const { bgnbd: m, gammaGamma: g } = fit;
  return [m?.r, m?.alpha, m?.a, m?.b, g?.p, g?.q, g?.gamma].every(
    (v) => typeof v === 'number' && Number.isFinite(v),
  );
}
