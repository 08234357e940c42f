import { describe, expect, it } from 'vitest';
import { blocksOverlap, type CellBlock } from './sheetLayout.ts';

const B2toC3: CellBlock = { row: 2, column: 2, rows: 2, columns: 2 };

describe('blocksOverlap', () => {
  it.each([
    ['the same block', B2toC3, true],
    ['one corner cell shared (C3)', { row: 3, column: 3, rows: 5, columns: 5 }, true],
    ['a block inside', { row: 2, column: 3, rows: 1, columns: 1 }, true],
    ['a block around it', { row: 1, column: 1, rows: 10, columns: 10 }, true],
    ['the row just below (row 4)', { row: 4, column: 2, rows: 1, columns: 2 }, false],
    ['the column just right (D)', { row: 2, column: 4, rows: 2, columns: 1 }, false],
    ['the row just above (row 1)', { row: 1, column: 1, rows: 1, columns: 9 }, false],
    ['the column just left (A)', { row: 1, column: 1, rows: 9, columns: 1 }, false],
  ])('%s: %s', (_, other, expected) => {
    expect(blocksOverlap(B2toC3, other)).toBe(expected);
    expect(blocksOverlap(other, B2toC3)).toBe(expected);
  });
});
