import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMissingValues } from '../clean/findMissingValues.ts';
import { resolveConfig } from '../config/config.ts';
import type { CustomerField } from '../model/fields.ts';
import { joinNameParts, mapCustomerHeader, nameFromParts } from './nameParts.ts';
import { readCustomerTable } from './readCustomerTable.ts';

// Contact and shop exports as they come: the name in parts, no column for the whole name.
const HUBSPOT = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Phone Number',
  'Mobile Phone Number',
  'Company Name',
  'Job Title',
  'Lifecycle Stage',
  'Contact owner',
  'Create Date',
  'Last Activity Date',
];
const SALESFORCE = ['Contact ID', 'Salutation', 'First Name', 'Last Name', 'Title', 'Account Name', 'Email'];

describe('a name written in parts', () => {
  it.each([
    { source: 'HubSpot', header: HUBSPOT, parts: { given: 1, family: 2 } },
    { source: 'Salesforce', header: SALESFORCE, parts: { given: 2, family: 3 } },
    {
      source: 'Shopify',
      header: ['Customer ID', 'First Name', 'Last Name', 'Email'],
      parts: { given: 1, family: 2 },
    },
    {
      source: 'Google Contacts (older)',
      header: ['Given Name', 'Additional Name', 'Family Name', 'E-mail Address'],
      parts: { given: 0, middle: 1, family: 2 },
    },
    { source: 'a Chinese form', header: ['姓', '名', '手机', '公司'], parts: { family: 0, given: 1 } },
    { source: 'surname only', header: ['Surname', 'Email'], parts: { family: 0 } },
  ])('is found in a $source header', ({ header, parts }) => {
    const mapping = mapCustomerHeader(header);
    expect(mapping.nameParts).toEqual(parts);
    expect(mapping.columns.name).toBeUndefined();
    // The parts are read, not left over as columns nobody knows.
    for (const column of Object.values(parts)) expect(mapping.unknown).not.toContain(column);
  });

  it('is not taken from a middle name alone', () => {
    expect(mapCustomerHeader(['Middle Name', 'Email']).nameParts).toBeUndefined();
  });

  it.each([
    { why: 'a Name column', header: ['Name', 'First Name', 'Last Name'], overrides: {} },
    {
      why: 'a column a setting names the name',
      header: ['Display', 'First Name', 'Last Name'],
      overrides: { Display: 'name' as const },
    },
  ])('fills in the name of the rows where $why is empty', ({ header, overrides }) => {
    // As when the extension added its Name column to a HubSpot import: its clips have a Name,
    // the imported rows only their parts.
    const customers = overrides as Record<string, CustomerField>;
    const config = resolveConfig({ language: 'en', headerOverrides: { customers } });
    const rows = [
      ['Emily Chen', '', ''],
      ['', 'Wei', 'Zhang'],
      ['Olivia B.', 'Olivia', 'Brown'],
      ['', '', ''],
    ].map((row) => [...row, `${row.join('')}@example.com`]);
    const read = readCustomerTable({ header: [...header, 'Email'], rows }, config, '2025-01-15');
    expect(read.records.map((r) => r.name)).toEqual(['Emily Chen', 'Wei Zhang', 'Olivia B.', null]);
    const missing = findMissingValues(read.records, read.mapping, config).filter((m) => m.field === 'name');
    expect(missing.map((m) => [m.row, m.column])).toEqual([[5, `${header[0]} / First Name / Last Name`]]);
  });

  it.each([
    ['Emily', null, 'Chen', 'Emily Chen'],
    ['Mary', 'Ann', 'Smith', 'Mary Ann Smith'],
    ['伟', null, '张', '张伟'],
    ['Wei', null, 'Zhang', 'Wei Zhang'],
    ['晓燕', null, '欧阳', '欧阳晓燕'],
    ['花子', null, '山田', '山田花子'],
    [null, null, 'Brown', 'Brown'],
    ['Olivia', null, null, 'Olivia'],
    [null, null, null, null],
  ])('joins %s / %s / %s as %s', (given, middle, family, whole) => {
    expect(joinNameParts(given, middle, family)).toBe(whole);
  });

  it('joins any Latin given and family name with one space, and Han ones with none', () => {
    const latin = fc.stringMatching(/^[A-Z][a-z]{0,11}$/);
    const han = fc.stringMatching(/^[\u4e00-\u9fa5]{1,3}$/);
    fc.assert(
      fc.property(
        latin,
        latin,
        (given, family) => joinNameParts(given, null, family) === `${given} ${family}`,
      ),
    );
    fc.assert(
      fc.property(han, han, (given, family) => joinNameParts(given, null, family) === family + given),
    );
  });

  it('gives every customer of a HubSpot export their whole name, as the follow-ups greet them', () => {
    const rows = [
      [
        '101',
        'Emily',
        'Chen',
        'emily@example.com',
        '',
        '+1 415 555 0132',
        'Acme',
        'Buyer',
        'customer',
        'Ann Lee',
        '2024-01-02',
        '2024-11-20',
      ],
      ['102', '  Wei ', 'Zhang', 'wei@example.cn', '', '', '', '', 'lead', 'Ann Lee', '2024-02-03', ''],
      ['103', '', '', 'nobody@example.com', '', '', '', '', 'lead', '', '2024-02-03', ''],
    ];
    const config = resolveConfig({ language: 'en' });
    const read = readCustomerTable({ header: HUBSPOT, rows }, config, '2025-01-15');
    expect(read.records.map((r) => r.name)).toEqual(['Emily Chen', 'Wei Zhang', null]);
    expect(read.records.map((r) => [r.id, r.owner, r.lastContact])).toEqual([
      ['101', 'Ann Lee', '2024-11-20'],
      ['102', 'Ann Lee', null],
      ['103', null, null],
    ]);
    // The review asks for the name of the row that has neither part, and for no Name column.
    const missing = findMissingValues(read.records, read.mapping, config).filter((m) => m.field === 'name');
    expect(missing).toEqual([
      expect.objectContaining({ row: 4, column: 'First Name / Last Name', field: 'name' }),
    ]);
  });

  it('reads the whole name from a row for the privacy search', () => {
    expect(nameFromParts(['x', ' 伟 ', '张'], { given: 1, family: 2 })).toBe('张伟');
    expect(nameFromParts(['x', '', ''], { given: 1, family: 2 })).toBe('');
  });
});

describe('customer exports of the platforms people keep their customers in', () => {
  it.each([
    {
      source: '企业微信 customer export',
      header: [
        '客户名称',
        '客户备注',
        '客户类型',
        '性别',
        '添加人',
        '添加时间',
        '来源',
        '标签',
        '备注手机号',
        '描述',
        '备注企业名称',
      ],
      fields: {
        name: '客户名称',
        owner: '添加人',
        mobile: '备注手机号',
        company: '备注企业名称',
        tags: '标签',
        source: '来源',
      },
    },
    {
      source: '有赞 member export',
      header: [
        '会员昵称',
        '手机号',
        '性别',
        '生日',
        '会员等级',
        '积分',
        '累计消费金额',
        '消费次数',
        '最近消费时间',
        '首次消费时间',
      ],
      fields: {
        name: '会员昵称',
        mobile: '手机号',
        totalSpend: '累计消费金额',
        orderCount: '消费次数',
        lastPurchase: '最近消费时间',
      },
    },
    {
      source: '美团 member export',
      header: [
        '顾客姓名',
        '手机号码',
        '会员卡号',
        '储值余额',
        '累计消费',
        '消费次数',
        '最近到店时间',
        '生日',
        '性别',
      ],
      fields: { name: '顾客姓名', id: '会员卡号', totalSpend: '累计消费', lastPurchase: '最近到店时间' },
    },
    {
      source: '淘宝 customer list',
      header: [
        '客户昵称',
        '手机号',
        '最近交易时间',
        '交易总额',
        '交易次数',
        '客单价',
        '会员等级',
        '省份',
        '城市',
      ],
      fields: {
        name: '客户昵称',
        totalSpend: '交易总额',
        orderCount: '交易次数',
        lastPurchase: '最近交易时间',
      },
    },
    {
      source: 'HubSpot contacts export',
      header: HUBSPOT,
      fields: {
        id: 'Record ID',
        mobile: 'Mobile Phone Number',
        owner: 'Contact owner',
        lastContact: 'Last Activity Date',
      },
    },
  ])('reads a $source', ({ header, fields }) => {
    const mapping = mapCustomerHeader(header);
    const found = Object.fromEntries(
      Object.entries(mapping.columns).map(([field, column]) => [field, header[column as number]]),
    );
    expect(found).toMatchObject(fields);
  });
});

describe('contact exports of mail programs (Google Contacts, Outlook)', () => {
  it.each([
    {
      source: 'Google Contacts',
      header: [
        'First Name',
        'Middle Name',
        'Last Name',
        'Nickname',
        'Birthday',
        'Notes',
        'Labels',
        'Organization Name',
        'Organization Title',
        'E-mail 1 - Label',
        'E-mail 1 - Value',
        'Phone 1 - Label',
        'Phone 1 - Value',
        'Address 1 - Formatted',
        'Address 1 - City',
      ],
      fields: {
        company: 'Organization Name',
        title: 'Organization Title',
        email: 'E-mail 1 - Value',
        phone: 'Phone 1 - Value',
        address: 'Address 1 - Formatted',
        city: 'Address 1 - City',
        tags: 'Labels',
      },
    },
    {
      source: 'Google Contacts (older)',
      header: [
        'Name',
        'Given Name',
        'Family Name',
        'E-mail 1 - Type',
        'E-mail 1 - Value',
        'Phone 1 - Type',
        'Phone 1 - Value',
        'Organization 1 - Name',
        'Organization 1 - Title',
      ],
      fields: {
        name: 'Name',
        email: 'E-mail 1 - Value',
        phone: 'Phone 1 - Value',
        company: 'Organization 1 - Name',
        title: 'Organization 1 - Title',
      },
    },
    {
      // Outlook's Title is Mr. or Dr.: the job is the Job Title.
      source: 'Outlook',
      header: [
        'Title',
        'First Name',
        'Middle Name',
        'Last Name',
        'Company',
        'Job Title',
        'Business Street',
        'Business City',
        'Business Phone',
        'Mobile Phone',
        'E-mail Address',
      ],
      fields: {
        title: 'Job Title',
        company: 'Company',
        address: 'Business Street',
        city: 'Business City',
        phone: 'Business Phone',
        mobile: 'Mobile Phone',
        email: 'E-mail Address',
      },
    },
  ])('reads a $source export', ({ header, fields }) => {
    const mapping = mapCustomerHeader(header);
    const found = Object.fromEntries(
      Object.entries(mapping.columns).map(([field, column]) => [field, header[column as number]]),
    );
    expect(found).toMatchObject(fields);
    expect(mapping.nameParts?.family).toBe(
      header.indexOf(header.includes('Last Name') ? 'Last Name' : 'Family Name'),
    );
  });

  it('keeps a Title column as the title where there is no Job Title, or a setting says so', () => {
    expect(mapCustomerHeader(['Name', 'Title', 'Email']).columns.title).toBe(1);
    expect(mapCustomerHeader(['Title', 'Job Title'], { Title: 'title' }).columns.title).toBe(0);
  });
});

describe('mapCustomerHeader: a shop’s number keys the list only where no other number does', () => {
  it.each<[string, string[], Record<string, number>]>([
    [
      'a milk-tea supplier’s shops: a running number, then the shop’s number, its name and owner',
      ['序号', '门店编号', '店名', '老板', '手机（微信同号）', '地址', '结算方式', '常拿货', '备注'],
      { id: 1, company: 2, name: 3, mobile: 4, address: 5, note: 8 },
    ],
    [
      'a chain’s member list: the branch’s number beside the member’s, which is the id',
      ['门店编号', '门店名称', '会员编号', '姓名', '手机'],
      { company: 1, id: 2, name: 3, mobile: 4 },
    ],
  ])('%s', (_, header, columns) => {
    expect(mapCustomerHeader(header).columns).toEqual(columns);
  });
});
