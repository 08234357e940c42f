import { describe, expect, it } from 'vitest';
import { findPhones, normalizePhone } from './findPhones.ts';

const phones = (text: string, region = 'CN') => findPhones(text, { region }).map((h) => h.e164);

describe('findPhones', () => {
  it.each([
    ['手机：139 1234 5678', ['+8613912345678']],
    ['电话：021-6234 5678 转 801', ['+862162345678']],
    ['全国服务热线：400-820-8820', ['+864008208820']],
    ['客服电话：95588', ['+8695588']],
    ['Tel: +44 20 7946 0958', ['+442079460958']],
    ['call (021) 6234-5678 today', ['+862162345678']],
    ['13912345678', ['+8613912345678']],
    ['总机：021-6234 5678　传真：021-6234 5679', ['+862162345678']],
  ])('takes %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  it.each([
    ['an order number', '订单号：2024031500123'],
    ['a date', '下单日期：2024-03-15'],
    ['a date and time', '2024/03/15 14:30:00'],
    ['a postal code', '邮编：201203'],
    ['an ICP licence number', '京ICP备12345678号-1'],
    ['a public-security filing number', '沪公网安备 31011502001234号'],
    ['an ID-card number', '身份证号：110101199003071234'],
    ['a price', '价格：¥1,280.00'],
    ['a price in 元', '售价 3999 元'],
    ['a year range', '© 2008 - 2024'],
    ['a bare timestamp', '更新于 1710489600'],
    ['a bare 8-digit number', '编号 62345678'],
    ['a short code without a hotline label', '共 95588 人参加'],
    ['an invoice number', 'Invoice #100234567'],
    ['a fax number', 'Fax: +44 20 7946 0959'],
  ])('never takes %s', (_, text) => {
    expect(phones(text)).toEqual([]);
  });

  it('takes a labelled international number that is possible though not in the small metadata', () => {
    expect(phones('M: +44 7700 900123', 'GB')).toEqual(['+447700900123']);
  });
});

describe('normalizePhone', () => {
  it.each([
    ['tel:+86-139-1234-5678', 'CN', '+8613912345678'],
    ['0086 139 1234 5678', 'CN', '+8613912345678'],
    ['(415) 555-0132', 'US', '+14155550132'],
    ['95588', 'CN', '+8695588'],
    ['not a phone', 'CN', null],
    ['12', 'CN', null],
    ['+1 415 555 100', 'US', null],
  ])('%s (%s) → %s', (value, region, expected) => {
    expect(normalizePhone(value, region)).toBe(expected);
  });
});
