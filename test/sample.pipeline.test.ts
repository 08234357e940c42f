// The bundled sample is what `npm start` shows and what the benches measure: it must exercise
// every classification through the real pipeline, and its planted defects must surface as issues.
import {
  analyzeCustomerTable,
  FOLLOW_UP_KINDS,
  GROUPS8,
  generateSample,
  LIFECYCLES,
  SEGMENTS,
  VALUE_TIERS,
} from '@crm/shared';
import { describe, expect, it } from 'vitest';

describe.each([1, 2026, 99])('the bundled sample (seed %i) through the whole pipeline', (seed) => {
  const sample = generateSample({ customers: 1000, seed, today: '2026-11-24' });
  const analysis = analyzeCustomerTable({ ...sample, today: '2026-11-24', clv: false });

  it('keeps one classification per customer row, in order, on its own row', () => {
    expect(analysis.customers.map((c) => c.classification.row)).toEqual(analysis.customers.map((c) => c.row));
    expect(analysis.customers.map((c) => c.record.row)).toEqual(analysis.customers.map((c) => c.row));
    expect(analysis.customers).toHaveLength(sample.customers.rows.length);
  });

  it('shows every segment, lifecycle stage, 8-class group and value tier', () => {
    const seen = (values: (string | null)[]) => new Set(values.filter((v) => v !== null));
    const c = analysis.customers.map((customer) => customer.classification);
    expect(seen(c.map((x) => x.segment))).toEqual(new Set(SEGMENTS));
    expect(seen(c.map((x) => x.lifecycle))).toEqual(new Set(LIFECYCLES));
    expect(seen(c.map((x) => x.group8))).toEqual(new Set(GROUPS8));
    expect(seen(c.map((x) => x.valueTier))).toEqual(new Set(VALUE_TIERS));
  });

  it('plans most kinds of follow-up and finds the planted defects', () => {
    const kinds = new Set(analysis.followUps.map((t) => t.kind));
    // win-back needs at-risk segments, complaints need open complaints: all present in the sample.
    for (const kind of FOLLOW_UP_KINDS.filter((k) => k !== 'satisfaction-survey' && k !== 'holiday')) {
      expect(kinds).toContain(kind);
    }
    const issueKinds = new Set(analysis.issues.map((i) => i.kind));
    for (const kind of ['invalid', 'future-date'] as const) expect(issueKinds).toContain(kind);
    // The sample's negative order amounts are refunds: netted against revenue and counted apart.
    expect(analysis.orderSummary?.refunds).toBeGreaterThan(0);
    expect(analysis.customers.some((c) => c.stats.refunds > 0 && c.stats.refundTotal > 0)).toBe(true);
    expect(analysis.notes.some((note) => /refund|退款/.test(note))).toBe(true);

    expect(analysis.review.summary.exactDuplicateGroups).toBeGreaterThan(0);
    expect(analysis.review.summary.likelyDuplicateGroups).toBeGreaterThan(0);
  });
});
