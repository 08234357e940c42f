// The build step that makes the CLI bundle ASCII (scripts/asciiOnly.mjs): each rewritten piece of
// code must be ASCII and do exactly what the original did. Every case is a function of one string;
// the original and the rewritten function are compared on strings made of the characters the case
// is written with (the halves of an emoji included, which a pattern without the u flag sees).
import { decode } from '@jridgewell/sourcemap-codec';
import { transform } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiOnly, shiftSourceMap } from '../scripts/asciiOnly.mjs';

const isAscii = (text: string) => /^[\0-\x7F]*$/.test(text);

const rewrite = (code: string, sourceType: 'script' | 'module' = 'script') =>
  asciiOnly(code, { file: 'case.js', sourceType }).code;

/** The function an arrow-function expression evaluates to (a comment may end its last line). */
const evaluate = (code: string) => new Function(`return (${code}\n);`)() as (s: string) => unknown;

/** The characters of `code`, with each astral character's two UTF-16 halves on their own. */
function alphabet(code: string): string[] {
  const chars = new Set<string>();
  for (const ch of code) {
    chars.add(ch);
    if (ch.length === 2) chars.add(ch[0] as string).add(ch[1] as string);
  }
  return [...chars];
}

const CASES: [string, string][] = [
  [
    'a class of full-width brackets',
    String.raw`(s) => /\s*[(（【[]([^()（）【】[\]]*)[)）】\]]\s*$/.exec(s)`,
  ],
  ['an alternation of Chinese words', '(s) => /(?:先生|女士|小姐)$/.test(s)'],
  [
    'full-width punctuation and a range of Chinese',
    String.raw`(s) => s.split(/[，、；：]|[\u4e00-\u9fa5]{2}/)`,
  ],
  ['an emoji without the u flag (two code units)', '(s) => s.replace(/😀+/g, "#")'],
  ['an emoji in a class without the u flag (either half)', '(s) => s.replace(/[😀中]/g, "#")'],
  ['an emoji with the u flag (one code point)', '(s) => s.replace(/[😀😃]+/gu, "#")'],
  [
    'the v flag: a set difference and a string in a class',
    String.raw`(s) => s.replace(/[\p{Script=Han}--[中文]]|[\q{星期|周}]/gv, "#")`,
  ],
  ['the v flag: an intersection of classes', '(s) => s.replace(/[[中文字]&&[文字😀]]/gv, "#")'],
  ['identity escapes without the u flag', String.raw`(s) => s.replace(/\中[\文a]\\/g, "#")`],
  ['a named group and its back-reference', '(s) => /(?<名>[甲乙])\\k<名>/.exec(s)?.groups ?? null'],
  ['an astral group name', '(s) => /(?<𠀀>[甲乙])/u.exec(s)?.groups?.["\\u{20000}"] ?? null'],
  [
    'a regular expression after `)` and a division',
    '(s) => { let n = 0; if (s) /中|文/.test(s) && n++; return [(s.length) / 2 / 1, n]; }',
  ],
  [
    'a regular expression in a template substitution',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
    '(s) => `${/[中文]+/.exec(s)?.[0] ?? "-"}/${s.length / 2}`',
  ],
  ['comments, Chinese and an emoji', '(s) => /* 中文注释 😀 */ s.length // 长度'],
  [
    'a String.raw template feeding a pattern',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
    '(s) => new RegExp(String.raw`^[(（]?(?:周|星期)[一二]\\s*${"\\u5E74"}月$`).test(s)',
  ],
  [
    'String.raw with an escaped Chinese character and a dollar sign',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
    '(s) => String.raw`\\中$年${s}月\\\\`',
  ],
];

describe('asciiOnly', () => {
  it.each(CASES)('rewrites %s as ASCII that does the same', (_, code) => {
    const ascii = rewrite(code);
    expect(isAscii(ascii), ascii).toBe(true);
    expect(ascii.split('\n')).toHaveLength(code.split('\n').length);
    const [before, after] = [evaluate(code), evaluate(ascii)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet(code)), { maxLength: 8 }), (chars) => {
        const s = chars.join('');
        expect(after(s)).toStrictEqual(before(s));
      }),
      { numRuns: 300 },
    );
  });

  it('escapes an astral character as \\u{…} with the u or v flag and as two halves without', () => {
    expect(rewrite('/😀/u;/😀/v;/😀/;')).toBe('/\\u{1F600}/u;/\\u{1F600}/v;/\\uD83D\\uDE00/;');
  });

  it('leaves ASCII code as it is, byte for byte', () => {
    const code = 'const half = (a) / 2 / b; // plain\nconst re = /[a-z]+/g;';
    expect(rewrite(code)).toBe(code);
    expect(asciiOnly(code, { file: 'case.js', sourceType: 'script' }).edits).toEqual([]);
  });

  it('reads an ES module (the orders worker)', () => {
    expect(rewrite('export const re = /中/;', 'module')).toBe('export const re = /\\u4E2D/;');
  });

  it.each([
    [
      'a string',
      'const s = 1;\nconst t = "ok" + "中";',
      'case.js:2:19: U+4E2D "中" outside any regular expression',
    ],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
    ['a template of another tag', 'tag`年${1}`', 'case.js:1:5: U+5E74 "年" outside any regular expression'],
    ['a name', 'const 名 = 1;', 'case.js:1:7: U+540D "名" outside any regular expression'],
    [
      'a comment holding a line separator',
      'a /* x\u2028 */',
      'case.js:1:7: U+2028 in a comment (a line separator)',
    ],
    [
      'String.raw where String is a local name',
      'function f(String) { return String.raw`年`; }',
      'case.js:1:40: U+5E74 "年" in a String.raw template, where a binding named String may hide the built-in',
    ],
    [
      'code that does not parse',
      'const = /中/;',
      'case.js: acorn cannot parse the bundle (Unexpected token (1:6))',
    ],
  ])('refuses non-ASCII in %s, naming the file, line and column', (_, code, message) => {
    expect(() => rewrite(code)).toThrow(message);
  });
});

describe('shiftSourceMap', () => {
  it('keeps every mapped name on the name it maps to, after escapes lengthen its line', async () => {
    const source = [
      'export function title(s: string): string | null {',
      '  const honorific = /(?:先生|女士)$/.test(s), bracket = /[(（【]/.exec(s); const note = s.trim();',
      '  return honorific || bracket ? note.replace(/[，,]$/, "") : /😀/u.test(note) ? null : note;',
      '}',
    ].join('\n');
    const built = await transform(source, { loader: 'ts', format: 'esm', sourcemap: 'external' });
    expect(isAscii(built.code)).toBe(false);
    const { code, edits } = asciiOnly(built.code, { file: 'title.js', sourceType: 'module' });
    const map = JSON.parse(shiftSourceMap(built.map, built.code, edits)) as { mappings: string };

    // The name at a position; a mapping may start at the indentation before it.
    const word = (line: string | undefined, column: number) =>
      /^\s*([A-Za-z_$][\w$]*)/.exec(line?.slice(column) ?? '')?.[1];
    const generated = code.split('\n');
    const original = source.split('\n');
    const pairs = decode(map.mappings).flatMap((segments, line) =>
      segments.flatMap((segment) => {
        const [column, , sourceLine = 0, sourceColumn = 0] = segment;
        const name = word(original[sourceLine], sourceColumn);
        return name === undefined ? [] : [[word(generated[line], column), name]];
      }),
    );
    expect(pairs.length).toBeGreaterThan(10);
    for (const [at, name] of pairs) expect(at).toBe(name);
  });
});
