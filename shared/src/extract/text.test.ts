import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace } from './text.ts';

/** collapseSpace as a pattern and a replace alone, without the look at the characters first. */
const collapsedByPattern = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** Every character `\s` matches, and a few that are no white space. */
const SPACES = [
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const OTHERS = ['a', '中', '，', '\u200b', '\u0085', '\u180e', '\u3001', '\ufffd', '1'];

describe('collapseSpace', () => {
  it('gives what the pattern gives, and the very same string for a tidy line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SPACES, ...OTHERS, ...OTHERS), { maxLength: 12 }).map((c) => c.join('')),
        (text) => {
          const collapsed = collapseSpace(text);
          expect(collapsed).toBe(collapsedByPattern(text));
          if (collapsed === text) expect(collapseSpace(text)).toBe(text);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['', ''],
    [' ', ''],
    ['李明 销售经理', '李明 销售经理'],
    ['李明  销售经理 ', '李明 销售经理'],
    ['\u3000传　真：', '传 真：'],
    ['a\u00a0b', 'a b'],
    ['a\ufeffb', 'a b'],
  ])('%j', (text, collapsed) => {
    expect(collapseSpace(text)).toBe(collapsed);
  });
});
