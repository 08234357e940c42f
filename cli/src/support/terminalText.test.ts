import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonList, jsonPiecesForTerminal, terminalText } from './terminalText.ts';

describe('terminalText', () => {
  it.each([
    ['\u001b[31m张伟\u001b[0m', '张伟'],
    ['\u001b]8;;https://evil.example\u0007点我\u001b]8;;\u0007', '点我'],
    ['\u001b]0;window title\u0007Li Lei', 'Li Lei'],
    ['\u001b[2J\u001b[HLi', 'Li'],
    ['\u009b31mred', 'red'],
    ['ok\rFAKE', 'okFAKE'],
    ['bell\u0007 and NUL\u0000', 'bell and NUL'],
    ['admin\u202e\u2066txt.exe', 'admintxt.exe'],
    ['第一行\n\t第二行', '第一行\n\t第二行'],
    ['+86 139 1234 5678 · li@example.com', '+86 139 1234 5678 · li@example.com'],
  ])('%j prints as %j', (text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });
});

/** The document as printJson prints it (without its line end). */
const printed = (value: unknown, indent?: number) => [...jsonPiecesForTerminal(value, indent)].join('');

describe('JSON for the terminal', () => {
  it('escapes what JSON leaves raw and a terminal acts on, and holds the same data', () => {
    const value = { name: '\u009b2J张伟\u202e', note: '\u001b[31m' };
    const json = printed(value);
    expect(json).toBe('{"name":"\\u009b2J张伟\\u202e","note":"\\u001b[31m"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('gives any document back whole, with no character a terminal acts on', () => {
    // The line breaks of an indented document stay.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
    const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    // Strings often holding those characters, beside any others.
    const text = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom('a', '张', '\u007f', '\u0085', '\u009b', '\u202e', '\u2067', '\u001b'),
      }),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value')),
        fc.dictionary(text, tie('value')),
      ),
    })).value;
    fc.assert(
      fc.property(json, fc.constantFrom(undefined, 0, 2), (value, indent) => {
        const text = printed(value, indent);
        expect(text).not.toMatch(unsafe);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('jsonPiecesForTerminal', () => {
  const joined = (value: unknown, indent: number, perPiece: number) =>
    [...jsonPiecesForTerminal(value, indent, perPiece)].join('');

  it('writes a long list a few entries at a time, as one document', () => {
    const customers = [1, 2, 3, 4, 5].map((n) => ({ id: `C00${n}`, clv: n / 3 }));
    const document = { bgnbd: { r: 0.25 }, customers, notes: ['α = 4.789'] };
    const pieces = [...jsonPiecesForTerminal(document, 0, 2)];
    expect(pieces).toEqual([
      '{"bgnbd":{"r":0.25}',
      ',"customers":',
      `[${JSON.stringify(customers.slice(0, 2)).slice(1, -1)}`,
      `,${JSON.stringify(customers.slice(2, 4)).slice(1, -1)}`,
      `,${JSON.stringify(customers.slice(4)).slice(1, -1)}`,
      ']',
      ',"notes":["α = 4.789"]',
      '}',
    ]);
    expect(pieces.join('')).toBe(JSON.stringify(document));
  });

  it('gives exactly JSON.stringify with the terminal controls escaped, indented or not, however the document is cut', () => {
    // What JSON.stringify leaves raw and a terminal acts on, written as \\u escapes.
    const escaped = (json: string) =>
      json.replace(
        /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    const text = fc.string({ unit: fc.constantFrom('a', '张', '\n', '\u009b', '\u202e', '"', '\\') });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie('value'), { maxLength: 12 }),
        fc.dictionary(text, tie('value'), { maxKeys: 6 }),
        fc.array(fc.dictionary(text, tie('value'), { maxKeys: 3 }), { minLength: 3, maxLength: 30 }),
      ),
    })).value;
    fc.assert(
      fc.property(
        fc.dictionary(text, json),
        fc.constantFrom(0, 2, 4, 12),
        fc.integer({ min: 1, max: 5 }),
        (value, indent, perPiece) => {
          expect(joined(value, indent, perPiece)).toBe(escaped(JSON.stringify(value, null, indent)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['holes and functions in a long list', Object.assign([1, undefined, () => 0], { 4: 5, 5: null })],
    [
      'a date and a value with toJSON',
      { at: new Date(Date.UTC(2026, 11, 4)), list: [{ toJSON: () => 'x' }, 2, 3, 4] },
    ],
    ['an object with a null prototype', Object.assign(Object.create(null), { list: [1, 2, 3, 4] })],
    ['a Map beside a long list', { map: new Map([[1, 2]]), list: [[1, 2, 3, 4], 2, 3, 4] }],
    ['keys left out', { a: undefined, list: [1, 2, 3, 4], b: () => 1, c: Symbol('s') }],
    ['an empty list and object', { list: [], empty: {}, long: [{}, [], {}, []] }],
  ])('%s', (_name, value) => {
    for (const indent of [0, 2]) expect(joined(value, indent, 2)).toBe(JSON.stringify(value, null, indent));
  });
});

describe('JsonList', () => {
  const joined = (value: unknown, indent: number, perPiece: number) =>
    [...jsonPiecesForTerminal(value, indent, perPiece)].join('');

  it('prints as the list of its items mapped, however it is cut and indented', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '张', '\n', '\u009b', '"') });
    const item = fc.record({ id: text, clv: fc.double(), x: fc.integer() });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 30 }),
        fc.constantFrom(0, 2),
        fc.integer({ min: 1, max: 5 }),
        (items, indent, perPiece) => {
          const map = (c: { id: string; clv: number; x: number }) => ({ id: c.id, value: c.clv * 2, x: c.x });
          const eager = { head: { r: 0.25 }, list: items.map(map), notes: ['α'] };
          const lazy = { head: { r: 0.25 }, list: new JsonList(items, map), notes: ['α'] };
          expect(joined(lazy, indent, perPiece)).toBe(joined(eager, indent, perPiece));
          expect(JSON.stringify(lazy, null, indent)).toBe(JSON.stringify(eager, null, indent));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('maps its items only as their piece is written', () => {
    const mapped: number[] = [];
    const list = new JsonList([1, 2, 3, 4, 5], (n) => {
      mapped.push(n);
      return { n };
    });
    const pieces = jsonPiecesForTerminal({ list }, 0, 2);
    expect(pieces.next().value).toBe('{"list":');
    expect(mapped).toEqual([]);
    expect(pieces.next().value).toBe('[{"n":1},{"n":2}');
    expect(mapped).toEqual([1, 2]);
    expect([...pieces].join('')).toBe(',{"n":3},{"n":4},{"n":5}]}');
    expect(mapped).toEqual([1, 2, 3, 4, 5]);
  });
});
