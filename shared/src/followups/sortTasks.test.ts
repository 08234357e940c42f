import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortOrder } from './sortTasks.ts';

function comparatorOrder(major: number[], minor: number[]): number[] {
  return Array.from(major.keys()).sort(
    (a, b) => (major[a] as number) - (major[b] as number) || (minor[a] as number) - (minor[b] as number),
  );
}

describe('sortOrder', () => {
  it('orders by major, then minor, then insertion, like a stable comparator sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 80_000, max: 80_040 }), fc.integer({ min: 16, max: 60 })), {
          maxLength: 300,
        }),
        (pairs) => {
          const major = pairs.map(([m]) => m);
          const minor = pairs.map(([, n]) => n);
          expect(sortOrder(major, minor)).toEqual(comparatorOrder(major, minor));
        },
      ),
    );
  });

  it('falls back to a comparator sort when the keys span centuries', () => {
    const major = [4 * 2_900_000, 4 * 20_000 + 1, 4 * 20_000, 4];
    const minor = [16, 17, 18, 19];
    expect(sortOrder(major, minor)).toEqual([3, 2, 1, 0]);
  });

  it.each([
    ['a key that is not a number among whole ones', [8, Number.NaN, 4, 6.5]],
    ['no key a number', [Number.NaN, Number.NaN]],
  ])('gives every index back with %s', (_name, major) => {
    const order = sortOrder(
      major,
      major.map((_, i) => i),
    );
    expect([...order].sort()).toEqual(major.map((_, i) => i));
  });

  it('sorts nothing into nothing', () => {
    expect(sortOrder([], [])).toEqual([]);
  });
});
