import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

// The CSV writer's use of Papa Parse's unparse (csvFile.ts: arrays of strings, CRLF). patches/
// papaparse+*.patch (applied by `npm ci`) lets a field with nothing to quote skip unparse's
// replace and six searches; these cases hold Papa's quoting rules either way.
const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: '\r\n' });

describe('Papa.unparse, as the CSV writer calls it', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['张伟', '张伟'],
    ['a b', 'a b'],
    [' leading space', '" leading space"'],
    ['trailing space ', '"trailing space "'],
    [' ', '" "'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['\ufeffBOM', '"\ufeffBOM"'],
    ["'=SUM(A1)", "'=SUM(A1)"],
    ['tab\there', 'tab\there'],
  ])('writes %j as %j', (field, written) => {
    expect(unparse([[field, 'x']])).toBe(`${written},x`);
  });

  it('quotes by the quote character asked for (and still any field with a double quote)', () => {
    expect(Papa.unparse([["it's", 'say "hi"', 'a;b', 'ok']], { quoteChar: "'", delimiter: ';' })).toBe(
      `'it''s';'say "hi"';'a;b';ok`,
    );
  });

  // Delimiters with a meaning inside a pattern's character class, where the patch looks for them:
  // a field holding the delimiter is quoted, and only such a field.
  it.each([
    [']', '"a]b"]"a^]\\-b"]plain'],
    ['^', '"a^b"^"a^]\\-b"^plain'],
    ['\\', '"a\\b"\\"a^]\\-b"\\plain'],
    ['-', '"a-b"-"a^]\\-b"-plain'],
    ['|', '"a|b"|a^]\\-b|plain'],
    ['\t', '"a\tb"\ta^]\\-b\tplain'],
  ])('quotes the fields holding the delimiter %j', (delimiter, written) => {
    expect(Papa.unparse([[`a${delimiter}b`, 'a^]\\-b', 'plain']], { delimiter })).toBe(written);
  });

  it('writes any rows of strings that read back as the same rows', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', '张', ' ', ',', '"', '\n', '\r', '\ufeff', "'", '='),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const read = Papa.parse<string[]>(unparse(rows), { newline: '\r\n' }).data;
          expect(read).toEqual(rows);
        },
      ),
    );
  });

  it('writes a field with nothing to quote without searching it again (patched)', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`C${i}`, '张伟', '13912345678']);
    const replace = String.prototype.replace;
    let calls = 0;
    String.prototype.replace = function (this: string, ...args: Parameters<typeof replace>) {
      calls++;
      return replace.apply(this, args);
    } as typeof replace;
    try {
      unparse(rows);
    } finally {
      String.prototype.replace = replace;
    }
    // One replace makes the pattern of the quote character. As shipped, Papa Parse then doubles
    // the quotes of every field with another: 301 here.
    expect(calls).toBe(1);
  });
});
