import type { IsoDate } from '../model/dates.ts';
import { toDayNumber } from '../model/dates.ts';
import type { Score } from '../model/keys.ts';
import type { PurchaseStats } from '../model/records.ts';
import { scoreColumn } from './quintileScores.ts';
import { hasPurchase, lastPurchaseDay } from './recencyDays.ts';

export interface RfmScore {
  /** Days from the last purchase to today; null without purchases or when the date is unknown. */
  recencyDays: number | null;
  r: Score | null;
  f: Score | null;
  m: Score | null;
}

/**
 * R, F and M quintile scores as of `today` over the customers with at least one purchase.
 * R: fewer days since the last purchase is better; F: more purchases; M: more spend.
 * Customers without purchases get null for all three.
 *
 * A buyer whose last purchase date is unknown (and cannot be inferred, see lastPurchaseDay) gets
 * recencyDays = null and r = null, and takes no part in the R ranking. Scoring them R = 1 would claim
 * they are the least recent buyers and send them to win-back on invented data, and would push every
 * other buyer's R up. The missing date is reported by the parser / cleaning review; segmentFor,
 * assignGroups8 and lifecycleFor each state how they place such a buyer, so every customer still gets
 * exactly one segment.
 */
export function scoreRfm(stats: PurchaseStats[], today: IsoDate): RfmScore[] {
  const { recency, r, f, m } = scoreRfmColumns(stats, today);
  const n = stats.length;
  const out: RfmScore[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const days = recency[i] ?? Number.NaN;
    out[i] = {
      recencyDays: Number.isNaN(days) ? null : days,
      r: toScore(r[i]),
      f: toScore(f[i]),
      m: toScore(m[i]),
    };
  }
  return out;
}

/**
 * scoreRfm as columns, by customer: the recency in days (NaN for null) and each score (0 for
 * null). A million customers' scores are four arrays here, not a million objects to make and
 * collect.
 */
export interface RfmColumns {
  recency: Float64Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/** scoreRfm's scores as columns (see RfmColumns). */
export function scoreRfmColumns(stats: PurchaseStats[], today: IsoDate): RfmColumns {
  const todayDay = toDayNumber(today);
  const n = stats.length;
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = stats[i];
    if (!s || !hasPurchase(s)) {
      recency[i] = frequency[i] = monetary[i] = Number.NaN;
      continue;
    }
    const last = lastPurchaseDay(s);
    recency[i] = last === null ? Number.NaN : todayDay - last;
    frequency[i] = s.orderCount;
    // A buyer's spend that is not a number counts as nothing spent, so F and M stay non-null together.
    monetary[i] = Number.isFinite(s.totalSpend) ? s.totalSpend : 0;
  }
  return {
    recency,
    r: scoreColumn(recency, false),
    f: scoreColumn(frequency, true),
    m: scoreColumn(monetary, true),
  };
}

/** A score of RfmColumns as scoreRfm gives it: null for 0. */
export function toScore(value: number | undefined): Score | null {
  return value === undefined || value === 0 ? null : (value as Score);
}
