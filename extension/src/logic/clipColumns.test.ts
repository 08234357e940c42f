import { LANGUAGES, mapHeader } from '@crm/shared';
import { describe, expect, it } from 'vitest';
import { CLIP_COLUMN_SYNONYMS, CLIP_COLUMNS, clipHeader } from './clipColumns.ts';

describe('clip columns', () => {
  it.each(LANGUAGES)('reads back every header it writes in %s as its own column', (language) => {
    const { columns } = mapHeader(clipHeader(language), CLIP_COLUMN_SYNONYMS);
    expect(columns).toEqual(Object.fromEntries(CLIP_COLUMNS.map((c, i) => [c, i])));
  });

  it('writes the core’s customer-table headers for the fields they share', () => {
    expect(clipHeader('zh').slice(1, 7)).toEqual(['姓名', '公司', '职位', '手机', '电话', '邮箱']);
    expect(clipHeader('en').slice(1, 7)).toEqual(['Name', 'Company', 'Title', 'Mobile', 'Phone', 'Email']);
  });
});
