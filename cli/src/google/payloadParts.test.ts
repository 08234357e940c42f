import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytes, spansWithin } from './payloadParts.ts';

describe('spansWithin', () => {
  it.each([
    { sizes: [], budget: 10, spans: [] },
    { sizes: [4], budget: 10, spans: [[0, 1]] },
    {
      sizes: [4, 6, 1],
      budget: 10,
      spans: [
        [0, 2],
        [2, 3],
      ],
    },
    {
      sizes: [11, 2, 12],
      budget: 10,
      spans: [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    },
    {
      sizes: [5, 5, 5, 5],
      budget: 10,
      spans: [
        [0, 2],
        [2, 4],
      ],
    },
  ])('cuts $sizes within $budget', ({ sizes, budget, spans }) => {
    expect(spansWithin(sizes, budget)).toEqual(spans);
  });

  it('covers every item once, in order, each span within the budget unless one item is larger, none able to take the next item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 600 }),
        (sizes, budget) => {
          const spans = spansWithin(sizes, budget);
          let next = 0;
          for (const [start, end] of spans) {
            expect(start).toBe(next);
            expect(end).toBeGreaterThan(start);
            const bytes = sizes.slice(start, end).reduce((a, b) => a + b, 0);
            if (end - start > 1) expect(bytes).toBeLessThanOrEqual(budget);
            if (end < sizes.length) expect(bytes + (sizes[end] as number)).toBeGreaterThan(budget);
            next = end;
          }
          expect(next).toBe(sizes.length);
        },
      ),
    );
  });
});

describe('jsonBytes', () => {
  it('counts UTF-8 bytes of the JSON text', () => {
    expect(jsonBytes(['重要价值客户', 3, null])).toBe(Buffer.byteLength('["重要价值客户",3,null]'));
  });
});
