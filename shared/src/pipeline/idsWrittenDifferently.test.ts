import { describe, expect, it } from 'vitest';
import type { Language } from '../model/keys.ts';
import type { TableData } from '../model/table.ts';
import { analyzeCustomerTable } from './analyzeCustomerTable.ts';

const TODAY = '2025-07-01';

// The customer table typed by the office in half width; the orders typed by the shop assistant
// on a Chinese IME, pasted from a WeChat message or from the shop's export.
const CUSTOMERS: TableData = {
  header: ['客户编号', '客户名称', '手机'],
  rows: [
    ['C001', '张伟', '13912345671'],
    ['C002', '李娜', '13912345672'],
    ['VIP-7', '王芳', '13912345673'],
    ['C010', '刘洋', '13912345674'],
    ['c010', '刘阳', '13912345675'],
    ['1001', '陈静', '13912345676'],
    ['C003', '赵磊', '13912345677'],
  ],
};

const ORDERS: TableData = {
  header: ['客户编号', '订单日期', '金额'],
  rows: [
    ['C001', '2025-01-05', '300'], // row 2
    ['Ｃ００１', '2025-03-10', '200'], // row 3: full width
    ['c001', '2025-05-20', '150'], // row 4: lower case
    ['C００１\u200B', '2025-06-01', '100'], // row 5: mixed width, a zero-width space pasted along
    ['C002', '2025-02-01', '80'], // row 6
    ['\uFEFFC002\u3000', '2025-06-15', '120'], // row 7: a BOM and a trailing ideographic space
    ['vip－７', '2025-04-01', '500'], // row 8
    ['C\u00A0010', '2025-04-02', '60'], // row 9: C010 or c010? both are customers
    ['1,001', '2025-05-05', '999'], // row 10: a number format's thousands separator
    ['1.23457E+11', '2025-05-06', '42'], // row 11: an id Excel cut short
    ['C999', '2025-05-07', '10'], // row 12: no such customer
    ['C003', '2025-06-20', '70'], // row 13
  ],
};

const COMPLAINTS: TableData = {
  header: ['客户编号', '投诉日期', '处理阶段'],
  rows: [
    ['ｃ００２', '2025-06-02', '受理'],
    ['Ｃ０１０', '2025-06-03', '受理'],
  ],
};

function analyse(language: Language = 'zh') {
  return analyzeCustomerTable({
    customers: CUSTOMERS,
    orders: ORDERS,
    complaints: COMPLAINTS,
    today: TODAY,
    config: { language },
    clv: false,
  });
}

describe('customer ids written differently in the orders and complaints', () => {
  it.each([
    ['C001', 4, 750, '2025-06-01'],
    ['C002', 2, 200, '2025-06-15'],
    ['VIP-7', 1, 500, '2025-04-01'],
    ['C010', 0, 0, null],
    ['c010', 0, 0, null],
    ['1001', 1, 999, '2025-05-05'],
    ['C003', 1, 70, '2025-06-20'],
  ])('counts the orders of %s: F %i, M %i, last purchase %s', (id, orders, spend, last) => {
    const customer = analyse().customers.find((c) => c.record.id === id);
    expect(customer?.stats).toMatchObject({ orderCount: orders, totalSpend: spend, lastPurchase: last });
  });

  it('says how many orders and complaints were matched by an id written differently, with an example', () => {
    expect(analyse('zh').notes).toEqual(
      expect.arrayContaining([
        '订单表有 5 笔订单的客户编号与客户表写法不同（全角字符、大小写、不可见字符或千位分隔符），已按客户表的编号计入，例如订单表第 3 行的客户编号“Ｃ００１”按客户表的 C001 计入。',
        '投诉表有 1 条投诉的客户编号与客户表写法不同（全角字符、大小写、不可见字符或千位分隔符），已按客户表的编号计入，例如投诉表第 2 行的客户编号“ｃ００２”按客户表的 C002 计入。',
      ]),
    );
    expect(analyse('en').notes).toEqual(
      expect.arrayContaining([
        '5 orders write the customer id differently from the customer table (full-width characters, case, invisible characters or thousands separators) and were counted for the customer the id names: e.g. the customer id "Ｃ００１" in row 3 of the orders table counts as C001 of the customer table.',
      ]),
    );
  });

  it('lists the ids it could not match, each with why', () => {
    const issues = analyse('zh').issues.filter((i) => i.kind === 'unknown-customer');
    expect(issues.map((i) => `${i.table}:${i.row}:${i.value}: ${i.message}`)).toEqual([
      'complaints:3:Ｃ０１０: 客户编号 Ｃ０１０ 与客户表中写法不同的 2 个编号都对得上（第 5 行 C010、第 6 行 c010），无法确定是哪位客户：请按客户表的写法填写编号',
      'orders:9:C\u00A0010: 客户编号 C\u00A0010 与客户表中写法不同的 2 个编号都对得上（第 5 行 C010、第 6 行 c010），无法确定是哪位客户：其 1 笔订单（合计 60）未计入统计，请按客户表的写法填写编号',
      'orders:11:1.23457E+11: 客户编号 1.23457E+11 被 Excel 或 WPS 存成了科学计数法，末尾的数字已丢失，无法确定是哪位客户：其 1 笔订单（合计 42）未计入统计。请从原始系统重新导出，或在导出、粘贴前先把客户编号列设为“文本”格式',
      'orders:12:C999: 客户编号 C999 不在客户表中：其 1 笔订单（合计 10）未计入统计',
    ]);
  });

  it('links a complaint written differently to its customer', () => {
    const complaints = analyse().complaints.map((c) => [c.row, c.customerRow]);
    expect(complaints).toEqual([
      [2, 3],
      [3, null],
    ]);
  });

  it('flags ids of the customer table that are one id written differently, in the review', () => {
    const table: TableData = {
      header: ['客户编号', '客户名称'],
      rows: [
        ['C001', '张伟'],
        ['Ｃ００１', '张伟'],
        ['c001', '张玮'],
        ['1001', '陈静'],
        ['1,001', '陈静'],
        ['C002', '李娜'],
        ['C002', '李娜'],
      ],
    };
    const review = analyzeCustomerTable({
      customers: table,
      today: TODAY,
      config: { language: 'zh' },
    }).review;
    expect(review.invalid.map((i) => `${i.row} ${i.column} ${i.value}: ${i.message}`)).toEqual([
      '3 客户编号 Ｃ００１: 客户编号 Ｃ００１ 与第 2 行的 C001 是同一个编号，只是写法不同（全角字符、不可见字符或千位分隔符）：请合并这两行或统一写法，否则订单和投诉会分开计入',
      '4 客户编号 c001: 客户编号 c001 与第 2 行的 C001 只差大小写，按两位客户处理；订单或投诉里写法不同的这个编号无法确定是哪位客户，不计入。若是同一客户，请合并这两行',
      '6 客户编号 1,001: 客户编号 1,001 与第 5 行的 1001 是同一个编号，只是写法不同（全角字符、不可见字符或千位分隔符）：请合并这两行或统一写法，否则订单和投诉会分开计入',
    ]);
  });
});
