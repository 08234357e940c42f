import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileScores, scoreColumn, selectRanks } from './quintileScores.ts';

describe('quintileScores', () => {
  it.each([
    {
      name: 'five distinct values score 1..5',
      values: [10, 20, 30, 40, 50],
      higher: true,
      expected: [1, 2, 3, 4, 5],
    },
    {
      name: 'input order does not matter',
      values: [40, 10, 50, 30, 20],
      higher: true,
      expected: [4, 1, 5, 3, 2],
    },
    {
      name: 'lower is better (recency days)',
      values: [3, 10, 45, 120, 400],
      higher: false,
      expected: [5, 4, 3, 2, 1],
    },
    {
      name: 'ten distinct values: ceil(5 × rank / 10)',
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      higher: true,
      expected: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5],
    },
    {
      name: 'ties share the minimum (competition) rank',
      values: [1, 1, 1, 2, 3],
      higher: true,
      expected: [1, 1, 1, 4, 5],
    },
    {
      name: 'six one-time buyers of ten all get F = 1',
      values: [1, 1, 1, 1, 1, 1, 2, 3, 4, 5],
      higher: true,
      expected: [1, 1, 1, 1, 1, 1, 4, 4, 5, 5],
    },
    {
      name: 'a tie at the top takes the rank of its first member',
      values: [1, 2, 3, 4, 5, 6, 7, 9, 9, 9],
      higher: true,
      expected: [1, 1, 2, 2, 3, 3, 4, 4, 4, 4],
    },
    { name: 'all equal values share one score', values: [7, 7, 7, 7], higher: true, expected: [2, 2, 2, 2] },
    { name: 'a single value scores 5', values: [120], higher: false, expected: [5] },
    { name: 'two values score 3 and 5', values: [300, 100], higher: true, expected: [5, 3] },
    { name: 'two recencies score 3 and 5', values: [10, 3], higher: false, expected: [3, 5] },
    { name: 'no values', values: [], higher: true, expected: [] },
  ])('$name', ({ values, higher, expected }) => {
    expect(quintileScores(values, higher)).toEqual(expected);
  });

  it('gives null to missing values and leaves them out of n', () => {
    expect(quintileScores([null, 10, null, 20], true)).toEqual([null, 3, null, 5]);
  });

  it('treats NaN and infinities as missing', () => {
    expect(quintileScores([Number.NaN, 5, Number.POSITIVE_INFINITY, 1], true)).toEqual([null, 5, null, 3]);
  });

  const column = fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), { maxLength: 60 });

  it('scores are integers 1–5, null exactly for missing values', () => {
    fc.assert(
      fc.property(column, fc.boolean(), (values, higher) => {
        const scores = quintileScores(values, higher);
        expect(scores).toHaveLength(values.length);
        scores.forEach((score, i) => {
          if (values[i] === null) expect(score).toBeNull();
          else expect([1, 2, 3, 4, 5]).toContain(score);
        });
      }),
    );
  });

  it('a better value never scores lower, and equal values score the same', () => {
    fc.assert(
      fc.property(column, fc.boolean(), (values, higher) => {
        const scores = quintileScores(values, higher);
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < values.length; j++) {
            const a = values[i];
            const b = values[j];
            if (a === null || a === undefined || b === null || b === undefined) continue;
            const si = scores[i] ?? 0;
            const sj = scores[j] ?? 0;
            if (a === b) expect(si).toBe(sj);
            else if (higher ? a > b : a < b) expect(si).toBeGreaterThanOrEqual(sj);
          }
        }
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(column, fc.boolean(), fc.integer(), (values, higher, seed) => {
        const order = values
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97));
        const shuffled = order.map((i) => values[i] ?? null);
        const scores = quintileScores(values, higher);
        const shuffledScores = quintileScores(shuffled, higher);
        order.forEach((from, to) => {
          expect(shuffledScores[to]).toBe(scores[from]);
        });
      }),
    );
  });

  it('is ceil(5 × (1 + the number of strictly worse values) / n), counted one by one', () => {
    // Any double, infinities and -0 included, with ties drawn often; NaN is missing.
    const value = fc.oneof(
      fc.constantFrom(Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, -0, 0, 1, 2.5),
      fc.integer({ min: -3, max: 3 }),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), fc.boolean(), (values, higher) => {
        const present = values.filter((v) => !Number.isNaN(v));
        const expected = values.map((v) => {
          if (Number.isNaN(v)) return 0;
          const worse = present.filter((u) => (higher ? u < v : u > v)).length;
          return Math.ceil((5 * (worse + 1)) / present.length);
        });
        expect([...scoreColumn(Float64Array.from(values), higher)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('selectRanks', () => {
  /**
   * Whether each place holds the value a sort puts there, none greater before it, none smaller
   * after (-0 and 0 being one value, as the scores compare them).
   */
  function expectSelected(values: readonly number[], places: readonly number[]) {
    const a = Float64Array.from(values);
    selectRanks(a, places);
    const sorted = Float64Array.from(values).sort();
    const plain = (list: Iterable<number>) => [...list].map((x) => (x === 0 ? 0 : x)).sort((x, y) => x - y);
    expect(plain(a)).toEqual(plain(sorted));
    for (const place of places) {
      expect(a[place] === sorted[place]).toBe(true);
      for (let i = 0; i < a.length; i++) {
        if (i < place) expect(a[i]).toBeLessThanOrEqual(a[place] as number);
        if (i > place) expect(a[i]).toBeGreaterThanOrEqual(a[place] as number);
      }
    }
  }

  it('puts each asked place’s value where a sort would, on any column', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(
        fc
          .array(value, { minLength: 1, maxLength: 200 })
          .chain((values) =>
            fc.tuple(
              fc.constant(values),
              fc.array(fc.integer({ min: 0, max: values.length - 1 }), { minLength: 1, maxLength: 4 }),
            ),
          ),
        ([values, places]) => expectSelected(values, places),
      ),
      { numRuns: 400 },
    );
  });

  it.each([
    ['rising', (i: number) => i],
    ['falling', (i: number) => 5000 - i],
    ['all equal', () => 7],
    ['organ pipe', (i: number) => (i < 2500 ? i : 5000 - i)],
    ['saw tooth', (i: number) => i % 17],
    ['two values', (i: number) => i % 2],
  ])('finds the quintile places of a %s column of 5,000', (_name, of) => {
    const values = Array.from({ length: 5000 }, (_, i) => of(i));
    expectSelected(values, [999, 1999, 2999, 3999]);
  });
});
