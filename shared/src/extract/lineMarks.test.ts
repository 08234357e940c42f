import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHiddenEmails } from './findEmails.ts';
import {
  AT_SIGN,
  COPYRIGHT_MARK,
  DIGIT,
  FULL_WIDTH_DATA,
  HIDDEN_EMAIL_MARK,
  lineMarks,
} from './lineMarks.ts';

// lineMarks answers in one pass what the page walk asked of each line with a pattern each. The
// patterns are the reference: where a mark is absent, the pattern it spares must find nothing.

const FULL_WIDTH_DATA_PATTERN = /[\uff0b\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]/;
/** blockBuilder.ts's copyright notice. */
const COPYRIGHT = /(?:©|\(c\)|copyright|版权所有|版權所有)/i;
/** What symbolForAt may say stands for the @, and no such saying. */
const SYMBOLS = [null, '#', '*', '★', '☆'];

/** Lines of pages as the walk meets them, pieced together from the pieces the marks are about. */
const line = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '手机：',
        '139 1234 5678',
        '０２１－６２３４　５６７８',
        'ｓａｌｅｓ＠ｅｘａｍｐｌｅ．ｃｏｍ',
        '＋８６',
        'vivian [at] hengbang-seal [dot] com',
        'zhonglx AT hust-mech.edu.cn',
        'jsmith at cs dot stanford dot edu',
        'sales#hengbang-seal.com',
        'sales＃hengbang-seal.com',
        'info★example.com',
        'info*example.com',
        'info☆example.com',
        '发送时请将#换成@',
        '(c) 2024',
        '© 2024 远帆',
        'COPYRIGHT',
        '版权所有',
        '版權所有',
        'li.lei@example.com',
        '，',
        '（总机）',
        ' ',
        '\u3000',
        'Tel',
        'CAT',
        'dot',
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

describe('lineMarks', () => {
  it('marks digits, @ and full-width data exactly where the patterns find them', () => {
    fc.assert(
      fc.property(line, (text) => {
        const marks = lineMarks(text);
        expect((marks & DIGIT) !== 0).toBe(/\d/.test(text));
        expect((marks & AT_SIGN) !== 0).toBe(text.includes('@'));
        expect((marks & FULL_WIDTH_DATA) !== 0).toBe(FULL_WIDTH_DATA_PATTERN.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a line unmarked only where no hidden address and no copyright notice can be', () => {
    fc.assert(
      fc.property(line, fc.constantFrom(...SYMBOLS), fc.boolean(), (text, symbol, labelled) => {
        const marks = lineMarks(text);
        if ((marks & HIDDEN_EMAIL_MARK) === 0)
          expect(findHiddenEmails(text, { symbol, labelled })).toEqual([]);
        if ((marks & COPYRIGHT_MARK) === 0) expect(COPYRIGHT.test(text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['行业动态第 12 期', DIGIT],
    ['浏览 次', 0],
    ['邮箱：staff3@yuanfan-sc.com', DIGIT | AT_SIGN | HIDDEN_EMAIL_MARK | COPYRIGHT_MARK],
    ['© 2024 上海远帆供应链管理有限公司 版权所有', DIGIT | COPYRIGHT_MARK],
    ['电话：０２１－６２３４５６７８', FULL_WIDTH_DATA],
    ['vivian【at】example【dot】com', HIDDEN_EMAIL_MARK | COPYRIGHT_MARK],
  ])('%j', (text, marks) => {
    expect(lineMarks(text)).toBe(marks);
  });
});
