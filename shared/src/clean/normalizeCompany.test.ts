import { describe, expect, it } from 'vitest';
import { normalizeCompany } from './normalizeCompany.ts';

describe('normalizeCompany', () => {
  it.each([
    ['上海远帆供应链管理有限公司', '上海远帆供应链管理'],
    ['上海远帆供应链管理', '上海远帆供应链管理'],
    ['杭州云栖科技股份有限公司', '杭州云栖科技'],
    ['深圳海岳电子有限责任公司', '深圳海岳电子'],
    ['远帆（集团）股份有限公司', '远帆'],
    ['华润集团有限公司', '华润'],
    ['北京星河公司', '北京星河'],
    ['Ｓｔａｒ　Ｔｒａｄｉｎｇ', 'startrading'],
    ['Acme Inc.', 'acme'],
    ['ACME', 'acme'],
    ['Acme Co., Ltd.', 'acme'],
    ['Acme Co.,Ltd', 'acme'],
    ['Globex Corporation', 'globex'],
    ['Initech LLC', 'initech'],
    ['Müller GmbH', 'müller'],
    ['Zinc Ltd', 'zinc'],
    ['Smith & Sons Ltd.', 'smithsons'],
    ['偉達貿易有限公司', '伟达贸易'],
    ['寶豐國際集團', '宝丰国际'],
    ['台北精密工業股份有限公司', '台北精密工业'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCompany(input)).toBe(expected);
  });

  it.each([['个人'], ['无'], ['無'], ['個人'], ['N/A'], ['n.a.'], ['Self-employed'], ['  '], ['-']])(
    'treats the placeholder %j as no company',
    (input) => {
      expect(normalizeCompany(input)).toBe('');
    },
  );

  it('keeps a name that is nothing but a legal form', () => {
    expect(normalizeCompany('公司')).toBe('公司');
    expect(normalizeCompany('Company')).toBe('company');
  });

  it('returns an empty key for a missing company', () => {
    expect(normalizeCompany(null)).toBe('');
  });
});
