import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POOLED_VALUES } from '../table/repeatPool.ts';
import { fillTemplate } from './fillTemplate.ts';
import { ValuesPool } from './valuesPool.ts';

const REVISIT = '{segment}客户，每 {interval} 回访一次；上次联系 {lastTouch}，已过 {sinceTouch}';
const WIN_BACK = 'Silent for {sinceOrder}; {orders} orders, {spend} spent';

describe('ValuesPool', () => {
  it('gives back values that fill every template as the values given would', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            segment: fc.constantFrom('重要价值', '一般发展', 'Champions'),
            interval: fc.constantFrom('30 天', '60 天'),
            lastTouch: fc.constantFrom('2025-11-02', '2025-10-28'),
            sinceTouch: fc.nat({ max: 90 }),
          }),
          { maxLength: 500 },
        ),
        (drafts) => {
          const pool = new ValuesPool();
          for (const values of drafts) {
            const pooled = pool.values(REVISIT, values);
            expect(pooled).toEqual(values);
            expect(fillTemplate(REVISIT, pooled)).toBe(fillTemplate(REVISIT, values));
          }
        },
      ),
    );
  });

  it('never gives back values that only print alike (property)', () => {
    // Texts that look like numbers or like the key's own marks, numbers, and names that differ.
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.constantFrom('30', '#30;', '2:30', '', ':', '=', '1:', 'a=1:b'),
      fc.string({ maxLength: 4 }),
    );
    const values = fc.dictionary(fc.constantFrom('a', 'b', 'ab', 'segment', 'days'), value, { maxKeys: 3 });
    fc.assert(
      fc.property(fc.array(values, { maxLength: 200 }), (drafts) => {
        const pool = new ValuesPool();
        for (const given of drafts) expect(pool.values(WIN_BACK, given)).toEqual(given);
      }),
    );
  });

  it('keeps one object per distinct set of a template’s values', () => {
    const pool = new ValuesPool();
    const first = pool.values(REVISIT, {
      segment: '重要价值',
      interval: '30 天',
      lastTouch: '2025-11-02',
      sinceTouch: '29 天',
    });
    for (let i = 0; i < 5_000; i++) {
      const again = { segment: '重要价值', interval: '30 天', lastTouch: '2025-11-02', sinceTouch: '29 天' };
      expect(pool.values(REVISIT, again)).toBe(first);
    }
    const other = { segment: '重要价值', interval: '30 天', lastTouch: '2025-11-03', sinceTouch: '28 天' };
    expect(pool.values(REVISIT, other)).toBe(other);
  });

  it('stops pooling a template whose values mostly differ', () => {
    const pool = new ValuesPool();
    const spendOf = (i: number) => ({ sinceOrder: '400 days', orders: 3, spend: `¥${i}` });
    for (let i = 0; i < 3_000; i++) pool.values(WIN_BACK, spendOf(i));
    // Past the sample, a repeat is not looked up: the template's sets are no longer kept.
    const repeat = spendOf(1);
    expect(pool.values(WIN_BACK, repeat)).toBe(repeat);
    // Another template is pooled on its own terms.
    const first = pool.values(REVISIT, {
      segment: 'Champions',
      interval: '30 days',
      lastTouch: '2025-11-02',
      sinceTouch: '29 days',
    });
    const again = {
      segment: 'Champions',
      interval: '30 days',
      lastTouch: '2025-11-02',
      sinceTouch: '29 days',
    };
    expect(pool.values(REVISIT, again)).toBe(first);
  });

  it('keeps at most MAX_POOLED_VALUES sets of a template, and stays right past them', () => {
    const pool = new ValuesPool();
    const often = { segment: 'Champions', days: 30 };
    pool.values(WIN_BACK, often);
    // Every other draft repeats a set: the template stays pooled while the pool fills up.
    for (let i = 0; i < MAX_POOLED_VALUES + 100; i++) {
      expect(pool.values(WIN_BACK, { segment: 'Champions', days: 30 })).toBe(often);
      const distinct = { segment: `S${i}`, days: i };
      expect(pool.values(WIN_BACK, distinct)).toBe(distinct);
    }
    // Full: a set seen first now is not kept, so its repeat is not the first object.
    const late = { segment: 'late', days: -1 };
    pool.values(WIN_BACK, late);
    const lateAgain = { segment: 'late', days: -1 };
    expect(pool.values(WIN_BACK, lateAgain)).toBe(lateAgain);
    // A set kept before the pool filled is still found.
    const early = { segment: 'S5', days: 5 };
    expect(pool.values(WIN_BACK, early)).not.toBe(early);
    expect(pool.values(WIN_BACK, early)).toEqual(early);
  });

  it('never gives one template the values of another', () => {
    const pool = new ValuesPool();
    const values = { lastPurchase: '2025-10-01' };
    pool.values('A {lastPurchase}', values);
    const same = { lastPurchase: '2025-10-01' };
    expect(pool.values('B {lastPurchase}', same)).toBe(same);
  });
});
