import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { rememberingParser } from './ParseResult.ts';
import { parseBirthday } from './parseBirthday.ts';
import { parseDate } from './parseDate.ts';

describe('rememberingParser', () => {
  // Date texts as a column holds them, repeating, with the bad ones and cells that are not text.
  const cell = fc.oneof(
    fc.constantFrom(
      '2025-06-01',
      '2025/6/1',
      '2025年6月1日',
      '3/5/2025',
      '13/5/2025',
      '2025-02-30',
      '45000',
      '',
      ' - ',
      '06-01',
    ),
    fc.integer({ min: 40000, max: 46000 }),
    fc.constant(null),
    fc.string({ maxLength: 12 }),
  ) as fc.Arbitrary<Cell>;

  it.each([
    ['parseDate', (c: Cell) => parseDate(c, { dayOrder: 'day-first' })],
    ['parseBirthday', (c: Cell) => parseBirthday(c)],
  ])('gives what %s gives, cell for cell, past its limit too (property)', (_name, parse) => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 300 }), fc.integer({ min: 0, max: 5 }), (cells, limit) => {
        const remembering = rememberingParser(parse, limit);
        for (const c of cells) expect(remembering(c)).toEqual(parse(c));
      }),
    );
  });

  it('parses each text once', () => {
    let calls = 0;
    const remembering = rememberingParser((c: Cell) => {
      calls++;
      return parseDate(c);
    });
    for (let i = 0; i < 1000; i++) remembering(i % 2 === 0 ? '2025-06-01' : '2025/6/2');
    expect(calls).toBe(2);
    expect(remembering('2025/6/2')).toEqual({ ok: true, value: '2025-06-02' });
  });
});
