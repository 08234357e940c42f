import { describe, expect, it } from 'vitest';
import { boundedList, MAX_LIST_IN_CELL } from './boundedList.ts';

const more = (count: number) => ` …等另外 ${count} 项`;
const rows = (n: number) => Array.from({ length: n }, (_, i) => String(i + 2));

describe('boundedList', () => {
  it.each<[string, string[], number, string]>([
    ['no items', [], 20, ''],
    ['items that fit', ['2', '3', '4'], 20, '2, 3, 4'],
    ['exactly the budget', ['12345', '67890'], 12, '12345, 67890'],
    ['two items too many', ['C100001', 'C100002', 'C100003'], 22, 'C100001 …等另外 2 项'],
    ['an item longer than the budget', ['x'.repeat(30)], 12, ' …等另外 1 项'],
  ])('%s', (_, items, budget, expected) => {
    expect(boundedList(items, ', ', more, budget)).toBe(expected);
  });

  it('keeps a duplicate group of 60,000 rows within a cell and counts the rows it leaves out', () => {
    const text = boundedList(rows(60_000), ', ', more);
    expect(text.length).toBeLessThanOrEqual(MAX_LIST_IN_CELL);
    const match = / …等另外 (\d+) 项$/.exec(text);
    const shown = text.replace(/ …等另外 \d+ 项$/, '').split(', ');
    expect(shown.length + Number(match?.[1])).toBe(60_000);
    expect(shown.at(-1)).toBe(String(shown.length + 1));
  });
});
