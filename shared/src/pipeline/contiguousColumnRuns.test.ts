import { describe, expect, it } from 'vitest';
import { contiguousColumnRuns } from './contiguousColumnRuns.ts';

describe('contiguousColumnRuns', () => {
  it.each([
    { columns: [3, 4, 5], runs: [{ start: 3, indexes: [0, 1, 2] }] },
    { columns: [5, 3, 4], runs: [{ start: 3, indexes: [1, 2, 0] }] },
    {
      columns: [1, 2, 6],
      runs: [
        { start: 1, indexes: [0, 1] },
        { start: 6, indexes: [2] },
      ],
    },
    { columns: [], runs: [] },
  ])('groups $columns into adjacent runs', ({ columns, runs }) => {
    expect(contiguousColumnRuns(columns)).toEqual(runs);
  });
});
