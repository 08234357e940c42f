/** Time unit of the BG/NBD summary: recency, T and horizons are counted in days or weeks. */
export type TimeUnit = 'day' | 'week';

/** Length of one time unit in days. */
export const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7 };

/** Average month length in days (365.25 / 12), for monthly CLV steps and horizons in months. */
export const DAYS_PER_MONTH = 365.25 / 12;

/**
 * One customer's purchase history as the BG/NBD model sees it (Fader, Hardie & Lee 2005):
 * `frequency` x = repeat purchase occasions, `recency` t_x = time of the last repeat and `T` =
 * time from the first purchase to the end of the calibration period, all in one time unit.
 */
export interface RfmTriple {
  frequency: number;
  recency: number;
  T: number;
}

/** BG/NBD parameters: purchase rate λ ~ Gamma(r, α), dropout probability p ~ Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV"). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}
