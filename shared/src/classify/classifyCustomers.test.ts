import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { addDays } from '../model/dates.ts';
import { GROUPS8, LIFECYCLES, SEGMENTS, VALUE_TIERS } from '../model/keys.ts';
import { type CustomerRecord, emptyCustomerRecord, type PurchaseStats } from '../model/records.ts';
import { classifyCustomers } from './classifyCustomers.ts';
import { lifecycleFor } from './lifecycleFor.ts';
import { segmentFor } from './segmentFor.ts';

const TODAY = '2026-03-15';
const config = resolveConfig();

function customer(
  row: number,
  id: string | null,
  name: string | null,
  company: string | null,
): CustomerRecord {
  return emptyCustomerRecord(row, { id, name, company, cells: [id, name, company] });
}

function purchases(
  firstDaysAgo: number | null,
  lastDaysAgo: number | null,
  orderCount: number,
  totalSpend: number,
) {
  return {
    firstPurchase: firstDaysAgo === null ? null : addDays(TODAY, -firstDaysAgo),
    lastPurchase: lastDaysAgo === null ? null : addDays(TODAY, -lastDaysAgo),
    orderCount,
    totalSpend,
    refunds: 0,
    refundTotal: 0,
    source: 'summary',
  } satisfies PurchaseStats;
}

describe('classifyCustomers', () => {
  // A small shop's customer table: 客户编号, 姓名, 公司 and purchase summaries.
  const table: [CustomerRecord, PurchaseStats][] = [
    [customer(2, 'C001', '张伟', '北京华联商贸有限公司'), purchases(700, 4, 18, 86_400)],
    [customer(3, 'C002', '王芳', '上海锦江贸易'), purchases(380, 20, 9, 23_150.5)],
    [customer(4, 'C003', '李娜', null), purchases(12, 12, 1, 399)],
    [customer(5, 'C004', '刘洋', '深圳前海科技'), purchases(900, 150, 11, 41_000)],
    [customer(6, 'C005', '陈静', null), purchases(500, 420, 1, 128)],
    [customer(7, 'C006', 'Emily Chen', 'Pacific Foods Ltd'), purchases(200, 60, 4, 5_600)],
    [customer(8, 'C007', '赵磊', '杭州云栖网络'), purchases(null, null, 0, 0)],
    [customer(9, null, '孙丽', null), purchases(600, 300, 2, 760)],
  ];
  const result = classifyCustomers(
    table.map(([r]) => r),
    table.map(([, s]) => s),
    TODAY,
    config,
  );

  it('classifies a realistic table row by row', () => {
    // Worked by hand: 7 buyers, so R/F/M = ceil(5 × rank / 7) with ranks 1..7 → 1 2 3 3 4 5 5;
    // means 138 days, 6.57 orders, ¥22,491; Pareto limits ¥125,950 (80 %) and ¥149,565.6 (95 %).
    expect(
      result.map((c) =>
        [c.name, c.r, c.f, c.m, c.segment, c.group8, c.lifecycle, c.valueTier].map((v) => v ?? '-').join(' '),
      ),
    ).toEqual([
      '张伟 5 5 5 champions important-value active high',
      '王芳 4 4 4 loyal-customers important-value active medium',
      '李娜 5 1 2 new-customers general-development new low',
      '刘洋 3 5 5 loyal-customers important-retention at-risk high',
      '陈静 1 1 1 hibernating general-winback churned low',
      'Emily Chen 3 3 3 need-attention general-development active low',
      '赵磊 - - - prospect - prospect low',
      '孙丽 2 3 3 at-risk general-winback churned low',
    ]);
  });

  it('keeps row, id, name and the raw figures', () => {
    expect(result[2]).toMatchObject({
      row: 4,
      id: 'C003',
      name: '李娜',
      recencyDays: 12,
      frequency: 1,
      monetary: 399,
    });
    expect(result[6]).toMatchObject({ row: 8, recencyDays: null, frequency: 0, r: null, group8: null });
  });

  it('treats a record without purchase stats as a prospect', () => {
    const [only] = classifyCustomers([customer(2, 'C100', '周杰', null)], [], TODAY, config);
    expect(only).toMatchObject({
      segment: 'prospect',
      lifecycle: 'prospect',
      valueTier: 'low',
      group8: null,
    });
  });

  it('returns nothing for an empty table', () => {
    expect(classifyCustomers([], [], TODAY, config)).toEqual([]);
  });

  const statsArb = fc.oneof(
    fc.record({
      firstPurchase: fc.option(
        fc.integer({ min: 0, max: 3_000 }).map((d) => addDays(TODAY, -d)),
        { nil: null },
      ),
      lastPurchase: fc.option(
        fc.integer({ min: 0, max: 1_500 }).map((d) => addDays(TODAY, -d)),
        { nil: null },
      ),
      orderCount: fc.integer({ min: 0, max: 30 }),
      totalSpend: fc.double({ min: 0, max: 1e6, noNaN: true }),
      refunds: fc.constant(0),
      refundTotal: fc.constant(0),
      source: fc.constantFrom('orders' as const, 'summary' as const),
    }),
    fc.constant(purchases(null, null, 0, 0)),
  );

  it('gives every customer exactly one known segment, group, lifecycle and tier', () => {
    fc.assert(
      fc.property(fc.array(statsArb, { maxLength: 60 }), (stats) => {
        const records = stats.map((_, i) => customer(i + 2, `C${i}`, '客户', null));
        const out = classifyCustomers(records, stats, TODAY, config);
        expect(out).toHaveLength(stats.length);
        out.forEach((c, i) => {
          const buys = (stats[i]?.orderCount ?? 0) > 0;
          expect(c.row).toBe(i + 2);
          expect(SEGMENTS).toContain(c.segment);
          expect(LIFECYCLES).toContain(c.lifecycle);
          expect(VALUE_TIERS).toContain(c.valueTier);
          expect(c.segment === 'prospect').toBe(!buys);
          expect(c.lifecycle === 'prospect').toBe(!buys);
          if (buys) expect(GROUPS8).toContain(c.group8);
          else expect(c.group8).toBeNull();
          for (const score of [c.f, c.m]) {
            if (buys) expect([1, 2, 3, 4, 5]).toContain(score);
            else expect(score).toBeNull();
          }
          if (c.r !== null) expect([1, 2, 3, 4, 5]).toContain(c.r);
          expect(c.r === null).toBe(c.recencyDays === null);
          expect(c.segment).toBe(segmentFor(c.r, c.f));
          expect(c.lifecycle).toBe(lifecycleFor(stats[i] as PurchaseStats, TODAY, config.lifecycle));
        });
      }),
    );
  });
});
