import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizedHeaderHead, normalizeHeader } from './normalizeHeader.ts';

describe('normalizeHeader', () => {
  it.each([
    ['Customer ID', 'customerid'],
    ['消费金额（元）', '消费金额'],
    // A shared sheet's headers decorated with emoji, variation selectors and skin tones.
    ['👤 Name', 'name'],
    ['✉️ Newsletter', 'newsletter'],
    ['📱 手机', '手机'],
    ['⚠️ Allergies / notes', 'allergies/notes'],
    ['👋🏽 联系人', '联系人'],
    ['Name 🧁', 'name'],
    // Not pictographs: a number sign and digits stay.
    ['#', '#'],
    ['No. 2', 'no2'],
  ])('%j → %j', (text, normalized) => {
    expect(normalizeHeader(text)).toBe(normalized);
  });
});

describe('normalizedHeaderHead', () => {
  it.each([
    ['Customer ID', 'c'],
    ['客户编号', '客'],
    ['訂單日期', '订'],
    ['電郵', '电'],
    ['E-mail:', 'e'],
    ['3 天', '3'],
    [' Name', null],
    ['*姓名', null],
    ['(全称)姓名', null],
    ['【必填】手机', null],
    ['Ｎａｍｅ', null],
    ['e\u0301tat', null],
    ['', null],
  ])('%j → %s', (text, head) => {
    expect(normalizedHeaderHead(text)).toBe(head === null ? -1 : head.charCodeAt(0));
  });

  it("is the first character of normalizeHeader's text whenever it answers (property)", () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      'é',
      'E',
      '\u0301',
      '\u0308',
      '张',
      '客',
      '張',
      '訂',
      '１',
      'Ａ',
      '·',
      '・',
      ' ',
      '\t',
      '\u00a0',
      '\u200b',
      '_',
      '-',
      ':',
      '*',
      '.',
      '(',
      ')',
      '[',
      ']',
      '【',
      '】',
      '（',
      '）',
      '3',
      'İ',
      'ß',
      'ﬁ',
      '㈱',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
        (text) => {
          const head = normalizedHeaderHead(text);
          if (head >= 0) expect(normalizeHeader(text).charCodeAt(0)).toBe(head);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
