// "Clip selection as contact" in the extension: signatures and 名片 blocks, zh and en.
import { type ExtractedContact, extractContacts, parseSelection, parseSelectionContacts } from '@crm/shared';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

type Expected = Partial<
  Pick<
    ExtractedContact,
    'name' | 'title' | 'organization' | 'emails' | 'phones' | 'address' | 'urls' | 'wechat' | 'phoneRegion'
  >
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
    'a labelled name with its title in full-width brackets',
    '联系人：张伟（销售经理）\n手机：138 5712 3456\n微信：zw_lvzhou',
    'CN',
    { name: '张伟', title: '销售经理', phones: ['+8613857123456'], wechat: 'zw_lvzhou' },
  ],
  [
    'a name in capitals, made readable',
    'KEVIN LIU\nCO-FOUNDER & CEO\nkevin@brightwave.io',
    'US',
    { name: 'Kevin Liu', emails: ['kevin@brightwave.io'] },
  ],
  [
    'a signature whose line breaks were turned into spaces (as the context menu reports it)',
    'Kevin Liu Regional Sales Manager Office: (415) 555-0178 ext. 612 Email: kevin.liu@pacificbridge-trading.com',
    'US',
    {
      name: 'Kevin Liu',
      title: 'Regional Sales Manager',
      phones: ['+14155550178'],
      emails: ['kevin.liu@pacificbridge-trading.com'],
    },
  ],
  [
    'a Hong Kong signature read with a Chinese default region: its mailbox names the country',
    '黃小姐 Shirley\n美印包裝有限公司\n電話：3188 2468　手提：6543 2109\n電郵：shirley@meiyin-print.com.hk',
    'CN',
    {
      name: '黃小姐 Shirley',
      phones: ['+85231882468', '+85265432109'],
      phoneRegion: { region: 'HK', basis: 'email-domain' },
    },
  ],
  [
    'a mailbox at a generic domain names no country: numbers not valid in the region stay out',
    '黃小姐 Shirley\n電話：3188 2468\n電郵：shirley@meiyin-print.com',
    'CN',
    { name: '黃小姐 Shirley', phones: [], emails: ['shirley@meiyin-print.com'] },
  ],
  [
    'a US signature read with a Chinese default region: its address names the country',
    'Kevin Liu\nRegional Sales Manager\nOffice: (415) 555-0178\n500 Howard Street, Suite 1200, San Francisco, CA 94105, USA',
    'CN',
    { name: 'Kevin Liu', phones: ['+14155550178'], phoneRegion: { region: 'US', basis: 'address' } },
  ],
  [
    'a mobile that is also the WeChat account',
    '马骁 区域经理\n手机：186 1034 5597（微信同号）',
    'CN',
    { name: '马骁', phones: ['+8618610345597'], wechat: '18610345597' },
  ],
  [
    'a mobile under a label joining it to WeChat',
    '梁美玲 外贸经理\n手机/微信：139 2212 8473',
    'CN',
    { name: '梁美玲', phones: ['+8613922128473'], wechat: '13922128473' },
  ],
  [
    'an English given name before a Chinese name, one person',
    'Vivian 周晓雯\n外贸经理\n手机：135 8621 7730',
    'CN',
    { name: 'Vivian 周晓雯', title: '外贸经理', phones: ['+8613586217730'] },
  ],
  [
    'a one-line card whose fields are longer than its words',
    '周晓雯 | Sales Manager | vivian@kaida-trade.com | +86 135 8621 7730',
    'CN',
    {
      name: '周晓雯',
      title: 'Sales Manager',
      emails: ['vivian@kaida-trade.com'],
      phones: ['+8613586217730'],
    },
  ],
  [
    'a name with title and company but no phone or email',
    '赵立新\n首席技术官\n深圳海港物流科技有限公司',
    'CN',
    { name: '赵立新', title: '首席技术官', organization: '深圳海港物流科技有限公司', phones: [], emails: [] },
  ],
  [
    // On a page a 联系方式 box's sales@ is the company's; the user chose this card, mailbox and all.
    'a card whose mailbox is the company’s sales@',
    '梁志明（销售总监）\n手机：139 2866 4071\n邮箱：sales@hongda-alu.com',
    'CN',
    { name: '梁志明', phones: ['+8613928664071'], emails: ['sales@hongda-alu.com'] },
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

  it('keeps the line breaks it is given apart from the spaces inside a line', () => {
    const contact = parseSelection('Kevin Liu\nRegional Sales Manager\nOffice: ext. 612', { region: 'US' });
    expect(contact).toMatchObject({ name: 'Kevin Liu', title: 'Regional Sales Manager', address: null });
  });

  it('reads a number without a country code in the region of the page it was selected on', () => {
    const uk = parseSelection('Helen Brooks\nT: 0161 496 0123', {
      region: 'CN',
      url: 'https://www.pennine-packaging.co.uk/',
    });
    expect(uk).toMatchObject({ phones: ['+441614960123'], phoneRegion: { region: 'GB', basis: 'domain' } });
    const us = parseSelection('Tom Whitaker\nDirect: (510) 555-0134', { region: 'CN', language: 'en-US' });
    expect(us).toMatchObject({
      phones: ['+15105550134'],
      phoneRegion: { region: 'US', basis: 'page-language' },
    });
    // Nothing says where it is from: the user's default, marked as such; a US-style number is not made Chinese.
    const unknown = parseSelection('Tom Whitaker\nInside Sales Manager\nDirect: (510) 555-0134', {
      region: 'CN',
    });
    expect(unknown).toMatchObject({ name: 'Tom Whitaker', phones: [], phoneRegion: null });
  });

  it('gives one card to a person named in a quoted header line and again in the signature under it', () => {
    const thread =
      'Best regards,\nKevin Liu\nkevin.liu@pacificbridge-trading.com\n\n' +
      'On Mon, Mar 11, 2024 at 6:02 PM 李明 <liming@hz-xinyuan.com> wrote:\nHi Kevin,\n\n' +
      'Thanks & regards,\nLi Ming 李明\nMob: +86 137 5718 6620\nEmail: liming@hz-xinyuan.com';
    const people = parseSelectionContacts(thread, { region: 'CN' });
    expect(people.map((p) => [p.name, p.emails])).toEqual([
      ['Kevin Liu', ['kevin.liu@pacificbridge-trading.com']],
      ['Li Ming 李明', ['liming@hz-xinyuan.com']],
    ]);
  });

  it('lists every person of a selection with two signatures, each with their own lines', () => {
    const thread =
      'Best regards,\nKevin Liu\nRegional Sales Manager\nkevin.liu@pacificbridge-trading.com\n\n' +
      'Thanks & regards,\nLi Ming 李明\n采购经理 | Purchasing Manager\nMob: +86 137 5718 6620\nliming@hz-xinyuan.com';
    const people = parseSelectionContacts(thread, { region: 'CN' });
    expect(people.map((p) => [p.name, p.emails, p.phones])).toEqual([
      ['Kevin Liu', ['kevin.liu@pacificbridge-trading.com'], []],
      ['Li Ming 李明', ['liming@hz-xinyuan.com'], ['+8613757186620']],
    ]);
    expect(parseSelection(thread, { region: 'CN' })?.name).toBe('Kevin Liu');
  });

  it('rates a complete card higher than an email alone', () => {
    const card = parseSelection(cases[0]?.[1] ?? '', { region: 'CN' });
    const email = parseSelection('orders@harbourline.com', { region: 'CN' });
    expect(card?.confidence).toBeGreaterThan(email?.confidence ?? 1);
    expect(card?.evidence).toEqual([{ kind: 'selection', cap: null }]);
  });
});

describe('a card clipped as a selection and read on its page', () => {
  // The same lines, one paragraph each on the page: both read the same emails from them, those
  // written to escape harvesters included, and neither reads one from a sentence.
  const onPage = (text: string) => {
    const body = text
      .split('\n')
      .map((line) => `<p>${line}</p>`)
      .join('');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div class="card">${body}</div></body></html>`;
    return extractContacts(parseHTML(html).document, {
      region: 'CN',
      url: 'https://www.example.cn/',
    }).flatMap((c) => c.emails);
  };

  it.each([
    ['[at] and [dot]', '钱敏\n邮箱：qianmin [at] hengbang-seal [dot] com', ['qianmin@hengbang-seal.com']],
    [
      'a capital AT after a label',
      '钟立新 教授\nE-mail：zhonglx AT hust-mech.edu.cn',
      ['zhonglx@hust-mech.edu.cn'],
    ],
    [
      'a # after an email label',
      '陈国栋 经理\n手机：139 5742 0617\n邮箱：chengd#hengbang-seal.com',
      ['chengd@hengbang-seal.com'],
    ],
    [
      'a # the card says stands for the @',
      '王伟 销售经理\n电话：0571-8690 2231\nwangwei#hengbang-seal.com（发送时请将#换成@）',
      ['wangwei@hengbang-seal.com'],
    ],
    [
      'every dot spelled out, under an email label of its own',
      'Jason Smith\nE-mail:\njsmith at cs dot stanford dot edu',
      ['jsmith@cs.stanford.edu'],
    ],
    ['a sentence with at and dot', 'Tom Becker\nShop at Walmart dot com for our tea', []],
  ])('%s', (_, text, emails) => {
    expect(parseSelection(text, { region: 'CN' })?.emails ?? []).toEqual(emails);
    expect(onPage(text)).toEqual(emails);
  });
});
