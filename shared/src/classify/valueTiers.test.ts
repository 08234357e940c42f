import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { ValueTier } from '../model/keys.ts';
import { valueTiers } from './valueTiers.ts';

const thresholds = resolveConfig().valueTier;
const RANK: Record<ValueTier, number> = { high: 2, medium: 1, low: 0 };

describe('valueTiers', () => {
  it.each<[string, number[], ValueTier[]]>([
    ['the customer after exactly 80 % of revenue is medium', [40, 40, 20], ['high', 'high', 'medium']],
    ['just under 80 % before keeps a customer high', [79, 11, 10], ['high', 'high', 'medium']],
    ['the customer after exactly 95 % of revenue is low', [80, 15, 5], ['high', 'medium', 'low']],
    ['input order does not matter', [5, 80, 15], ['low', 'high', 'medium']],
    ['one dominant spender leaves the rest low', [1000, 1, 1], ['high', 'low', 'low']],
    ['customers without spend are low', [500, 0, 300, 0], ['high', 'low', 'high', 'low']],
    ['no revenue at all: everyone is low', [0, 0, 0], ['low', 'low', 'low']],
    ['no customers', [], []],
    ['negative and non-numeric spend count as 0', [-50, Number.NaN, 100], ['low', 'low', 'high']],
  ])('%s', (_, spend, expected) => {
    expect(valueTiers(spend, thresholds)).toEqual(expected);
  });

  it('breaks ties between equal spends by input order', () => {
    // 70 % before the first 10, 80 % before the second: the earlier row stays high.
    expect(valueTiers([70, 10, 10, 10], thresholds)).toEqual(['high', 'high', 'medium', 'medium']);
    expect(valueTiers([10, 70, 10, 10], thresholds)).toEqual(['high', 'high', 'medium', 'medium']);
  });

  it('follows configured shares', () => {
    expect(valueTiers([50, 30, 20], { highShare: 0.5, mediumShare: 0.8 })).toEqual(['high', 'medium', 'low']);
  });

  const spends = fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 50 });

  it('a customer who spent more is never in a lower tier', () => {
    fc.assert(
      fc.property(spends, (spend) => {
        const tiers = valueTiers(spend, thresholds);
        for (let i = 0; i < spend.length; i++) {
          for (let j = 0; j < spend.length; j++) {
            if ((spend[i] ?? 0) > (spend[j] ?? 0)) {
              expect(RANK[tiers[i] ?? 'low']).toBeGreaterThanOrEqual(RANK[tiers[j] ?? 'low']);
            }
          }
        }
      }),
    );
  });

  it('spending more never lowers a customer’s own tier', () => {
    fc.assert(
      fc.property(spends, fc.nat(), fc.integer({ min: 1, max: 50_000 }), (spend, pick, extra) => {
        fc.pre(spend.length > 0);
        const i = pick % spend.length;
        const more = spend.slice();
        more[i] = (more[i] ?? 0) + extra;
        const before = valueTiers(spend, thresholds)[i] ?? 'low';
        const after = valueTiers(more, thresholds)[i] ?? 'low';
        expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
      }),
    );
  });

  // The walk as it reads: customers sorted by spend, highest first, equal spends in input order.
  function walkInSpendOrder(
    spend: number[],
    shares: { highShare: number; mediumShare: number },
  ): ValueTier[] {
    const amount = spend.map((value) => (Number.isFinite(value) && value > 0 ? value : 0));
    const order = amount.map((_, i) => i).sort((a, b) => (amount[b] ?? 0) - (amount[a] ?? 0) || a - b);
    const total = order.reduce((sum, i) => sum + (amount[i] ?? 0), 0);
    const tiers: ValueTier[] = spend.map(() => 'low');
    if (total <= 0) return tiers;
    let before = 0;
    for (const i of order) {
      if (before >= shares.mediumShare * total) break;
      tiers[i] = before < shares.highShare * total ? 'high' : 'medium';
      before += amount[i] ?? 0;
    }
    return tiers;
  }

  it('gives every customer the tier of its place in the walk, many equal spends among them', () => {
    // Few distinct spends (ties at every tier boundary), cents, and spends that count as 0.
    const spend = fc.oneof(
      fc.integer({ min: 0, max: 6 }).map((k) => k * 10),
      fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
      fc.constantFrom(-5, Number.NaN, Number.POSITIVE_INFINITY, 0),
    );
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(spend, { maxLength: 80 }), share, share, (list, a, b) => {
        const shares = { highShare: Math.min(a, b), mediumShare: Math.max(a, b) };
        expect(valueTiers(list, shares)).toEqual(walkInSpendOrder(list, shares));
      }),
      { numRuns: 2000 },
    );
  });

  it('high customers hold at least 80 % of revenue when any revenue exists', () => {
    fc.assert(
      fc.property(spends, (spend) => {
        const total = spend.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const tiers = valueTiers(spend, thresholds);
        const high = spend.reduce((sum, s, i) => (tiers[i] === 'high' ? sum + s : sum), 0);
        expect(high).toBeGreaterThanOrEqual(0.8 * total);
      }),
    );
  });
});
