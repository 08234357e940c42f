// Section lines against customers known by their name only. A ledger's new customers often have
// a name and nothing else yet; such a row is a customer (losing it is losing data), while a line
// heading the rows below it (华东区, 【VIP客户】, Key Accounts, a band merged across the table) is
// not. The column a text stands in, the merge it sits in and what it says tell them apart.
import { describe, expect, it } from 'vitest';
import type { Cell, WideMerge } from '../model/table.ts';
import { rowContextOf, skippedRowReason } from './skippedRows.ts';

// A twelve-column ledger: 客户编号 (A) is not a name column, 客户名称 (B) and 公司 (C) are.
const HEADER = [
  '客户编号',
  '客户名称',
  '公司',
  '联系人',
  '手机',
  '邮箱',
  '地区',
  '首次购买日期',
  '最近购买日期',
  '购买次数',
  '累计消费',
  '备注',
];
const CONTEXT = rowContextOf('customers', HEADER, [0, 1, 2, 4, 5], [4, 5], [1, 2]);
const ID = 0;
const NAME = 1;
const COMPANY = 2;
/** A row with one text, in `column`. */
const alone = (text: string, column: number, width = HEADER.length): Cell[] =>
  Array.from({ length: width }, (_, c) => (c === column ? text : ''));
const readAs = (reason: string | null) => (reason === null ? 'customer' : reason);

describe('a title in brackets', () => {
  it.each<[string, number]>([
    ['《读者》杂志社', NAME],
    ['【老王】烧烤', NAME],
    ['「金記」茶餐廳', NAME],
    ['『一品』小馆', COMPANY],
    ['[VIP]张伟', NAME],
    ['《读者》', NAME],
    ['【老王】', COMPANY],
    ['〈明报〉', NAME],
    // A title and a name after it is a name in whichever column it stands.
    ['《读者》杂志社', ID],
    ['【新】客户服务中心', NAME],
  ])('%s in column %i is a customer known by name', (text, column) => {
    expect(readAs(skippedRowReason(alone(text, column), CONTEXT))).toBe('customer');
  });

  it.each<[string, number]>([
    ['【华东】', NAME],
    ['【VIP客户】', NAME],
    ['【华东】（以下为重点维护）', NAME],
    ['【华东】——', NAME],
    ['【2025年】新客户', NAME],
    ['「华东区」', COMPANY],
    ['《以下为新客户》', NAME],
    ['—— 华南区 ——', NAME],
    ['=== 2025年 ===', NAME],
    ['★ 金牌会员 ★', NAME],
    ['<VIP customers>', NAME],
    // Set off in brackets outside the names' column: a heading, whatever it says.
    ['【上海】', ID],
    ['《老客户回访》', ID],
  ])('%s in column %i is a section line', (text, column) => {
    expect(skippedRowReason(alone(text, column), CONTEXT)).toBe('section');
  });
});

describe('an English name ending in Area, Region or Accounts', () => {
  it.each<[string, number]>([
    ['Tri-State Area', NAME],
    ['Summit Accounts', COMPANY],
    ['Pacific Region', NAME],
    ['Harbourside Clients', COMPANY],
    ['Prime Customers', NAME],
    ['Summit Accounts (since 2019)', NAME],
  ])('%s alone in the names’ column (%i) is a customer', (text, column) => {
    expect(readAs(skippedRowReason(alone(text, column), CONTEXT))).toBe('customer');
  });

  it.each<[string, number]>([
    ['East Region', NAME],
    ['North-East Territory', COMPANY],
    ['Key Accounts', NAME],
    ['VIP customers', NAME],
    ['Dormant clients (no order in 2 years)', NAME],
    ['Asia Pacific region', NAME],
    ['Tier 1 accounts', COMPANY],
    ['Top 20 Customers', NAME],
    ['Customers', NAME],
    ['Region: North', NAME],
    // Outside the names' column the ending alone tells, as ever.
    ['Pacific Region', ID],
    ['Summit Accounts', ID],
  ])('%s in column %i is a section line', (text, column) => {
    expect(skippedRowReason(alone(text, column), CONTEXT)).toBe('section');
  });
});

describe('a text merged over several columns', () => {
  const across: WideMerge = { column: 0, columns: 12 };
  it.each<[string, string, number, WideMerge, string]>([
    [
      'a long name merged over B:D is a customer',
      '中国国际海运集装箱（集团）股份有限公司',
      NAME,
      { column: 1, columns: 3 },
      'customer',
    ],
    ['a short name merged over B:D is a customer', '远帆', NAME, { column: 1, columns: 3 }, 'customer'],
    [
      'an English name merged over B:F is a customer',
      'Pacific Region',
      NAME,
      { column: 1, columns: 5 },
      'customer',
    ],
    [
      'a region merged over B:D reads as a section line',
      '华东区',
      NAME,
      { column: 1, columns: 3 },
      'section',
    ],
    ['a region merged across the table is a section line', '华东区', ID, across, 'section'],
    ['a city merged across the table is a section line', '上海', ID, across, 'section'],
    [
      'a city merged from the names to the end is a section line',
      '上海',
      NAME,
      { column: 1, columns: 11 },
      'section',
    ],
    [
      'a city merged over A:C, outside the names, is a section line',
      '上海',
      ID,
      { column: 0, columns: 3 },
      'section',
    ],
    [
      'a company merged over A:C, outside the names, is a customer',
      'Acme Trading Ltd',
      ID,
      { column: 0, columns: 3 },
      'customer',
    ],
    [
      'a name merged over seven of twelve columns is a band: a section line',
      '远帆',
      NAME,
      { column: 1, columns: 7 },
      'section',
    ],
  ])('%s: %s', (_name, text, column, merge, expected) => {
    expect(readAs(skippedRowReason(alone(text, column), CONTEXT, undefined, merge))).toBe(expected);
  });

  it('measures the band against the user’s columns, not the managed ones a run appended', () => {
    // Classified once: eight managed columns after 备注, the section band still A:L.
    const header = [...HEADER, 'R', 'F', 'M', '客户分群', '八类客户', '生命周期', '价值层级', '下次跟进'];
    const context = rowContextOf('customers', header, [0, 1, 2, 4, 5], [4, 5], [1, 2]);
    const cells = alone('上海', ID, header.length);
    expect(skippedRowReason(cells, context, undefined, across)).toBe('section');
    expect(
      readAs(
        skippedRowReason(alone('远帆', NAME, header.length), context, undefined, { column: 1, columns: 3 }),
      ),
    ).toBe('customer');
  });
});

describe('a heading numbered as a Chinese outline numbers its parts', () => {
  it.each<[string, string | null]>([
    ['一、电子厂', 'section'],
    ['二、贸易公司', 'section'],
    ['三、个体（加工店 / 师傅）', 'section'],
    ['（四）其他客户', 'section'],
    // A firm's own name, and one that opens with a numeral as a word of its name.
    ['东莞市鸿昌电子科技有限公司', null],
    ['一品香餐厅', null],
  ])('%j alone in the name column → %s', (text, reason) => {
    expect(skippedRowReason(alone(text, NAME), CONTEXT)).toBe(reason);
  });
});

describe('a section label with its translation after it', () => {
  const context = rowContextOf(
    'customers',
    ['客戶編號', '公司名稱 Company', '聯絡人', '電話 Tel'],
    [0, 1, 2, 3],
  );
  it.each<[string, string | null]>([
    ['香港客戶 Hong Kong', 'section'],
    ['澳門客戶 Macau', 'section'],
    ['新客户 New customers', 'section'],
    ['恒通五金有限公司 Hang Tung Hardware Ltd', null],
  ])('%j alone in its row → %s', (text, reason) => {
    expect(skippedRowReason([text, '', '', ''], context)).toBe(reason);
  });
});
