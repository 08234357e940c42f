import { LANGUAGES, mapConsentColumns, mapHeader, parseLegalBasis } from '@crm/shared';
import { describe, expect, it } from 'vitest';
import { clipFixture } from '../testing/clipFixture.ts';
import { CLIP_COLUMN_SYNONYMS, CLIP_COLUMNS, clipCells, clipHeader } from './clipColumns.ts';

describe('clip columns', () => {
  it.each(LANGUAGES)('reads back every header it writes in %s as its own column', (language) => {
    const { columns } = mapHeader(clipHeader(language), CLIP_COLUMN_SYNONYMS);
    expect(columns).toEqual(Object.fromEntries(CLIP_COLUMNS.map((c, i) => [c, i])));
  });

  it('writes the core’s customer-table headers for the fields they share', () => {
    expect(clipHeader('zh').slice(1, 7)).toEqual(['姓名', '公司', '职位', '手机', '电话', '邮箱']);
    expect(clipHeader('en').slice(1, 7)).toEqual(['Name', 'Company', 'Title', 'Mobile', 'Phone', 'Email']);
  });

  it.each(LANGUAGES)(
    'writes the consent columns (legal basis, purpose, source, informed on) the core’s privacy jobs read, in %s',
    (language) => {
      const header = clipHeader(language);
      expect(mapConsentColumns(header)).toEqual({
        legalBasis: header.indexOf(language === 'zh' ? '处理依据' : 'Legal basis'),
        purpose: header.indexOf(language === 'zh' ? '处理目的' : 'Purpose'),
        source: header.indexOf(language === 'zh' ? '来源' : 'Source'),
        informedOn: header.indexOf(language === 'zh' ? '告知日期' : 'Informed on'),
      });
    },
  );

  it('fills a clip’s legal basis, purpose and informed-on date, and leaves the date empty when nobody was told', () => {
    const told = clipCells(clipFixture('c1', { purpose: '展会后跟进报价', informedOn: '2026-03-06' }));
    expect(parseLegalBasis(told.legalBasis)).toBe('public-business-contact');
    expect([told.purpose, told.informedOn, told.source]).toEqual([
      '展会后跟进报价',
      '2026-03-06',
      'https://yuanfan-scm.example.cn/contact',
    ]);
    const notTold = clipCells(clipFixture('c2', { purpose: '展会后跟进报价' }));
    expect(notTold.informedOn).toBe('');
  });
});
