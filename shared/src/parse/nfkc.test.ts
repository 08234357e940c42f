import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../table/normalizeHeader.ts';
import { normalizeText } from './cellToText.ts';
import { isNfkcStable, toNfkc } from './nfkc.ts';
import { isPlaceholderText } from './placeholderText.ts';
import { foldTraditional } from './simplifiedChinese.ts';

/**
 * Characters of real sheets and the ones NFKC changes: ASCII, CJK ideographs, full-width forms
 * (１２３ ￥ （）), the ideographic space, zero-width characters and the BOM, compatibility
 * ideographs (U+F900…), circled and squared forms (① ㎏), Hangul, accents and a combining mark.
 */
const SHEET_CHARACTERS = [
  ...'aZ09 -_:.*()[]@,¥$€元合计总Total客户编号姓名张伟',
  '\u3000',
  '\uFF11',
  '\uFFE5',
  '\uFF08',
  '\uFF09',
  '\u200B',
  '\u2060',
  '\uFEFF',
  '\uF900',
  '\u2460',
  '\u338F',
  '\uAC00',
  '\u1100',
  '\u1161',
  'é',
  'e\u0301',
  '\u0301',
  'ﬁ',
  '·',
  '【',
  '】',
  'İ',
  // Arabic-Indic and Persian digits and the Arabic separators, which normalizeText writes as ASCII.
  '\u0664',
  '\u06F4',
  '\u066B',
  '\u066C',
];

/** The ASCII of an Arabic-Indic or Persian digit or Arabic separator, as normalizeText writes it. */
function asAscii(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x066a) return '%';
  if (code === 0x066b) return '.';
  if (code === 0x066c) return ',';
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}
const sheetText = fc
  .array(fc.constantFrom(...SHEET_CHARACTERS), { maxLength: 12 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(sheetText, fc.string({ unit: 'binary', maxLength: 12 }));

describe('NFKC without the call', () => {
  it('leaves text unchanged exactly when normalize would, for stable text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (isNfkcStable(text)) expect(text.normalize('NFKC')).toBe(text);
        expect(toNfkc(text)).toBe(text.normalize('NFKC'));
      }),
    );
  });

  it('gives the same cell text, header key and placeholder verdict as the full normalisation', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeText(text)).toBe(
          text
            .normalize('NFKC')
            .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
            .replace(/[\u0660-\u066c\u06f0-\u06f9]/g, asAscii)
            .trim(),
        );
        expect(normalizeHeader(text)).toBe(
          foldTraditional(text.normalize('NFKC').toLowerCase())
            .replace(
              /[\u200B\u200C\u2060\uFEFF]|\u200D|\uFE0E|\uFE0F|\p{Extended_Pictographic}|\p{Emoji_Modifier}/gu,
              '',
            )
            .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '')
            .replace(/[\s_\-:*.·]+/g, ''),
        );
        expect(isPlaceholderText(text)).toBe(
          text.length <= 8 && isPlaceholderText(text.normalize('NFKC').trim().toLowerCase()),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['C001167', true],
    ['客户编号', true],
    ['２０２４', false],
    ['\uFEFF客户编号', false],
    ['Zoë', false],
  ])('%s is stable: %s', (text, stable) => {
    expect(isNfkcStable(text)).toBe(stable);
  });
});
