import { contactKeys } from '@crm/shared/parse';
import { describe, expect, it } from 'vitest';
import { findKnownCustomer, knownCustomersFromSheet } from './knownCustomers.ts';

const sheet = [
  ['客户编号', '姓名', '邮箱', '手机', '客户分群', '下次跟进'],
  ['C001', '王芳', 'Wang.Fang@yuanfan-scm.cn', '138 0000 1111', '重要价值客户', '2026-12-01'],
  ['C002', 'Alice Chen', '', '+1 415 555 0100', '', ''],
  ['C003', '无联系方式', '', '', '一般客户', ''],
];

describe('known customers', () => {
  const known = knownCustomersFromSheet(sheet, 'CN');

  it('keeps rows with an email or phone and reads the managed columns', () => {
    expect(known).toHaveLength(2);
    expect(known[0]).toEqual({
      name: '王芳',
      company: '',
      segment: '重要价值客户',
      nextFollowUp: '2026-12-01',
      keys: ['email:wang.fang@yuanfan-scm.cn', 'tel:+8613800001111'],
    });
  });

  it.each([
    [['wang.fang@yuanfan-scm.cn'], [], '王芳'],
    [['mailto:Wang.Fang@YUANFAN-SCM.cn'], [], '王芳'],
    [[], ['138 0000 1111'], '王芳'],
    [[], ['+8613800001111'], '王芳'],
    [[], ['+14155550100'], 'Alice Chen'],
    [['nobody@example.com'], ['+8613912345678'], null],
  ])('matches %j %j → %s', (emails, phones, name) => {
    expect(findKnownCustomer(known, contactKeys({ emails, phones }, 'CN'))?.name ?? null).toBe(name);
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
