import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Language } from '../model/keys.ts';
import type { Cell, TableData } from '../model/table.ts';
import { CustomerIndex } from './customerIndex.ts';
import { readCustomerTable } from './readCustomerTable.ts';

const TODAY = '2026-03-01';
const config = resolveConfig();
const english = resolveConfig({ language: 'en' });

const HEADER = [
  '客户编号',
  '姓名',
  '公司',
  '手机',
  '邮箱',
  '生日',
  '首次购买日期',
  '最近购买日期',
  '购买次数',
  '消费金额（元）',
  '标签',
  '满意度',
  '投诉状态',
  '会员等级',
];

function table(rows: Cell[][]): TableData {
  return { header: HEADER, rows };
}

/** Rows with one or more bad cells each (the first is clean). */
const BAD_ROWS: Cell[][] = [
  [
    'C001',
    '张伟',
    '远帆',
    '13912345678',
    'zhang@yuanfan.cn',
    '',
    '2024-03-05',
    '2026-02-01',
    3,
    300,
    '',
    '',
    '',
    '',
  ],
  [
    'C002',
    '李娜',
    '星河',
    '139123',
    'li na@example.com',
    '',
    '2026-13-45',
    '2026-05-01',
    '-2',
    '(50.00)',
    '',
    '11',
    '',
    '',
  ],
  [
    'C003',
    'Wang Fang',
    'Acme',
    '+1 212 555 0123',
    'wang@acme.com',
    '2030-01-01',
    '2025-12-01',
    '2025-01-01',
    '2.5',
    'abc',
    '',
    '',
    '进行',
    '',
  ],
];

describe('readCustomerTable', () => {
  it('parses a clean Chinese row into a record', () => {
    const { records, issues, mapping } = readCustomerTable(
      table([
        [
          'C001',
          '张伟',
          '上海远帆供应链管理有限公司',
          '139 1234 5678',
          ' Zhang.Wei@YuanFan.cn ',
          '3月5日',
          '2024/3/5',
          '2026年2月1日',
          '12',
          '¥12,345.60',
          'VIP，华东',
          '9',
          '已解决',
          '金卡',
        ],
      ]),
      config,
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(mapping.unknown).toEqual([13]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      row: 2,
      id: 'C001',
      name: '张伟',
      company: '上海远帆供应链管理有限公司',
      mobile: '+8613912345678',
      email: 'zhang.wei@yuanfan.cn',
      birthday: '--03-05',
      firstPurchase: '2024-03-05',
      lastPurchase: '2026-02-01',
      orderCount: 12,
      totalSpend: 12345.6,
      tags: ['VIP', '华东'],
      satisfaction: 9,
      complaintStatus: 'closed',
      phone: null,
      note: null,
    });
    expect(records[0]?.cells[13]).toBe('金卡');
  });

  it('reports each bad cell with its sheet row, header as written, value and message, and keeps the row', () => {
    const { records, issues } = readCustomerTable(table(BAD_ROWS), english, TODAY);
    expect(records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(
      issues.map(({ row, column, value, message, kind }) => ({ row, column, value, message, kind })),
    ).toEqual([
      {
        row: 3,
        column: '手机',
        value: '139123',
        message: '139123 is not a valid phone number for region CN',
        kind: 'invalid',
      },
      {
        row: 3,
        column: '邮箱',
        value: 'li na@example.com',
        message: 'li na@example.com contains a space; expected an email address such as li.lei@example.com',
        kind: 'invalid',
      },
      {
        row: 3,
        column: '首次购买日期',
        value: '2026-13-45',
        message: '2026-13-45 is not a real date (month 13)',
        kind: 'invalid',
      },
      {
        row: 3,
        column: '最近购买日期',
        value: '2026-05-01',
        message: 'last purchase 2026-05-01 is in the future (today is 2026-03-01)',
        kind: 'future-date',
      },
      {
        row: 3,
        column: '购买次数',
        value: '-2',
        message: 'the number of orders cannot be negative (-2)',
        kind: 'negative',
      },
      {
        row: 3,
        column: '消费金额（元）',
        value: '(50.00)',
        message: 'total spend cannot be negative (-50)',
        kind: 'negative',
      },
      {
        row: 3,
        column: '满意度',
        value: '11',
        message: '11 is outside 0–10; expected a satisfaction score from 0 to 10 such as 4 or 8.5',
        kind: 'invalid',
      },
      {
        row: 4,
        column: '购买次数',
        value: '2.5',
        message: 'the number of orders must be a whole number, not 2.5',
        kind: 'invalid',
      },
      {
        row: 4,
        column: '消费金额（元）',
        value: 'abc',
        message: 'expected a number such as 1234.50 or ¥1,234.50',
        kind: 'invalid',
      },
      {
        row: 4,
        column: '投诉状态',
        value: '进行',
        message: expect.stringContaining('进行: expected a complaint stage'),
        kind: 'invalid',
      },
      {
        row: 4,
        column: '生日',
        value: '2030-01-01',
        message: 'birthday 2030-01-01 is in the future (today is 2026-03-01)',
        kind: 'future-date',
      },
      {
        row: 4,
        column: '首次购买日期',
        value: '2025-12-01',
        message:
          'first purchase 2025-12-01 is after the last purchase 2025-01-01; the first purchase date is ignored',
        kind: 'inconsistent',
      },
    ]);
    // The bad fields are null; the valid ones of the same rows survive.
    expect(records[1]).toMatchObject({
      id: 'C002',
      name: '李娜',
      mobile: null,
      email: null,
      firstPurchase: null,
      lastPurchase: null,
      orderCount: null,
      totalSpend: null,
      satisfaction: null,
    });
    expect(records[2]).toMatchObject({
      mobile: '+12125550123',
      email: 'wang@acme.com',
      birthday: null,
      firstPurchase: null,
      lastPurchase: '2025-01-01',
      orderCount: null,
      complaintStatus: null,
    });
    expect(issues.every((i) => i.table === undefined)).toBe(true);
  });

  it('words the problems of bad cells in Chinese under the default configuration', () => {
    const { issues } = readCustomerTable(table(BAD_ROWS), config, TODAY);
    expect(issues.map((issue) => issue.message)).toEqual([
      '“139123”不是有效的电话号码（没有国家代码，按 CN 的号码解读）',
      '“li na@example.com”中有空格；请填写邮箱地址，如 li.lei@example.com',
      '“2026-13-45”不是有效日期（没有13月）',
      '最近购买日期 2026-05-01 在今天之后（今天是 2026-03-01）',
      '订单数不能为负数（-2）',
      '消费金额不能为负数（-50）',
      '11 超出 0–10 的范围；请填写 0 到 10 的满意度评分，如 4 或 8.5',
      '订单数必须是整数，不能是 2.5',
      '“abc”不是数字；请填写金额或数量，如 1234.50 或 ¥1,234.50',
      '无法识别投诉阶段“进行”；请填写投诉阶段：受理、调查核实、制定解决方案、反馈处理结果、回访或已关闭',
      '生日 2030-01-01 在今天之后（今天是 2026-03-01）',
      '首次购买日期 2025-12-01 晚于最近购买日期 2025-01-01；已忽略首次购买日期',
    ]);
  });

  it('skips rows whose every cell is empty and keeps sheet row numbers', () => {
    const { records } = readCustomerTable(
      table([['C001', '张伟'], [], ['', null, '  '], ['C004', '赵敏']]),
      config,
      TODAY,
    );
    expect(records.map((r) => [r.row, r.id])).toEqual([
      [2, 'C001'],
      [5, 'C004'],
    ]);
  });

  it('lists a row with nothing that identifies anyone as skipped, never as a customer', () => {
    const { records, skipped } = readCustomerTable(
      table([[...new Array<Cell>(13).fill(''), '银卡']]),
      config,
      TODAY,
    );
    expect(records).toHaveLength(0);
    expect(skipped).toEqual([{ table: 'customers', row: 2, reason: 'no-identity', text: '银卡' }]);
  });

  it('reads -, —, N/A, 无 and 暂无 as empty cells, not as invalid values', () => {
    const { records, issues } = readCustomerTable(
      {
        header: ['姓名', '手机', '邮箱', '消费金额', '最近购买日期', '生日'],
        rows: [['张伟', '-', 'N/A', '—', '无', '暂无']],
      },
      config,
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({
      name: '张伟',
      mobile: null,
      email: null,
      totalSpend: null,
      lastPurchase: null,
    });
  });

  it('pads short rows to the header length without touching the cells', () => {
    const row: Cell[] = ['C001', '张伟'];
    const { records } = readCustomerTable(table([row]), config, TODAY);
    expect(records[0]?.cells).toEqual(['C001', '张伟', ...new Array<Cell>(HEADER.length - 2).fill(null)]);
    expect(row).toEqual(['C001', '张伟']);
  });

  it('reads numeric ids, serial dates, Date objects and number cells', () => {
    const { records, issues } = readCustomerTable(
      table([
        [1001, 'Li Lei', null, 13912345678, null, null, 45356, new Date(Date.UTC(2026, 1, 1)), 3, 1234.5],
      ]),
      config,
      TODAY,
      { dateObjects: 'utc' },
    );
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({
      id: '1001',
      mobile: '+8613912345678',
      firstPurchase: '2024-03-05',
      lastPurchase: '2026-02-01',
      orderCount: 3,
      totalSpend: 1234.5,
    });
  });

  it('flags zero orders next to a purchase date as inconsistent', () => {
    const { records, issues } = readCustomerTable(
      table([['C001', '张伟', '', '', '', '', '', '2026-01-01', '0', '']]),
      config,
      TODAY,
    );
    expect(issues).toMatchObject([{ row: 2, column: '购买次数', value: '0', kind: 'inconsistent' }]);
    expect(records[0]?.orderCount).toBeNull();
  });

  it('uses the configured phone region and header overrides', () => {
    const us = resolveConfig({
      defaultRegion: 'US',
      headerOverrides: { customers: { Kunde: 'name', Handy: 'mobile' } },
    });
    const { records, issues } = readCustomerTable(
      { header: ['Kunde', 'Handy'], rows: [['Anna', '(212) 555-0123']] },
      us,
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({ name: 'Anna', mobile: '+12125550123' });
  });

  it('reads English headers and the complaint columns', () => {
    const { records, issues } = readCustomerTable(
      {
        header: [
          'Customer ID',
          'Name',
          'Complaint status',
          'Complaint date',
          'Complaint closed date',
          'Complaint',
        ],
        rows: [['A-7', 'Mary', 'investigating', '2026-02-20', '2026-02-10', 'late delivery']],
      },
      config,
      TODAY,
    );
    expect(records[0]).toMatchObject({
      complaintStatus: 'investigating',
      complaintDate: '2026-02-20',
      complaintClosedDate: null,
      complaint: 'late delivery',
    });
    expect(issues).toMatchObject([{ row: 2, column: 'Complaint closed date', kind: 'inconsistent' }]);
  });

  it.each<[string, Cell[], Language, string]>([
    [
      'zero orders next to a purchase',
      ['C001', '张伟', '', '', '', '', '', '2026-01-01', '0', ''],
      'zh',
      '订单数为 0，但 2026-01-01 有购买记录；已忽略订单数',
    ],
    [
      'zero orders next to a purchase',
      ['C001', '张伟', '', '', '', '', '', '2026-01-01', '0', ''],
      'en',
      '0 orders, yet a purchase on 2026-01-01; the order count is ignored',
    ],
    [
      'a first purchase in the future',
      ['C001', '张伟', '', '', '', '', '2026-04-01'],
      'zh',
      '首次购买日期 2026-04-01 在今天之后（今天是 2026-03-01）',
    ],
    [
      'a first purchase in the future',
      ['C001', '张伟', '', '', '', '', '2026-04-01'],
      'en',
      'first purchase 2026-04-01 is in the future (today is 2026-03-01)',
    ],
    [
      'a date that is a boolean',
      ['C001', '张伟', '', '', '', '', true],
      'zh',
      '“TRUE”是真/假值，不是日期；请填写日期，如 2024-03-05、2024/3/5 或 2024年3月5日',
    ],
    [
      'a date that is a boolean',
      ['C001', '张伟', '', '', '', '', true],
      'en',
      'TRUE is a true/false value; expected a date such as 2024-03-05, 2024/3/5 or 2024年3月5日',
    ],
  ])('words %s in the configured language (%s)', (_name, row, language, message) => {
    const { issues } = readCustomerTable(table([row]), resolveConfig({ language }), TODAY);
    expect(issues.map((issue) => issue.message)).toEqual([message]);
  });

  it.each<[Language, string]>([
    ['zh', '投诉关闭日期 2026-02-10 早于投诉日期 2026-02-20'],
    ['en', 'complaint closed 2026-02-10, before it was opened 2026-02-20'],
  ])('words a complaint closed before it was opened in the configured language (%s)', (language, message) => {
    const { issues } = readCustomerTable(
      {
        header: ['Customer ID', 'Complaint date', 'Complaint closed date'],
        rows: [['A-7', '2026-02-20', '2026-02-10']],
      },
      resolveConfig({ language }),
      TODAY,
    );
    expect(issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('readCustomerTable: the index of its records', () => {
  it('finds every id as an index built from the records afterwards does', () => {
    // Ids as sheets hold them: repeated, numeric with and without zeros, spaced, empty, in
    // Chinese; and rows the reader leaves out (a totals row, a note, a repeated header), whose
    // cells must not claim an id.
    const id = fc.constantFrom(
      'C001',
      'C002',
      ' C001',
      '1001',
      '001001',
      '1001.0',
      '',
      '客户甲',
      'c001',
      '合计',
    );
    const row = fc.oneof(
      { weight: 8, arbitrary: id.map((value): Cell[] => [value, '张伟', '', '13912345678']) },
      { weight: 1, arbitrary: fc.constant<Cell[]>(['合计', '', '', '']) },
      { weight: 1, arbitrary: fc.constant<Cell[]>(['制表人：王芳', '', '', '']) },
      { weight: 1, arbitrary: fc.constant<Cell[]>(HEADER.slice(0, 4)) },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.array(id, { maxLength: 5 }), (rows, extra) => {
        const read = readCustomerTable(table(rows), config, TODAY);
        const afterwards = new CustomerIndex(read.records);
        for (const asked of [...rows.map((r) => String(r[0])), ...extra, '1001', '0001001', 'C003']) {
          expect(read.index.find(asked), asked).toBe(afterwards.find(asked));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('readCustomerTable: headings in capitals among the ids', () => {
  const read = (rows: Cell[][]) =>
    readCustomerTable({ header: ['Pront.', 'Nome', 'WhatsApp'], rows }, english, TODAY);

  it.each<[string, Cell[][], string[], string[]]>([
    [
      'a heading alone in a column of codes is a section line',
      [
        ['CLÍNICA GERAL', '', ''],
        [1047, 'Maria Aparecida Souza', '(31) 99812-4410'],
        [1052, 'José Carlos Ferreira', ''],
        ['ORTODONTIA', '', ''],
        [1056, 'Davi Oliveira Santos', ''],
        [1066, 'Beatriz Carvalho', ''],
      ],
      ['1047', '1052', '1056', '1066'],
      ['2:section', '5:section'],
    ],
    [
      'an id in capitals with its digits stays a customer',
      [
        ['VIP0001', '', ''],
        [1047, 'Maria Aparecida Souza', ''],
        [1052, 'José Carlos Ferreira', ''],
        [1056, 'Davi Oliveira Santos', ''],
      ],
      ['VIP0001', '1047', '1052', '1056'],
      [],
    ],
    [
      'a column of ids in words keeps each one a customer',
      [
        ['ACME', 'Maria Souza', ''],
        ['BETA', 'José Ferreira', ''],
        ['GAMMA', '', ''],
        ['DELTA', 'Davi Santos', ''],
      ],
      ['ACME', 'BETA', 'GAMMA', 'DELTA'],
      [],
    ],
  ])('%s', (_, rows, ids, skipped) => {
    const read_ = read(rows);
    expect(read_.records.map((r) => r.id)).toEqual(ids);
    expect(read_.skipped.map((s) => `${s.row}:${s.reason}`)).toEqual(skipped);
  });
});

describe('readCustomerTable: a birthday written without its year', () => {
  const birthdays = (header: string[], cells: Cell[]) =>
    readCustomerTable(
      { header, rows: cells.map((cell, i) => [`K${i + 1}`, `Kund ${i + 1}`, cell]) },
      config,
      TODAY,
    ).records.map((r) => r.birthday);

  it('reads 12/9 day first under a header in a language that writes the day first', () => {
    expect(birthdays(['Kundnr', 'Namn', 'Födelsedag'], ['12/9', '1968-04-12', '3 nov.'])).toEqual([
      '--09-12',
      '1968-04-12',
      '--11-03',
    ]);
    expect(birthdays(['Kd.-Nr.', 'Name', 'Geburtstag'], ['3/4'])).toEqual(['--04-03']);
  });

  it('reads it month first under a Chinese or English header, unless the column says otherwise', () => {
    expect(birthdays(['客户编号', '姓名', '生日'], ['12/9', '3/4'])).toEqual(['--12-09', '--03-04']);
    expect(birthdays(['ID', 'Name', 'Birthday'], ['12/9'])).toEqual(['--12-09']);
    expect(birthdays(['ID', 'Name', 'Birthday'], ['12/9', '25/12'])).toEqual(['--09-12', '--12-25']);
  });
});
