import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCustomerRecord } from '../model/records.ts';
import { CustomerIndex } from './customerIndex.ts';
import { foldCustomerId, widthFoldedId } from './foldCustomerId.ts';

// Ids from a small alphabet of look-alikes, so that ids written differently meet often: half and
// full width, both cases, invisible characters, separators, digits and an exponent.
const SYMBOLS = [
  'C',
  'c',
  'Ｃ',
  'ｃ',
  'E',
  '0',
  '１',
  '1',
  '０',
  '-',
  '－',
  ',',
  '.',
  '+',
  '\u200B',
  '\u00A0',
  '\uFEFF',
];
const arbitraryId = fc
  .array(fc.constantFrom(...SYMBOLS), { minLength: 1, maxLength: 5 })
  .map((symbols) => symbols.join(''));
const arbitraryTable = fc.array(arbitraryId, { maxLength: 12 });

const NUMERIC_ID = /^0*(\d+?)(?:\.0+)?$/;

/** The match of ids as written (trimmed, case-sensitive, numbers alike however padded): the first row. */
function asWritten(ids: readonly string[], id: string): number {
  const trimmed = id.trim();
  if (trimmed === '') return -1;
  const exact = ids.findIndex((other) => other.trim() === trimmed);
  if (exact >= 0) return exact;
  const number = NUMERIC_ID.exec(trimmed)?.[1];
  return number === undefined ? -1 : ids.findIndex((other) => NUMERIC_ID.exec(other.trim())?.[1] === number);
}

function indexOf(ids: readonly string[]): CustomerIndex {
  return new CustomerIndex(ids.map((id, i) => emptyCustomerRecord(i + 2, { id })));
}

describe('CustomerIndex (properties)', () => {
  it('matches an id found as written exactly as before', () => {
    fc.assert(
      fc.property(arbitraryTable, arbitraryId, (ids, asked) => {
        const before = asWritten(ids, asked);
        if (before >= 0) expect(indexOf(ids).find(asked)).toBe(before);
      }),
    );
  });

  it('matches any other id to the one customer with its folded key, never across folded keys', () => {
    fc.assert(
      fc.property(arbitraryTable, arbitraryId, (ids, asked) => {
        if (asWritten(ids, asked) >= 0) return;
        const key = foldCustomerId(asked.trim());
        // The customers whose ids fold to the same key: one id written differently (C001 and
        // Ｃ００１) is one customer, the first row's; ids differing in case are two.
        const firstOf = (id: string) =>
          ids.findIndex((other) => widthFoldedId(other.trim()) === widthFoldedId(id.trim()));
        const customers = new Set(
          ids.flatMap((id) => (id.trim() !== '' && foldCustomerId(id.trim()) === key ? [firstOf(id)] : [])),
        );
        const cut = /^[+-]?\d+(?:\.\d+)?E[+-]?\d+$/i.test(key);
        const expected = customers.size === 1 && !cut && key !== '' ? ([...customers][0] as number) : -1;
        expect(indexOf(ids).find(asked)).toBe(expected);
      }),
    );
  });
});
