import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topRevenueShare } from './topRevenueShare.ts';

/** The obvious O(n log n) definition the quickselect version must match. */
function bySorting(values: number[], fraction: number): { share: number | null; count: number } {
  const sorted = [...values].sort((a, b) => b - a);
  const count = values.length === 0 ? 0 : Math.min(values.length, Math.ceil(fraction * values.length - 1e-9));
  const total = values.reduce((a, b) => a + b, 0);
  if (count === 0 || !(total > 0)) return { share: null, count };
  return { share: sorted.slice(0, count).reduce((a, b) => a + b, 0) / total, count };
}

describe('topRevenueShare', () => {
  it.each([
    [[6000, 3000, 6000, 300, 250, 2000, 150, 800, 500], 2, 12_000 / 19_000],
    [[100, 100, 100, 100, 100], 1, 0.2],
    [[500], 1, 1],
    [[0, 0, 10, 0, 0, 0, 0, 0, 0, 0], 2, 1],
  ])('takes the top 20 %% of %j', (values, count, share) => {
    const result = topRevenueShare(Float64Array.from(values), 0.2);
    expect(result.count).toBe(count);
    expect(result.share).toBeCloseTo(share, 12);
  });

  it('has no share without revenue', () => {
    expect(topRevenueShare(new Float64Array(0), 0.2)).toEqual({ share: null, count: 0 });
    expect(topRevenueShare(Float64Array.from([0, 0]), 0.2)).toEqual({ share: null, count: 1 });
  });

  it('matches the sorted definition and leaves its input alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1e6, noNaN: true })), {
          maxLength: 300,
        }),
        (values) => {
          const input = Float64Array.from(values);
          const result = topRevenueShare(input, 0.2);
          const expected = bySorting(values, 0.2);
          expect(result.count).toBe(expected.count);
          if (expected.share === null) expect(result.share).toBeNull();
          else expect(result.share).toBeCloseTo(expected.share, 9);
          expect(Array.from(input)).toEqual(values);
        },
      ),
    );
  });
});
