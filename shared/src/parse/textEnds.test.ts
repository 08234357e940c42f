import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber.ts';
import { parsePhone } from './parsePhone.ts';
import { endingWord, trimEndMatching } from './textEnds.ts';

describe('reading a word off the end of a cell', () => {
  it.each([
    ['1.2 万', ['万', '千'], { word: '万', before: '1.2' }],
    ['12 RMB  ', ['RMB'], { word: 'RMB', before: '12' }],
    ['12元', ['块钱', '元'], { word: '元', before: '12' }],
    [`9${' '.repeat(40)}分`, ['分'], { word: '分', before: '9' }],
    ['12 元 x', ['元'], null],
  ])('%j with %j', (text, words, expected) => {
    expect(endingWord(text, words)).toEqual(expected);
  });

  it('compares case-insensitively when asked', () => {
    expect(endingWord('12 rmb', ['RMB'], true)).toEqual({ word: 'RMB', before: '12' });
    expect(endingWord('12 rmb', ['RMB'])).toBeNull();
  });

  it('trims a run of characters off the end only', () => {
    expect(trimEndMatching('张伟 ，；| ', /[\s,，;；|]/)).toBe('张伟');
    expect(trimEndMatching(' , 张伟', /[\s,]/)).toBe(' , 张伟');
  });
});

describe('cells read as before the rewrite, in linear time', () => {
  it.each([
    ['1.2万元', 12000],
    ['1.2 万 元', 12000],
    ['3k', 3000],
    ['¥(12.00)', -12],
    ['(12.00) 元', -12],
    ['1,234.50 RMB', 1234.5],
    ['USD -12', -12],
  ])('amount %j', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it('reads a run of digits past the largest number as too large, not Infinity', () => {
    expect(parseNumber('9'.repeat(400))).toMatchObject({ ok: false, problem: { code: 'number-too-large' } });
  });

  it.each([
    ['021-6123 4567 转 801', '+862161234567'],
    ['021-6123 4567 分机号：801', '+862161234567'],
    ['021-6123 4567分机801', '+862161234567'],
  ])('phone %j with an extension', (text, e164) => {
    expect(parsePhone(text, 'CN')).toEqual({ ok: true, value: e164 });
  });
});
