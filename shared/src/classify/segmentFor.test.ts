import { describe, expect, it } from 'vitest';
import { type Score, SEGMENTS, type Segment } from '../model/keys.ts';
import { segmentFor } from './segmentFor.ts';

// Every cell of the R×F segment grid, one line each, written from the specification of the grid
// rather than from the code.
const GOLDEN: [r: Score, f: Score, segment: Segment][] = [
  [5, 1, 'new-customers'],
  [5, 2, 'potential-loyalists'],
  [5, 3, 'potential-loyalists'],
  [5, 4, 'champions'],
  [5, 5, 'champions'],
  [4, 1, 'promising'],
  [4, 2, 'potential-loyalists'],
  [4, 3, 'potential-loyalists'],
  [4, 4, 'loyal-customers'],
  [4, 5, 'loyal-customers'],
  [3, 1, 'about-to-sleep'],
  [3, 2, 'about-to-sleep'],
  [3, 3, 'need-attention'],
  [3, 4, 'loyal-customers'],
  [3, 5, 'loyal-customers'],
  [2, 1, 'hibernating'],
  [2, 2, 'hibernating'],
  [2, 3, 'at-risk'],
  [2, 4, 'at-risk'],
  [2, 5, 'cannot-lose-them'],
  [1, 1, 'hibernating'],
  [1, 2, 'hibernating'],
  [1, 3, 'at-risk'],
  [1, 4, 'at-risk'],
  [1, 5, 'cannot-lose-them'],
];

describe('segmentFor', () => {
  it('golden table covers all 25 cells exactly once', () => {
    expect(new Set(GOLDEN.map(([r, f]) => `${r}${f}`)).size).toBe(25);
  });

  it.each(GOLDEN)('R=%i F=%i is %s', (r, f, segment) => {
    expect(segmentFor(r, f)).toBe(segment);
  });

  it('a customer without purchases is a prospect', () => {
    expect(segmentFor(null, null)).toBe('prospect');
  });

  it('a buyer whose last purchase date is unknown needs attention', () => {
    expect(segmentFor(null, 1)).toBe('need-attention');
    expect(segmentFor(null, 5)).toBe('need-attention');
  });

  it('uses every buyer segment somewhere in the grid, and prospect nowhere', () => {
    const used = new Set(GOLDEN.map(([r, f]) => segmentFor(r, f)));
    expect([...used].sort()).toEqual(SEGMENTS.filter((s) => s !== 'prospect').sort());
  });
});
