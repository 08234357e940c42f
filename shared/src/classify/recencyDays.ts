import { toDayNumber } from '../model/dates.ts';
import type { PurchaseStats } from '../model/records.ts';

/** True when the customer has bought at least once; RFM ranks only these customers (orderCount > 0). */
export function hasPurchase(stats: PurchaseStats): boolean {
  return stats.orderCount > 0;
}

/**
 * Day number of the last purchase, or null when it is unknown.
 *
 * With exactly one purchase the first purchase *is* the last one, so a filled-in first purchase date
 * stands in for a missing last purchase date; that is a fact, not a guess. Otherwise we do not invent a
 * date (see scoreRfm for what an unknown recency means downstream).
 */
export function lastPurchaseDay(stats: PurchaseStats): number | null {
  if (!hasPurchase(stats)) return null;
  if (stats.lastPurchase) return toDayNumber(stats.lastPurchase);
  if (stats.orderCount === 1 && stats.firstPurchase) return toDayNumber(stats.firstPurchase);
  return null;
}
