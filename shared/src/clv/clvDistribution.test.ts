import { describe, expect, it } from 'vitest';
import { clvDistribution, niceNumber } from './clvDistribution.ts';

describe('niceNumber', () => {
  it.each([
    [1, 1],
    [1.9, 1],
    [300, 300],
    [480, 400],
    [5300, 5000],
    [0.034, 0.03],
  ])('rounds %d down to %d', (value, expected) => {
    expect(niceNumber(value)).toBeCloseTo(expected, 12);
  });
});

describe('clvDistribution', () => {
  it('cuts at the rounded 50th, 80th and 95th percentiles and counts every customer once', () => {
    const values = Array.from({ length: 100 }, (_, i) => i * 10 + 3);
    const buckets = clvDistribution(values);
    expect(buckets.map(({ label, from, to, customers }) => ({ label, from, to, customers }))).toEqual([
      { label: '0–500', from: 0, to: 500, customers: 50 },
      { label: '500–800', from: 500, to: 800, customers: 30 },
      { label: '800–900', from: 800, to: 900, customers: 10 },
      { label: '≥ 900', from: 900, to: null, customers: 10 },
    ]);
    expect(buckets.reduce((sum, b) => sum + b.totalClv, 0)).toBeCloseTo(
      values.reduce((sum, v) => sum + v, 0),
      9,
    );
  });

  it('formats large amounts with thousands separators', () => {
    const buckets = clvDistribution([100, 2_000, 15_000, 40_000, 1_250_000]);
    expect(buckets.map((b) => b.label)).toEqual(['0–10,000', '10,000–1,000,000', '≥ 1,000,000']);
  });

  it('has a single bucket when every value is 0, and none of its own for no values', () => {
    expect(clvDistribution([0, 0, 0])).toEqual([
      { label: '≥ 0', from: 0, to: null, customers: 3, totalClv: 0 },
    ]);
    expect(clvDistribution([])).toEqual([{ label: '≥ 0', from: 0, to: null, customers: 0, totalClv: 0 }]);
  });
});
