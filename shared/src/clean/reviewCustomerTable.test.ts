import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Language } from '../model/keys.ts';
import type { CellIssue } from '../model/table.ts';
import { customerTable } from './customerTable.fixture.ts';
import { reviewCustomerTable } from './reviewCustomerTable.ts';

const config = resolveConfig();
const ZH = [
  '客户编号',
  '姓名',
  '公司',
  '职位',
  '手机',
  '电话',
  '邮箱',
  '微信',
  '城市',
  '最近购买日期',
  '消费金额',
];
const EN = [
  'Customer ID',
  'Name',
  'Company',
  'Title',
  'Mobile',
  'Phone',
  'Email',
  'WeChat',
  'City',
  'Last purchase date',
];

function review(
  header: string[],
  rows: (string | number | null)[][],
  issues: CellIssue[] = [],
  language: Language = config.language,
) {
  const { records, mapping } = customerTable(header, rows);
  return reviewCustomerTable(records, issues, mapping, resolveConfig({ language }));
}

describe('missing values', () => {
  it('reports a missing required value per row, under the column as written', () => {
    const { missing, summary } = review(ZH, [
      ['K001', '', '远帆', '', '13912345678', '', '', '', '', '', ''],
      ['K002', '李娜', '远帆', '', '13912345679', '', '', '', '', '', ''],
      ['K003', '-', '远帆', '', '13912345670', '', '', '', '', '', ''],
    ]);
    expect(missing).toEqual([
      { row: 2, column: '姓名', field: 'name', message: '“姓名”未填写' },
      { row: 4, column: '姓名', field: 'name', message: '“姓名”未填写' },
    ]);
    expect(summary.rowsWithMissing).toBe(2);
  });

  it('reports a required column that does not exist once, on the header row', () => {
    const { missing, summary } = review(
      ['Email', 'City'],
      [
        ['a@x.com', 'Berlin'],
        ['b@x.com', 'Paris'],
      ],
    );
    expect(missing).toEqual([{ row: 1, column: '姓名', field: 'name', message: '表中没有“姓名”列' }]);
    expect(summary.rowsWithMissing).toBe(0);
  });

  it('uses English labels for an absent column when the language is English', () => {
    const { records, mapping } = customerTable(['Email'], [['a@x.com']]);
    const { missing } = reviewCustomerTable(records, [], mapping, resolveConfig({ language: 'en' }));
    expect(missing.map((m) => m.message)).toEqual(['the table has no Name column']);
  });

  it('flags rows with no way to contact them, naming the contact columns as written', () => {
    const { missing } = review(EN, [
      ['C1', 'Anna Berg', '', '', '', '', '', '', 'Berlin', ''],
      ['C2', 'Tom Lee', '', '', '', '', '', 'tomlee88', '', ''],
    ]);
    expect(missing).toEqual([
      {
        row: 2,
        column: 'Mobile, Phone, Email, WeChat',
        field: 'contact',
        message: '无法联系：“Mobile”、“Phone”、“Email”和“WeChat”都未填写',
      },
    ]);
  });

  it('does not call an invalid contact value empty (it is reported as invalid)', () => {
    const issue: CellIssue = {
      row: 2,
      column: 'Mobile',
      value: '12345',
      message: 'not a phone number',
      kind: 'invalid',
    };
    const { missing, invalid } = review(
      EN,
      [['C1', 'Anna Berg', '', '', '12345', '', '', '', '', '']],
      [issue],
    );
    expect(missing).toEqual([]);
    expect(invalid).toEqual([{ row: 2, column: 'Mobile', value: '12345', message: 'not a phone number' }]);
  });

  it('reports a table without any contact column once', () => {
    const { missing } = review(['Name', 'City'], [['Anna Berg', 'Berlin']]);
    expect(missing).toEqual([
      {
        row: 1,
        column: '手机, 电话, 邮箱, 微信',
        field: 'contact',
        message: '无法联系任何客户：表中没有“手机”、“电话”、“邮箱”或“微信”列',
      },
    ]);
  });

  it.each<[string, string[], (string | number | null)[][], string[]]>([
    ['an empty required value', ZH, [['K001', '', '远帆', '', '13912345678']], ['姓名 is empty']],
    ['an absent required column', ['Email'], [['a@x.com']], ['the table has no Name column']],
    [
      'a row without any contact value',
      EN,
      [['C1', 'Anna Berg', '', '', '', '', '', '', 'Berlin', '']],
      ['no way to contact: Mobile, Phone, Email and WeChat are all empty'],
    ],
    [
      'a row whose one contact column is empty',
      ['Name', 'Email'],
      [['Anna Berg', '']],
      ['no way to contact: Email is empty'],
    ],
    [
      'a table without any contact column',
      ['Name', 'City'],
      [['Anna Berg', 'Berlin']],
      ['no way to contact anyone: the table has no Mobile, Phone, Email or WeChat column'],
    ],
  ])('words %s in English when the language is English', (_name, header, rows, messages) => {
    expect(review(header, rows, [], 'en').missing.map((m) => m.message)).toEqual(messages);
  });

  it('words a row whose one contact column is empty in Chinese', () => {
    expect(review(['Name', '邮箱'], [['Anna Berg', '']]).missing.map((m) => m.message)).toEqual([
      '无法联系：“邮箱”未填写',
    ]);
  });
});

describe('invalid values', () => {
  it('lists the customer-table issues by row and leaves out other tables', () => {
    const issues: CellIssue[] = [
      { row: 5, column: '最近购买日期', value: '2026-13-45', message: 'not a date', kind: 'invalid' },
      {
        row: 3,
        column: '消费金额',
        value: '-200',
        message: 'negative amount',
        kind: 'negative',
        table: 'customers',
      },
      { row: 2, column: '金额', value: 'abc', message: 'not a number', kind: 'invalid', table: 'orders' },
      { row: 4, column: '邮箱', value: '', message: '邮箱 is required', kind: 'missing' },
    ];
    const { records, mapping } = customerTable(ZH, [
      ['K1', '甲'],
      ['K2', '乙'],
      ['K3', '丙', '', '', '13912345678'],
      ['K4', '丁'],
    ]);
    const result = reviewCustomerTable(records, issues, mapping, config);
    expect(result.invalid).toEqual([
      { row: 3, column: '消费金额', value: '-200', message: 'negative amount' },
      { row: 5, column: '最近购买日期', value: '2026-13-45', message: 'not a date' },
    ]);
    expect(result.missing).toContainEqual({
      row: 4,
      column: '邮箱',
      field: 'email',
      message: '邮箱 is required',
    });
    expect(result.summary).toEqual({
      rows: 4,
      exactDuplicateGroups: 0,
      likelyDuplicateGroups: 0,
      rowsWithMissing: 4,
      invalidCells: 2,
      skippedRows: 0,
    });
  });
});

describe('summary', () => {
  it('counts rows, duplicate groups, rows with missing values and invalid cells', () => {
    const { summary } = review(ZH, [
      ['K001', '张伟', '上海远帆供应链管理有限公司', '', '13912345678', '', '', '', '', '', ''],
      ['K002', '张伟', '上海远帆供应链管理', '', '', '', 'zw@163.com', '', '', '', ''],
      ['K003', '李娜', '', '', '13800001111', '', '', '', '', '', ''],
      ['K004', '李娜', '', '', '13800001111', '', '', '', '', '', ''],
      ['K005', '', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(summary).toEqual({
      rows: 5,
      exactDuplicateGroups: 1,
      likelyDuplicateGroups: 1,
      rowsWithMissing: 1,
      invalidCells: 0,
      skippedRows: 0,
    });
  });
});
