import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerRow } from '../model/customerRow.ts';
import { GROUPS8, LIFECYCLES, SEGMENTS, VALUE_TIERS } from '../model/keys.ts';
import { emptyCustomerRecord, type PurchaseStats } from '../model/records.ts';
import type { CustomerClassification } from '../model/results.ts';
import { buildDistributions } from './buildDistributions.ts';
import { reportFixture } from './fixtures/reportFixture.ts';

describe('buildDistributions', () => {
  it('lists every key in canonical order with zh or en labels', () => {
    const { customers } = reportFixture();
    const zh = buildDistributions(customers, 'zh');
    const en = buildDistributions(customers, 'en');
    expect(zh.segment.map((r) => r.key)).toEqual([...SEGMENTS]);
    expect(zh.group8.map((r) => r.key)).toEqual([...GROUPS8, 'none']);
    expect(zh.lifecycle.map((r) => r.key)).toEqual([...LIFECYCLES]);
    expect(zh.valueTier.map((r) => r.key)).toEqual([...VALUE_TIERS]);
    expect([zh.segment[0]?.label, en.segment[0]?.label]).toEqual(['冠军客户', 'Champions']);
    expect([zh.group8[8]?.label, en.group8[8]?.label]).toEqual(['无购买记录', 'No purchases']);
  });

  it('computes value-tier figures by hand', () => {
    const tiers = buildDistributions(reportFixture().customers, 'en').valueTier;
    expect(tiers.map((t) => [t.key, t.customers, t.revenue])).toEqual([
      ['high', 4, 17_000],
      ['medium', 2, 1_300],
      ['low', 5, 700],
    ]);
    expect(tiers[0]?.revenueShare).toBeCloseTo(17_000 / 19_000, 12);
    expect(tiers[0]?.customerShare).toBeCloseTo(4 / 11, 12);
  });

  it('has customer and revenue shares adding up to 100 % in every distribution', () => {
    const customer = fc.record({
      segment: fc.constantFrom(...SEGMENTS),
      group8: fc.option(fc.constantFrom(...GROUPS8)),
      lifecycle: fc.constantFrom(...LIFECYCLES),
      valueTier: fc.constantFrom(...VALUE_TIERS),
      spend: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 60 }), (customers) => {
        const rows: CustomerRow[] = customers.map((c, i) => ({
          row: i + 2,
          record: emptyCustomerRecord(i + 2),
          stats: purchase(c.spend),
          classification: classification(i, c),
          clv: null,
          nextFollowUp: null,
        }));
        const d = buildDistributions(rows, 'zh');
        const revenue = customers.reduce((sum, c) => sum + c.spend, 0);
        for (const rows of [d.segment, d.group8, d.lifecycle, d.valueTier]) {
          expect(rows.reduce((sum, r) => sum + r.customers, 0)).toBe(customers.length);
          expect(rows.reduce((sum, r) => sum + r.customerShare, 0)).toBeCloseTo(1, 9);
          expect(rows.reduce((sum, r) => sum + r.revenueShare, 0)).toBeCloseTo(revenue > 0 ? 1 : 0, 9);
        }
      }),
    );
  });
});

function classification(
  i: number,
  c: Pick<CustomerClassification, 'segment' | 'group8' | 'lifecycle' | 'valueTier'> & { spend: number },
): CustomerClassification {
  return {
    row: i + 2,
    id: `C${i}`,
    name: null,
    recencyDays: null,
    frequency: 1,
    monetary: c.spend,
    r: null,
    f: null,
    m: null,
    segment: c.segment,
    group8: c.group8,
    lifecycle: c.lifecycle,
    valueTier: c.valueTier,
  };
}

function purchase(spend: number): PurchaseStats {
  return {
    firstPurchase: null,
    lastPurchase: null,
    orderCount: 1,
    totalSpend: spend,
    refunds: 0,
    refundTotal: 0,
    source: 'summary',
  };
}
