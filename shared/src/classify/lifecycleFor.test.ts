import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { addDays } from '../model/dates.ts';
import type { Lifecycle } from '../model/keys.ts';
import type { PurchaseStats } from '../model/records.ts';
import { lifecycleFor } from './lifecycleFor.ts';

const TODAY = '2026-03-15';
const thresholds = resolveConfig().lifecycle;

function bought(
  orderCount: number,
  daysAgo: number | null,
  firstDaysAgo: number | null = null,
): PurchaseStats {
  return {
    firstPurchase: firstDaysAgo === null ? null : addDays(TODAY, -firstDaysAgo),
    lastPurchase: daysAgo === null ? null : addDays(TODAY, -daysAgo),
    orderCount,
    totalSpend: orderCount * 199,
    refunds: 0,
    refundTotal: 0,
    source: 'summary',
  };
}

describe('lifecycleFor', () => {
  it.each<[string, PurchaseStats, Lifecycle]>([
    ['no purchase: prospect', bought(0, null), 'prospect'],
    ['one purchase today: new', bought(1, 0), 'new'],
    ['one purchase 30 days ago: new', bought(1, 30), 'new'],
    ['one purchase 31 days ago: active', bought(1, 31), 'active'],
    ['two purchases, last 10 days ago, first unknown: active, not new', bought(2, 10), 'active'],
    ['two purchases, first 20 days ago: new (first purchase decides)', bought(2, 3, 20), 'new'],
    ['two purchases, first 31 days ago, last 3 days ago: active', bought(2, 3, 31), 'active'],
    ['last purchase 90 days ago: active', bought(4, 90), 'active'],
    ['last purchase 91 days ago: at-risk', bought(4, 91), 'at-risk'],
    ['last purchase 180 days ago: at-risk', bought(4, 180), 'at-risk'],
    ['last purchase 181 days ago: churned', bought(4, 181), 'churned'],
    ['one purchase 400 days ago: churned', bought(1, 400), 'churned'],
    ['one purchase known only by its first date, 12 days ago: new', bought(1, null, 12), 'new'],
    ['unknown last purchase, first purchase 60 days ago: active', bought(3, null, 60), 'active'],
    ['unknown last purchase, first purchase 200 days ago: at-risk', bought(3, null, 200), 'at-risk'],
    ['no dates at all: at-risk, not churned on missing data', bought(3, null), 'at-risk'],
  ])('%s', (_, stats, expected) => {
    expect(lifecycleFor(stats, TODAY, thresholds)).toBe(expected);
  });

  it('follows configured thresholds', () => {
    const custom = { newMaxDays: 7, activeMaxDays: 30, atRiskMaxDays: 60 };
    expect(lifecycleFor(bought(1, 8), TODAY, custom)).toBe('active');
    expect(lifecycleFor(bought(2, 31), TODAY, custom)).toBe('at-risk');
    expect(lifecycleFor(bought(2, 61), TODAY, custom)).toBe('churned');
  });

  it('counts days across a month end and a leap day', () => {
    const stats: PurchaseStats = {
      firstPurchase: '2023-12-01',
      lastPurchase: '2024-01-30',
      orderCount: 3,
      totalSpend: 900,
      refunds: 0,
      refundTotal: 0,
      source: 'orders',
    };
    // 2024-01-30 → 2024-04-29 is 90 days (2024 is a leap year), → 04-30 is 91.
    expect(lifecycleFor(stats, '2024-04-29', thresholds)).toBe('active');
    expect(lifecycleFor(stats, '2024-04-30', thresholds)).toBe('at-risk');
  });
});
