import type { Config } from '../config/config.ts';
import type { IsoDate } from '../model/dates.ts';
import { toDayNumber } from '../model/dates.ts';
import type { Lifecycle } from '../model/keys.ts';
import type { PurchaseStats } from '../model/records.ts';
import { hasPurchase, lastPurchaseDay } from './recencyDays.ts';

/**
 * Lifecycle stage as of `today` (thresholds inclusive, defaults 30/90/180 days):
 * `prospect` without purchases; `new` when the first purchase is at most newMaxDays ago (however
 * many orders followed: the one definition of a new customer, which the report's new-customer
 * counts use too); `active` when the last purchase is at most activeMaxDays ago; `at-risk` up to
 * atRiskMaxDays; `churned` beyond.
 *
 * A buyer with an unknown last purchase date is `active` when even the first purchase is within
 * activeMaxDays (the last one cannot be older), else `at-risk`: not shown to be active, and not
 * declared churned on missing data.
 */
export function lifecycleFor(
  stats: PurchaseStats,
  today: IsoDate,
  thresholds: Config['lifecycle'],
): Lifecycle {
  if (!hasPurchase(stats)) return 'prospect';
  const todayDay = toDayNumber(today);
  const last = lastPurchaseDay(stats);
  return lifecycleForRecency(stats, last === null ? null : todayDay - last, todayDay, thresholds);
}

/** lifecycleFor with the recency already computed (scoreRfm's recencyDays), for hot loops. */
export function lifecycleForRecency(
  stats: PurchaseStats,
  recencyDays: number | null,
  todayDay: number,
  thresholds: Config['lifecycle'],
): Lifecycle {
  if (!hasPurchase(stats)) return 'prospect';
  if (recencyDays === null) {
    const first = stats.firstPurchase ? toDayNumber(stats.firstPurchase) : null;
    return first !== null && todayDay - first <= thresholds.activeMaxDays ? 'active' : 'at-risk';
  }
  if (recencyDays <= thresholds.newMaxDays && isNewCustomer(stats, todayDay, thresholds.newMaxDays)) {
    return 'new';
  }
  if (recencyDays <= thresholds.activeMaxDays) return 'active';
  if (recencyDays <= thresholds.atRiskMaxDays) return 'at-risk';
  return 'churned';
}

/** First purchase at most `newMaxDays` before today (a lone purchase is its own first one). */
function isNewCustomer(stats: PurchaseStats, todayDay: number, newMaxDays: number): boolean {
  const first = stats.firstPurchase ?? (stats.orderCount === 1 ? stats.lastPurchase : null);
  return first !== null && todayDay - toDayNumber(first) <= newMaxDays;
}
