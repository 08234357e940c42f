import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../model/dates.ts';
import type { PurchaseStats } from '../model/records.ts';
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
    source: 'orders',
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

describe('scoreRfm', () => {
  it('scores recency, frequency and spend over the buyers', () => {
    const stats = [
      buyer(3, 12, 18_800),
      buyer(400, 1, 99),
      PROSPECT,
      buyer(45, 3, 2_560.5),
      buyer(120, 2, 880),
      buyer(10, 6, 5_200),
    ];
    expect(scoreRfm(stats, TODAY)).toEqual([
      { recencyDays: 3, r: 5, f: 5, m: 5 },
      { recencyDays: 400, r: 1, f: 1, m: 1 },
      { recencyDays: null, r: null, f: null, m: null },
      { recencyDays: 45, r: 3, f: 3, m: 3 },
      { recencyDays: 120, r: 2, f: 2, m: 2 },
      { recencyDays: 10, r: 4, f: 4, m: 4 },
    ]);
  });

  it('gives a lone buyer 5 on every dimension', () => {
    expect(scoreRfm([PROSPECT, buyer(200, 1, 50)], TODAY)).toEqual([
      { recencyDays: null, r: null, f: null, m: null },
      { recencyDays: 200, r: 5, f: 5, m: 5 },
    ]);
  });

  it('leaves R null for a buyer with no last purchase date, without shifting the others', () => {
    const result = scoreRfm([buyer(5, 2, 300), buyer(null, 4, 900), buyer(50, 1, 100)], TODAY);
    expect(result.map((s) => s.r)).toEqual([5, null, 3]);
    expect(result[1]).toEqual({ recencyDays: null, r: null, f: 5, m: 5 });
  });

  it('uses the first purchase date of a one-time buyer whose last purchase date is missing', () => {
    const oneTime: PurchaseStats = { ...buyer(null, 1, 199), firstPurchase: addDays(TODAY, -20) };
    expect(scoreRfm([oneTime], TODAY)[0]?.recencyDays).toBe(20);
  });

  it('gives every one-time buyer F = 1 when most buyers bought once', () => {
    const stats = [buyer(1, 1, 10), buyer(2, 1, 20), buyer(3, 1, 30), buyer(4, 1, 40), buyer(5, 3, 50)];
    expect(scoreRfm(stats, TODAY).map((s) => s.f)).toEqual([1, 1, 1, 1, 5]);
  });

  const stats = fc.array(
    fc.oneof(
      fc.record({
        firstPurchase: fc.constant(null),
        lastPurchase: fc.integer({ min: 0, max: 2_000 }).map((d) => addDays(TODAY, -d)),
        orderCount: fc.integer({ min: 1, max: 40 }),
        totalSpend: fc.integer({ min: 0, max: 200_000 }),
        refunds: fc.constant(0),
        refundTotal: fc.constant(0),
        source: fc.constant('orders' as const),
      }),
      fc.constant(PROSPECT),
    ),
    { minLength: 1, maxLength: 40 },
  );

  it('scores are integers 1–5, null exactly for customers without purchases', () => {
    fc.assert(
      fc.property(stats, (list) => {
        scoreRfm(list, TODAY).forEach((score, i) => {
          const buys = (list[i]?.orderCount ?? 0) > 0;
          for (const value of [score.r, score.f, score.m]) {
            if (buys) expect([1, 2, 3, 4, 5]).toContain(value);
            else expect(value).toBeNull();
          }
        });
      }),
    );
  });

  // Change one buyer, score again, and check its own score did not drop.
  function neverLowers(
    change: (s: PurchaseStats, amount: number) => PurchaseStats,
    pickScore: (s: ReturnType<typeof scoreRfm>[number]) => number | null,
  ) {
    fc.assert(
      fc.property(stats, fc.nat(), fc.integer({ min: 1, max: 500 }), (list, pick, amount) => {
        const buyers = list.flatMap((s, i) => (s.orderCount > 0 ? [i] : []));
        fc.pre(buyers.length > 0);
        const i = buyers[pick % buyers.length] ?? 0;
        const changed = list.slice();
        changed[i] = change(list[i] as PurchaseStats, amount);
        const before = pickScore(scoreRfm(list, TODAY)[i] as ReturnType<typeof scoreRfm>[number]) ?? 0;
        const after = pickScore(scoreRfm(changed, TODAY)[i] as ReturnType<typeof scoreRfm>[number]) ?? 0;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  }

  it('a more recent purchase never lowers R', () => {
    neverLowers(
      (s, days) => ({ ...s, lastPurchase: addDays(s.lastPurchase ?? TODAY, days) }),
      (s) => s.r,
    );
  });

  it('more purchases never lower F', () => {
    neverLowers(
      (s, extra) => ({ ...s, orderCount: s.orderCount + extra }),
      (s) => s.f,
    );
  });

  it('more spend never lowers M', () => {
    neverLowers(
      (s, extra) => ({ ...s, totalSpend: s.totalSpend + extra * 10 }),
      (s) => s.m,
    );
  });
});
