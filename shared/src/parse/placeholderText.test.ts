import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaceholderText } from './placeholderText.ts';

describe('isPlaceholderText', () => {
  it.each([
    '-',
    ' - ',
    '—',
    '——',
    '–',
    '--',
    '/',
    'N/A',
    'n/a',
    'NA',
    '无',
    '暂无',
    '無',
    '暫無',
    '沒有',
    '－',
    'None',
    'NULL',
  ])('takes %j for an empty cell', (text) => {
    expect(isPlaceholderText(text)).toBe(true);
  });

  it.each(['0', '张伟', 'Nan', 'NAB', '-5', '无锡', '無錫', 'n/a 待补', '2026-01-01', ''])(
    'reads %j as a value',
    (text) => {
      expect(isPlaceholderText(text)).toBe(false);
    },
  );

  it('reads a text as its NFKC form, trimmed, in lower case (the quick test on its first character included)', () => {
    // Pieces of the placeholders, their full-width and upper-case forms, combining marks that
    // merge with the character before them, and white space of several kinds.
    const piece = fc.constantFrom(
      ...['n', 'N', 'a', 'A', '/', '-', '—', '–', '\\', '无', '暂', '没', '有', '空', '未', '知', '(', ')'],
      ...['b', 'l', 'k', 'o', 'e', 'u', 'Ｎ', 'Ａ', '／', '－', '（', '\u0301', '\u0303', '\u0338', '<', '='],
      ...[' ', '\u3000', '\t', '\u00a0'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        const normal = text.normalize('NFKC').trim().toLowerCase();
        expect(isPlaceholderText(text)).toBe(normal.length <= 8 && isPlaceholderText(normal));
      }),
      { numRuns: 2000 },
    );
  });
});
