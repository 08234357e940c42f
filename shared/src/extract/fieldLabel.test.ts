import { describe, expect, it } from 'vitest';
import { fieldLabel, labelField } from './fieldLabel.ts';

describe('labelField', () => {
  // As Hong Kong, Taiwan and Macau pages write them.
  it.each([
    ['聯絡人', 'name'],
    ['連絡人', 'name'],
    ['聯繫人', 'name'],
    ['職稱', 'title'],
    ['公司名稱', 'organization'],
    ['電話', 'phone'],
    ['手機', 'phone'],
    ['手提', 'phone'],
    ['手提電話', 'phone'],
    ['流動電話', 'phone'],
    ['行動電話', 'phone'],
    ['電郵', 'email'],
    ['電子郵件', 'email'],
    ['電子信箱', 'email'],
    ['傳真', 'fax'],
    ['網址', 'web'],
  ])('reads the label %s as %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  it.each([
    ['传 真', 'fax'],
    ['传真号码', 'fax'],
    ['Facsimile', 'fax'],
    ['Fax No.', 'fax'],
  ])('reads the fax label %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  it('gives the value after a traditional label as written', () => {
    expect(fieldLabel('聯絡人：陳大文')).toEqual({ field: 'name', value: '陳大文' });
  });
});
