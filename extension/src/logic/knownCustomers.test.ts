import { describe, expect, it } from 'vitest';
import { identityKeys } from './identityValues.ts';
import { findKnownCustomer, keyHash, knownCustomersFromSheet } from './knownCustomers.ts';

const sheet = [
  ['客户编号', '姓名', '邮箱', '手机', '微信号', '客户分群', '下次跟进'],
  ['C001', '王芳', 'Wang.Fang@yuanfan-scm.cn', '138 0000 1111', '', '重要价值客户', '2026-12-01'],
  ['C002', 'Alice Chen', '', '+1 415 555 0100', '', '', ''],
  ['C003', '无联系方式', '', '', '', '一般客户', ''],
  ['C004', '李娜', '', '', 'LiNa_Sales2024', '重要发展客户', '2026-12-08'],
];

describe('known customers', () => {
  const known = knownCustomersFromSheet(sheet, 'CN');

  it('keeps rows with an email, phone or WeChat id: hashed keys, segment and next follow-up, nothing else', () => {
    expect(known).toHaveLength(3);
    expect(known[0]).toEqual({
      segment: '重要价值客户',
      nextFollowUp: '2026-12-01',
      keys: [keyHash('email:wang.fang@yuanfan-scm.cn'), keyHash('tel:+8613800001111')],
    });
    const stored = JSON.stringify(known);
    expect(known[2]?.keys).toEqual([keyHash('wechat:lina_sales2024')]);
    for (const plain of ['王芳', 'Alice', 'wang.fang', '8613800001111', '4155550100', 'C001', 'lina_sales'])
      expect(stored).not.toContain(plain);
  });

  it('hashes keys to 64 hex digits, the same key always alike', () => {
    expect(keyHash('tel:+8613800001111')).toMatch(/^[0-9a-f]{64}$/);
    expect(keyHash('tel:+8613800001111')).toBe(keyHash('tel:+8613800001111'));
    expect(keyHash('tel:+8613800001111')).not.toBe(keyHash('tel:+8613800001112'));
  });

  it.each([
    [['wang.fang@yuanfan-scm.cn'], [], 0],
    [['mailto:Wang.Fang@YUANFAN-SCM.cn'], [], 0],
    [[], ['138 0000 1111'], 0],
    [[], ['+8613800001111'], 0],
    [[], ['+14155550100'], 1],
    [['nobody@example.com'], ['+8613912345678'], null],
  ])('matches %j %j → row %s', (emails, phones, index) => {
    const match = findKnownCustomer(known, identityKeys({ emails, phones }, 'CN'));
    expect(match).toBe(index === null ? null : known[index]);
  });

  it.each([
    ['the same id in another case', 'lina_sales2024', 2],
    ['with a 微信： label', '微信：LiNa_Sales2024', 2],
    ['another id', 'lina_sales2025', null],
  ])('matches a candidate with only a WeChat id: %s → row %s', (_what, wechat, index) => {
    const match = findKnownCustomer(known, identityKeys({ emails: [], phones: [], wechat }, 'CN'));
    expect(match).toBe(index === null ? null : known[index]);
  });

  it('reads English managed headers too', () => {
    const en = knownCustomersFromSheet(
      [
        ['Name', 'Email', 'Segment', 'Next follow-up'],
        ['Bob', 'bob@example.com', 'Champions', '2026-01-02'],
      ],
      'US',
    );
    expect(en[0]).toMatchObject({ segment: 'Champions', nextFollowUp: '2026-01-02' });
  });
});
