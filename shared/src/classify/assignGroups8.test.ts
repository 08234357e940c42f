import { describe, expect, it } from 'vitest';
import { addDays } from '../model/dates.ts';
import type { Group8 } from '../model/keys.ts';
import type { PurchaseStats } from '../model/records.ts';
import { assignGroups8 } from './assignGroups8.ts';
import { scoreRfm } from './scoreRfm.ts';

const TODAY = '2026-03-15';

function buyer(daysAgo: number | null, orderCount: number, totalSpend: number): PurchaseStats {
  return {
    firstPurchase: null,
    lastPurchase: daysAgo === null ? null : addDays(TODAY, -daysAgo),
    orderCount,
    totalSpend,
    refunds: 0,
    refundTotal: 0,
    source: 'summary',
  };
}

const PROSPECT: PurchaseStats = {
  firstPurchase: null,
  lastPurchase: null,
  orderCount: 0,
  totalSpend: 0,
  refunds: 0,
  refundTotal: 0,
  source: 'summary',
};

function groups(stats: PurchaseStats[]): (Group8 | null)[] {
  return assignGroups8(scoreRfm(stats, TODAY), stats);
}

// One customer per class; means: recency 55 days, 3 orders, ¥5,500 spend.
// (R high = fewer days than the mean; F and M high = above the mean.)
const GOLDEN: [daysAgo: number, orders: number, spend: number, group: Group8][] = [
  [10, 5, 10_000, 'important-value'], //        R高 F高 M高 重要价值客户
  [10, 1, 10_000, 'important-development'], //  R高 F低 M高 重要发展客户
  [100, 5, 10_000, 'important-retention'], //   R低 F高 M高 重要保持客户
  [100, 1, 10_000, 'important-winback'], //     R低 F低 M高 重要挽留客户
  [10, 5, 1_000, 'general-value'], //           R高 F高 M低 一般价值客户
  [10, 1, 1_000, 'general-development'], //     R高 F低 M低 一般发展客户
  [100, 5, 1_000, 'general-retention'], //      R低 F高 M低 一般保持客户
  [100, 1, 1_000, 'general-winback'], //        R低 F低 M低 一般挽留客户
];

describe('assignGroups8', () => {
  const stats = GOLDEN.map(([days, orders, spend]) => buyer(days, orders, spend));
  const result = groups(stats);

  it.each(GOLDEN.map((row, i) => [...row, i] as const))(
    '%i days, %i orders, ¥%i is %s',
    (_days, _orders, _spend, group, i) => {
      expect(result[i]).toBe(group);
    },
  );

  it('gives null to customers without purchases and leaves them out of the means', () => {
    const withProspects = [PROSPECT, ...stats, PROSPECT, PROSPECT];
    expect(groups(withProspects)).toEqual([null, ...result, null, null]);
  });

  it('counts a value equal to the mean as low', () => {
    expect(groups([buyer(30, 2, 500), buyer(30, 2, 500)])).toEqual(['general-winback', 'general-winback']);
  });

  it('counts an unknown recency as R low and leaves it out of the mean recency', () => {
    // Mean recency over known dates is 55: the 10-day buyer stays R high.
    const result = groups([buyer(10, 5, 10_000), buyer(100, 1, 1_000), buyer(null, 5, 10_000)]);
    expect(result).toEqual(['important-value', 'general-winback', 'important-retention']);
  });
});
