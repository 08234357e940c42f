import { fromDayNumber } from '@crm/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CdnowTransactions, parseCdnowText } from './readCdnowFile.ts';

/** The customer id of each purchase read. */
function idsOf(parsed: CdnowTransactions | null): string[] {
  return Array.from(parsed?.keys ?? [], (key) => parsed?.keyIds[key] as string);
}

function transactionsOf(parsed: CdnowTransactions | null) {
  expect(parsed?.issues).toEqual([]);
  return idsOf(parsed).map((customerId, i) => ({
    customerId,
    date: fromDayNumber(parsed?.days[i] as number),
    amount: parsed?.amounts[i],
  }));
}

describe('parseCdnowText', () => {
  it('reads the 5-column sample format without a header, ids as written', () => {
    const text =
      ' 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n 00021 0002 19970101  3   63.34\n';
    expect(transactionsOf(parseCdnowText(text))).toEqual([
      { customerId: '00004', date: '1997-01-01', amount: 29.33 },
      { customerId: '00004', date: '1997-01-18', amount: 29.73 },
      { customerId: '00021', date: '1997-01-01', amount: 63.34 },
    ]);
  });

  it('reads the 4-column master format after its header line, with CRLF line ends', () => {
    const text =
      ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  5   77.00\r\n';
    expect(transactionsOf(parseCdnowText(text))).toEqual([
      { customerId: '00001', date: '1997-01-01', amount: 11.77 },
      { customerId: '00002', date: '1997-01-12', amount: 77 },
    ]);
  });

  it('reads the 4-column format without a header', () => {
    expect(idsOf(parseCdnowText('00001 19970101 1 11.77\n'))).toEqual(['00001']);
  });

  it('reports bad lines with their line number and keeps the rest', () => {
    const text = [
      ' 00004 0001 19970101  2   29.33',
      ' 00004 0001 19971345  2   29.73',
      ' 00005 0002 19970105  1   abc',
      ' 00006 0003 19970105',
      '',
      ' 00007 0004 19970107  1   9.99',
    ].join('\n');
    const result = parseCdnowText(text);
    expect(idsOf(result)).toEqual(['00004', '00007']);
    expect(result?.issues).toEqual([
      { line: 2, text: '00004 0001 19971345  2   29.73', message: '"19971345" is not a date as YYYYMMDD' },
      { line: 3, text: '00005 0002 19970105  1   abc', message: '"abc" is not an amount' },
      { line: 4, text: '00006 0003 19970105', message: 'expected 5 columns, found 3' },
    ]);
  });

  it('reads amounts exactly as Number() does, including negative and unusual ones', () => {
    const amounts = ['0.01', '29.33', '1234567.89', '-5', '77', '0.1e2', '.5', '123456789012345678'];
    const text = amounts.map((a, i) => `00001 ${i} 19970101 1 ${a}`).join('\n');
    expect(Array.from(parseCdnowText(text)?.amounts ?? [])).toEqual(amounts.map(Number));
  });

  it('gives every purchase the id written on its line, each id kept once, however ids repeat', () => {
    // Ids that share lengths and prefixes, lines split by spaces, tabs and CRs, and lines that are
    // blank or bad between repeats of an id: the id is only cut again where it differs from the
    // purchase before.
    const id = fc.constantFrom('1', '12', '21', '012', '00001', '00002', '10000', 'C-7', '客户1');
    const gap = fc.constantFrom(' ', '  ', '\t', ' \t ');
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(id, gap, gap).map(([c, g, h]) => `${g}${c}${h}19970101 1${g}9.99`) },
      { weight: 1, arbitrary: fc.constantFrom('', '   ', '\r') },
      { weight: 1, arbitrary: id.map((c) => `${c} 19970101 1`) },
    );
    // Sorted by customer, as the CDNOW files are, or not.
    const lines = fc.oneof(
      fc.array(line, { maxLength: 40 }),
      fc.array(line, { maxLength: 40 }).map((ls) => ls.sort((x, y) => (x.trim() < y.trim() ? -1 : 1))),
    );
    fc.assert(
      fc.property(lines, fc.constantFrom('\n', '\r\n'), (lines, end) => {
        const text = ['customer_id date number_of_cds dollar_value', ...lines].join(end);
        const parsed = parseCdnowText(text);
        // Every line with four fields is a purchase of the customer in its first field.
        const expected = lines
          .map((l) => l.split(/[ \t\r]+/).filter(Boolean))
          .filter((fields) => fields.length === 4)
          .map((fields) => fields[0]);
        expect(idsOf(parsed)).toEqual(expected);
        expect(parsed?.keyIds).toEqual([...new Set(expected)]);
        expect(Array.from(parsed?.amounts ?? [])).toEqual(expected.map(() => 9.99));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a CSV orders table', 'customer_id,date,amount\nC1,2026-01-01,10\n'],
    ['a tab-separated table with other headers', '客户编号\t日期\t金额\nC1\t2026-01-01\t10\n'],
    ['an empty file', '\n\n'],
    ['numbers without a YYYYMMDD date', '1 2 3 4 5\n'],
  ])('returns null for %s, to be read as an ordinary table', (_name, text) => {
    expect(parseCdnowText(text)).toBeNull();
  });
});
