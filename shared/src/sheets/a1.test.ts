import { describe, expect, it } from 'vitest';
import { a1Range, columnIndexOf, columnLetter } from './a1.ts';

describe('A1 notation', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndexOf(letters)).toBe(index);
  });

  it('quotes sheet titles and doubles their quotes', () => {
    expect(a1Range('客户', 'A1:B2')).toBe("'客户'!A1:B2");
    expect(a1Range("Bob's list", 'C:C')).toBe("'Bob''s list'!C:C");
  });
});
