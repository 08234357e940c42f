import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Language } from '../model/keys.ts';
import type { TableData } from '../model/table.ts';
import { readOrdersTable } from '../table/readOrdersTable.ts';
import { analyzeCustomerTable, maskedBuyersNote } from './analyzeCustomerTable.ts';

// A shop platform's order export names the buyer by the platform's account (淘宝's 买家会员名)
// beside a masked number (138****8000). A seller whose customer table records each buyer's
// account (旺旺号) beside their own customer ids gets each customer's orders by that account.

const TODAY = '2025-01-15';

/** The seller's own list: their ids, and each buyer's 旺旺号 as they noted it. */
const sellerCustomers: TableData = {
  header: ['客户编号', '姓名', '手机', '旺旺号', '城市'],
  rows: [
    ['C001', '张伟', '13800138000', 'tb_zhangwei', '上海'],
    ['C002', '李娜', '13912345678', 'lina_1990', '杭州'],
    ['C003', '王芳', '13800008000', 'wangfang_sh', '北京'],
    ['C004', '赵敏', '15900001111', 'zhaomin_gz', '广州'],
  ],
};

/** 淘宝's export since it masks the buyer's number: 张伟 and 王芳 both show as 138****8000. */
const maskedExport: TableData = {
  header: ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '联系手机', '订单创建时间'],
  rows: [
    ['3001', 'tb_zhangwei', '199.00', '交易成功', '138****8000', '2024-11-11 00:01:02'],
    ['3002', 'tb_zhangwei', '59.90', '交易成功', '138****8000', '2025-01-12 20:15:44'],
    ['3003', 'lina_1990', '98.00', '交易成功', '139****5678', '2024-10-01 09:00:00'],
    ['3004', 'wangfang_sh', '45.00', '交易成功', '138****8000', '2024-12-20 08:30:00'],
    ['3005', 'wangfang_sh', '45.00', '交易关闭', '138****8000', '2024-12-21 08:30:00'],
  ],
};

interface Case {
  name: string;
  customers: TableData;
  orders: TableData;
  /** Per customer row: orders counted and net spend. */
  expected: { row: number; orderCount: number; totalSpend: number }[];
  /** The unknown-customer issues' values (buyers no customer has). */
  unknown?: string[];
}

const CASES: Case[] = [
  {
    name: 'gives each customer the orders of their 旺旺号, though the numbers beside them are masked',
    customers: sellerCustomers,
    orders: maskedExport,
    expected: [
      { row: 2, orderCount: 2, totalSpend: 258.9 },
      { row: 3, orderCount: 1, totalSpend: 98 },
      { row: 4, orderCount: 1, totalSpend: 45 },
      { row: 5, orderCount: 0, totalSpend: 0 },
    ],
  },
  {
    name: 'compares the accounts trimmed, and one written in other capitals by one customer alone',
    customers: {
      header: ['客户编号', '姓名', '旺旺'],
      rows: [
        ['C001', '张伟', ' tb_zhangwei '],
        ['C002', '李娜', 'Lina_1990'],
      ],
    },
    orders: {
      header: ['订单编号', '买家会员名', '买家实际支付金额', '联系手机', '订单创建时间'],
      rows: [
        ['3001', 'tb_zhangwei  ', '199.00', '138****8000', '2024-11-11 00:01:02'],
        ['3002', 'lina_1990', '98.00', '139****5678', '2024-10-01 09:00:00'],
      ],
    },
    expected: [
      { row: 2, orderCount: 1, totalSpend: 199 },
      { row: 3, orderCount: 1, totalSpend: 98 },
    ],
  },
  {
    name: 'gives an account two customers write in other capitals to neither',
    customers: {
      header: ['客户编号', '姓名', '买家会员名'],
      rows: [
        ['C001', '李小', 'Tb_Li'],
        ['C002', '李晓', 'tb_li'],
      ],
    },
    orders: {
      header: ['订单编号', '买家会员名', '买家实际支付金额', '订单创建时间'],
      rows: [
        ['3001', 'tb_li', '50.00', '2024-11-11 00:01:02'],
        ['3002', 'TB_LI', '70.00', '2024-11-12 00:01:02'],
      ],
    },
    expected: [
      { row: 2, orderCount: 0, totalSpend: 0 },
      { row: 3, orderCount: 1, totalSpend: 50 },
    ],
    unknown: ['TB_LI'],
  },
  {
    name: 'never gives a masked account to anyone, even one the customer table holds masked too',
    customers: {
      header: ['客户编号', '姓名', '旺旺号'],
      rows: [
        ['C001', '张伟', 't**8'],
        ['C002', '李娜', 'lina_1990'],
      ],
    },
    orders: {
      header: ['订单编号', '买家会员名', '买家实际支付金额', '订单创建时间'],
      rows: [
        ['3001', 't**8', '199.00', '2024-11-11 00:01:02'],
        ['3002', 'lina_1990', '98.00', '2024-10-01 09:00:00'],
      ],
    },
    expected: [
      { row: 2, orderCount: 0, totalSpend: 0 },
      { row: 3, orderCount: 1, totalSpend: 98 },
    ],
  },
  {
    name: 'matches by the customer id where the orders write one, whatever their account says',
    customers: sellerCustomers,
    orders: {
      header: ['客户编号', '买家会员名', '金额', '日期'],
      rows: [
        ['C002', 'tb_zhangwei', '120', '2024-11-11'],
        ['C001', 'tb_zhangwei', '80', '2024-11-12'],
      ],
    },
    expected: [
      { row: 2, orderCount: 1, totalSpend: 80 },
      { row: 3, orderCount: 1, totalSpend: 120 },
      { row: 4, orderCount: 0, totalSpend: 0 },
      { row: 5, orderCount: 0, totalSpend: 0 },
    ],
  },
  {
    name: 'takes the account before a whole number where both tables record accounts',
    customers: {
      header: ['客户编号', '姓名', '手机', '旺旺号'],
      rows: [
        ['C001', '张伟', '13800138000', 'tb_zhangwei'],
        ['C002', '李娜', '13912345678', 'lina_1990'],
      ],
    },
    orders: {
      // 李娜 sent a gift to 张伟: the number is the recipient's, the account the buyer's.
      header: ['订单编号', '买家会员名', '买家实际支付金额', '收货人手机号', '订单创建时间'],
      rows: [['3001', 'lina_1990', '88.00', '13800138000', '2024-11-11 00:01:02']],
    },
    expected: [
      { row: 2, orderCount: 0, totalSpend: 0 },
      { row: 3, orderCount: 1, totalSpend: 88 },
    ],
  },
  {
    name: 'compares the account with the customer ids where the customer table records no accounts',
    customers: {
      header: ['客户编号', '姓名'],
      rows: [
        ['tb_zhangwei', '张伟'],
        ['lina_1990', '李娜'],
      ],
    },
    orders: {
      header: ['订单编号', '买家会员名', '买家实际支付金额', '订单创建时间'],
      rows: [
        ['3001', 'tb_zhangwei', '199.00', '2024-11-11 00:01:02'],
        ['3002', 'lina_1990', '98.00', '2024-10-01 09:00:00'],
      ],
    },
    expected: [
      { row: 2, orderCount: 1, totalSpend: 199 },
      { row: 3, orderCount: 1, totalSpend: 98 },
    ],
  },
];

describe('orders matched to customers by the platform account', () => {
  it.each(CASES)('$name', ({ customers, orders, expected, unknown = [] }) => {
    const analysis = analyzeCustomerTable({ customers, orders, today: TODAY, clv: false });
    expect(
      analysis.customers.map(({ row, stats }) => ({
        row,
        orderCount: stats.orderCount,
        totalSpend: stats.totalSpend,
      })),
    ).toEqual(expected);
    expect(
      analysis.issues.filter((issue) => issue.kind === 'unknown-customer').map((issue) => issue.value),
    ).toEqual(unknown);
    // The orders were never left out as masked: the account named each buyer.
    expect(analysis.notes.some((note) => note.includes('138****8000'))).toBe(false);
  });

  it.each([
    ['zh', '平台账号 tb_guest 不在客户表的平台账号列中：其 2 笔订单（合计 150）未计入统计'],
    [
      'en',
      "2 orders (total 150) for platform account tb_guest, which is not in the customer table's platform-account column; left out of the statistics",
    ],
  ] as const)(
    'reports the orders of an account no customer has, at the account column (%s)',
    (language, message) => {
      const analysis = analyzeCustomerTable({
        customers: sellerCustomers,
        orders: {
          header: maskedExport.header,
          rows: [
            ['3101', 'tb_guest', '100.00', '交易成功', '137****0000', '2024-11-11 00:01:02'],
            ['3102', 'tb_guest', '50.00', '交易成功', '137****0000', '2024-11-12 00:01:02'],
          ],
        },
        config: { language },
        today: TODAY,
        clv: false,
      });
      expect(analysis.issues.filter((issue) => issue.kind === 'unknown-customer')).toEqual([
        {
          row: 2,
          column: '买家会员名',
          value: 'tb_guest',
          message,
          kind: 'unknown-customer',
          table: 'orders',
        },
      ]);
    },
  );

  it('says a masked account in the customer table names no one (zh and en)', () => {
    const customers: TableData = {
      header: ['客户编号', '姓名', '旺旺号'],
      rows: [['C001', '张伟', 'tb***88']],
    };
    const messages = (['zh', 'en'] as const).map(
      (language) =>
        analyzeCustomerTable({ customers, config: { language }, today: TODAY, clv: false }).issues[0]
          ?.message,
    );
    expect(messages).toEqual([
      '“tb***88”是打码的平台账号（导出时隐藏了部分字符），不能用来区分客户或对应订单；请填写完整的账号（如旺旺号）',
      'tb***88 is a masked platform account (part of it hidden when it was exported): it cannot tell customers apart nor match orders; enter the whole account name',
    ]);
  });
});

describe('the note on orders whose buyers are masked', () => {
  const NOTES: Record<Language, string> = {
    zh: '4 笔订单的买家只有打码的“联系手机”（如“138****8000”），分不出是哪位客户，未计入：平台导出时隐藏了部分字符，不同买家打码后可能一模一样。订单表的“买家会员名”能区分买家，但客户表没有与之对应的平台账号列：请在客户表加一列“旺旺号”（或“平台账号”），填上每位客户的买家会员名，再运行，订单就会按它对应到客户（客户表原有的客户编号列不用改）。客户表已有记录买家账号的列、只是表头不同的话，把表头改为“旺旺号”，或在列名映射中写“该列表头 = platformAccount”（命令行：配置的 headerOverrides.customers）。',
    en: '4 orders name their buyer only by a masked "联系手机" (such as "138****8000"), which cannot tell one customer from another, so they were left out: the platform hid part of each value when exporting, and different buyers\' masked values can be the same. The orders\' "买家会员名" tells buyers apart, but the customer table has no platform-account column to match it: add a column headed "Platform account" (or 旺旺号) to the customer table, holding each customer\'s 买家会员名, and run again; the orders are then matched by it (the customer table\'s own customer ID column stays as it is). If the customer table already records the buyers\' accounts under another header, head that column "Platform account", or map it with "that header = platformAccount" in the column mapping (the CLI: headerOverrides.customers in the configuration).',
  };

  it.each(['zh', 'en'] as const)(
    'asks for the accounts in the customer table, and they then match (%s)',
    (language) => {
      // The seller's list without its 旺旺号 column: the masked number is all the orders share with it.
      const without: TableData = {
        header: sellerCustomers.header.filter((h) => h !== '旺旺号'),
        rows: sellerCustomers.rows.map((row) => row.filter((_, i) => i !== 3)),
      };
      const before = analyzeCustomerTable({
        customers: without,
        orders: maskedExport,
        config: { language },
        today: TODAY,
        clv: false,
      });
      expect(before.customers.map((c) => c.stats.orderCount)).toEqual([0, 0, 0, 0]);
      expect(before.notes).toContain(NOTES[language]);
      // The advice followed: the 旺旺号 column added, the customer ids left as they are.
      const after = analyzeCustomerTable({
        customers: sellerCustomers,
        orders: maskedExport,
        config: { language },
        today: TODAY,
        clv: false,
      });
      expect(after.customers.map((c) => c.stats.orderCount)).toEqual([2, 1, 1, 0]);
      expect(after.notes).not.toContain(NOTES[language]);
    },
  );

  it('is not given where the orders were read for customers with accounts', () => {
    const read = readOrdersTable(maskedExport, resolveConfig({}), TODAY, { accounts: true });
    expect(read.buyer).toBe('buyerAccount');
    expect(maskedBuyersNote(read, 'zh')).toBeNull();
  });
});
