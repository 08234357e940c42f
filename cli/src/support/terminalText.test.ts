import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonForTerminal, terminalText } from './terminalText.ts';

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

describe('jsonForTerminal', () => {
  it('escapes what JSON leaves raw and a terminal acts on, and holds the same data', () => {
    const value = { name: '\u009b2J张伟\u202e', note: '\u001b[31m' };
    const json = jsonForTerminal(value);
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
        const printed = jsonForTerminal(value, indent);
        expect(printed).not.toMatch(unsafe);
        expect(JSON.parse(printed)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
