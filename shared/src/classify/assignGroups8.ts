import type { Group8 } from '../model/keys.ts';
import type { PurchaseStats } from '../model/records.ts';
import { hasPurchase } from './recencyDays.ts';

// Indexed by (R high ? 4 : 0) + (F high ? 2 : 0) + (M high ? 1 : 0).
const GROUPS: readonly Group8[] = [
  'general-winback', //        R低 F低 M低
  'important-winback', //      R低 F低 M高
  'general-retention', //      R低 F高 M低
  'important-retention', //    R低 F高 M高
  'general-development', //    R高 F低 M低
  'important-development', //  R高 F低 M高
  'general-value', //          R高 F高 M低
  'important-value', //        R高 F高 M高
];

/**
 * 客户价值 RFM 八分类: R, F and M each high or low against the mean over the customers with
 * purchases. R is high when recencyDays is below the mean recency; F and M are high when above their
 * means (a value equal to the mean is low). Customers without purchases get null.
 *
 * A buyer whose recency is unknown is left out of the mean recency and counts as R low: "high" has to
 * be shown by a date.
 */
export function assignGroups8(
  rfm: { recencyDays: number | null }[],
  stats: PurchaseStats[],
): (Group8 | null)[] {
  const recency = new Float64Array(stats.length);
  for (let i = 0; i < stats.length; i++) recency[i] = rfm[i]?.recencyDays ?? Number.NaN;
  return assignGroups8ByRecency(recency, stats);
}

/** assignGroups8 with the recency as a column (RfmColumns' recency: NaN where unknown). */
export function assignGroups8ByRecency(recency: Float64Array, stats: PurchaseStats[]): (Group8 | null)[] {
  const n = stats.length;
  let recencySum = 0;
  let recencyCount = 0;
  let frequencySum = 0;
  let monetarySum = 0;
  let buyers = 0;
  for (let i = 0; i < n; i++) {
    const s = stats[i];
    if (!s || !hasPurchase(s)) continue;
    buyers++;
    frequencySum += s.orderCount;
    monetarySum += spendOf(s);
    const days = recency[i] as number;
    if (!Number.isNaN(days)) {
      recencySum += days;
      recencyCount++;
    }
  }
  const meanRecency = recencyCount > 0 ? recencySum / recencyCount : 0;
  const meanFrequency = buyers > 0 ? frequencySum / buyers : 0;
  const meanMonetary = buyers > 0 ? monetarySum / buyers : 0;

  const out: (Group8 | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = stats[i];
    if (!s || !hasPurchase(s)) {
      out[i] = null;
      continue;
    }
    // NaN (unknown) is never below the mean: R low.
    const rHigh = (recency[i] as number) < meanRecency;
    const fHigh = s.orderCount > meanFrequency;
    const mHigh = spendOf(s) > meanMonetary;
    out[i] = GROUPS[(rHigh ? 4 : 0) + (fHigh ? 2 : 0) + (mHigh ? 1 : 0)] ?? 'general-winback';
  }
  return out;
}

function spendOf(stats: PurchaseStats): number {
  return Number.isFinite(stats.totalSpend) ? stats.totalSpend : 0;
}
