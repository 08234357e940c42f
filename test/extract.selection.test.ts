// "Clip selection as contact" in the extension: signatures and 名片 blocks, zh and en.
import { type ExtractedContact, parseSelection } from '@crm/shared';
import { describe, expect, it } from 'vitest';

type Expected = Partial<
  Pick<ExtractedContact, 'name' | 'title' | 'organization' | 'emails' | 'phones' | 'address' | 'urls'>
>;

const cases: Array<[string, string, string, Expected]> = [
  [
    'a Chinese card block separated by | and /',
    '刘洋 | 华东区大客户经理 / 上海远帆供应链管理有限公司 / 手机：+86 139 1234 5678 / 邮箱：liu.yang@yuanfan-sc.com',
    'CN',
    {
      name: '刘洋',
      title: '华东区大客户经理',
      organization: '上海远帆供应链管理有限公司',
      phones: ['+8613912345678'],
      emails: ['liu.yang@yuanfan-sc.com'],
    },
  ],
  [
    'an English signature with title and company on one line',
    'Jane Doe\nHead of Partnerships, Acme Trading Ltd.\nM: +44 7911 123457 | jane@acme.co.uk',
    'GB',
    {
      name: 'Jane Doe',
      title: 'Head of Partnerships',
      organization: 'Acme Trading Ltd.',
      phones: ['+447911123457'],
      emails: ['jane@acme.co.uk'],
    },
  ],
  [
    'a Chinese signature one field per line with 电话 and 地址',
    '王建国\n采购总监\n苏州恒通精密机械有限公司\n电话：0512-6588 1234\n手机：13862051234\n地址：苏州工业园区星湖街 328 号',
    'CN',
    {
      name: '王建国',
      title: '采购总监',
      organization: '苏州恒通精密机械有限公司',
      phones: ['+8651265881234', '+8613862051234'],
      address: '苏州工业园区星湖街 328 号',
    },
  ],
  [
    'labelled fields 姓名/职位/公司/邮箱',
    '姓名：李娜\n职位：市场部经理\n公司：北京云帆科技有限公司\n邮箱：lina@yunfan-tech.cn',
    'CN',
    {
      name: '李娜',
      title: '市场部经理',
      organization: '北京云帆科技有限公司',
      emails: ['lina@yunfan-tech.cn'],
    },
  ],
  [
    'a US signature with T:/M:/E: labels',
    'Michael Chen\nVP of Sales | Brightwave Inc.\nT: (415) 555-0132\nE: michael.chen@brightwave.com',
    'US',
    {
      name: 'Michael Chen',
      title: 'VP of Sales',
      organization: 'Brightwave Inc.',
      phones: ['+14155550132'],
      emails: ['michael.chen@brightwave.com'],
    },
  ],
  [
    'a German signature with GmbH and a website',
    'Anna Müller\nProcurement Manager\nRheinland Logistik GmbH\nTel: +49 221 1234567\nwww.rheinland-logistik.de',
    'DE',
    {
      name: 'Anna Müller',
      title: 'Procurement Manager',
      organization: 'Rheinland Logistik GmbH',
      phones: ['+492211234567'],
      urls: ['https://www.rheinland-logistik.de'],
    },
  ],
  [
    'a Chinese name with 先生 and a WeChat line that is not a phone field',
    '张伟先生 · 销售主管\n深圳前海万通贸易有限公司\n手机/微信：138 2345 6789',
    'CN',
    { name: '张伟', title: '销售主管', organization: '深圳前海万通贸易有限公司', phones: ['+8613823456789'] },
  ],
  [
    'an email-only selection',
    'Please write to orders@harbourline.com',
    'US',
    { name: null, emails: ['orders@harbourline.com'], phones: [] },
  ],
  [
    'a service hotline for an organisation',
    '上海远帆供应链管理有限公司\n客服热线：400-820-8820',
    'CN',
    { name: null, organization: '上海远帆供应链管理有限公司', phones: ['+864008208820'] },
  ],
  ['a bank hotline short code', '中国工商银行 客服电话：95588', 'CN', { phones: ['+8695588'] }],
  [
    'Mobile/Email words and a LinkedIn profile',
    'Priya Sharma, Engineering Manager\nMobile: +91 98765 43210\nEmail: priya.sharma@infosolve.in\nhttps://www.linkedin.com/in/priyasharma',
    'IN',
    {
      name: 'Priya Sharma',
      title: 'Engineering Manager',
      phones: ['+919876543210'],
      emails: ['priya.sharma@infosolve.in'],
      urls: ['https://www.linkedin.com/in/priyasharma'],
    },
  ],
  [
    'a CEO with company after "at"-less comma and a fax to ignore',
    'Tom Becker\nCEO, Becker Tea Import AG\nPhone +49 30 1234 5678 · Fax +49 30 1234 5679',
    'DE',
    { name: 'Tom Becker', title: 'CEO', organization: 'Becker Tea Import AG', phones: ['+493012345678'] },
  ],
  [
    'a card with a date and an order number that are not phones',
    '陈静 销售经理\n手机：139 1234 5678\n订单号：2024031500123 日期：2024-03-15',
    'CN',
    { name: '陈静', title: '销售经理', phones: ['+8613912345678'] },
  ],
  [
    'a Hong Kong number written with its country code',
    'Kelvin Wong\nDirector, Pacific Rim Holdings Limited\nDirect: +852 2345 6789',
    'CN',
    {
      name: 'Kelvin Wong',
      title: 'Director',
      organization: 'Pacific Rim Holdings Limited',
      phones: ['+85223456789'],
    },
  ],
  [
    'an English address line',
    'Sarah Johnson\nAccount Executive\nNorthwind Analytics Ltd.\n221 Baker Street, London NW1 6XE\nsarah.johnson@northwind-analytics.com',
    'GB',
    {
      name: 'Sarah Johnson',
      title: 'Account Executive',
      organization: 'Northwind Analytics Ltd.',
      address: '221 Baker Street, London NW1 6XE',
      emails: ['sarah.johnson@northwind-analytics.com'],
    },
  ],
  [
    'full-width digits and colon',
    '周雨桐\n手机：１３６ ５６７８ １２３４',
    'CN',
    { name: '周雨桐', phones: ['+8613656781234'] },
  ],
  [
    'a name with title and company but no phone or email',
    '赵立新\n首席技术官\n深圳海港物流科技有限公司',
    'CN',
    { name: '赵立新', title: '首席技术官', organization: '深圳海港物流科技有限公司', phones: [], emails: [] },
  ],
];

describe('parseSelection', () => {
  it.each(cases)('parses %s', (_, text, region, expected) => {
    const contact = parseSelection(text, { region });
    expect(contact).not.toBeNull();
    expect(contact).toMatchObject({ ...expected, source: 'selection' });
  });

  it.each([
    ['an empty selection', ''],
    ['prose without contact data', 'The quarterly report shows steady growth in all regions.'],
    ['Chinese prose with a date and a price', '本次活动于 2024年3月15日 举行，票价 199 元。'],
    ['an order confirmation', '订单号：2024031500123 金额：¥1,280.00 下单时间：2024-03-15 14:30:00'],
    ['an ICP licence line', '沪ICP备12345678号-1 沪公网安备 31011502001234号'],
  ])('returns null for %s', (_, text) => {
    expect(parseSelection(text, { region: 'CN' })).toBeNull();
  });

  it('rates a complete card higher than an email alone', () => {
    const card = parseSelection(cases[0]?.[1] ?? '', { region: 'CN' });
    const email = parseSelection('orders@harbourline.com', { region: 'CN' });
    expect(card?.confidence).toBeGreaterThan(email?.confidence ?? 1);
    expect(card?.evidence).toBe('selected text');
  });
});
