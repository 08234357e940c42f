import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { JobError } from '../jobs/JobError.ts';
import { jobProblemText } from '../jobs/jobTexts.ts';
import { locateTables } from '../jobs/locateTables.ts';
import { readJobTables } from '../jobs/readJobTables.ts';
import { runJob } from '../jobs/runJob.ts';
import type { SheetGrid } from '../jobs/sheetGrid.ts';
import type { Cell, TableData } from '../model/table.ts';
import { ANALYSIS_TEXTS } from './analysisTexts.ts';
import { analyzeCustomerTable } from './analyzeCustomerTable.ts';

// Online shops' order exports name the buyer by email or phone, not by a customer id: such orders
// are matched to the customers by that column.

const TODAY = '2025-01-15';

const shopCustomers: TableData = {
  header: ['Customer ID', 'First Name', 'Email', 'Phone'],
  rows: [
    ['7012345678901', 'Emily', 'Emily.Chen@Example.com', '+1 415-555-0132'],
    ['7012345678902', 'Wei', 'wei.zhang@example.cn', '+86 138 0013 8000'],
    ['7012345678903', 'Olivia', 'olivia@brownco.co.uk', ''],
  ],
};

const taobaoCustomers: TableData = {
  header: ['姓名', '手机', '城市'],
  rows: [
    ['张伟', '+86 138 0013 8000', '上海'],
    ['李娜', '139-1234-5678', '杭州'],
  ],
};

interface Case {
  name: string;
  customers: TableData;
  orders: TableData;
  /** Per customer row: orders counted and net spend. */
  expected: { row: number; orderCount: number; totalSpend: number }[];
}

const CASES: Case[] = [
  {
    name: 'matches an email written in another case and with spaces around it',
    customers: shopCustomers,
    orders: {
      header: ['Name', 'Email', 'Financial Status', 'Total', 'Created at'],
      rows: [
        ['#1001', ' emily.chen@example.COM ', 'paid', '118.40', '2024-03-05 10:22:31 -0800'],
        ['#1002', 'EMILY.CHEN@EXAMPLE.COM', 'paid', '94.00', '2024-05-10 18:00:59 -0700'],
        ['#1003', 'Wei.Zhang@Example.CN', 'paid', '89.00', '2024-06-01 11:59:00 +0800'],
      ],
    },
    expected: [
      { row: 2, orderCount: 2, totalSpend: 212.4 },
      { row: 3, orderCount: 1, totalSpend: 89 },
      { row: 4, orderCount: 0, totalSpend: 0 },
    ],
  },
  {
    name: 'matches a phone written as the same number (13800138000 is +86 138 0013 8000)',
    customers: taobaoCustomers,
    orders: {
      header: ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '联系手机', '订单创建时间'],
      rows: [
        ['3001', 'tb_zw', '199.00', '交易成功', '13800138000', '2024-11-11 00:01:02'],
        ['3002', 'tb_zw', '59.90', '卖家已发货，等待买家确认', '138 0013 8000', '2024-12-01 10:00:00'],
        ['3003', 'tb_ln', '88.00', '交易成功', '+8613912345678', '2024-10-01 09:00:00'],
      ],
    },
    expected: [
      { row: 2, orderCount: 2, totalSpend: 258.9 },
      { row: 3, orderCount: 1, totalSpend: 88 },
    ],
  },
  {
    name: 'matches by the customer id when the orders have one, whatever their email says',
    customers: shopCustomers,
    orders: {
      header: ['Customer ID', 'Email', 'Financial Status', 'Total', 'Created at'],
      rows: [
        // The email is Wei's; the id, Olivia's, wins.
        ['7012345678903', 'wei.zhang@example.cn', 'paid', '50', '2024-09-01 10:00:00 -0700'],
      ],
    },
    expected: [
      { row: 2, orderCount: 0, totalSpend: 0 },
      { row: 3, orderCount: 0, totalSpend: 0 },
      { row: 4, orderCount: 1, totalSpend: 50 },
    ],
  },
  {
    name: 'reads WooCommerce order statuses and Billing Email',
    customers: shopCustomers,
    orders: {
      header: ['Order Number', 'Order Status', 'Order Date', 'Billing Email', 'Billing Phone', 'Order Total'],
      rows: [
        ['501', 'completed', '2024-08-01 12:00:00', 'olivia@brownco.co.uk', '', '40.00'],
        ['502', 'cancelled', '2024-08-02 12:00:00', 'olivia@brownco.co.uk', '', '25.00'],
        ['503', 'refunded', '2024-08-03 12:00:00', 'olivia@brownco.co.uk', '', '15.00'],
      ],
    },
    expected: [
      { row: 2, orderCount: 0, totalSpend: 0 },
      { row: 3, orderCount: 0, totalSpend: 0 },
      { row: 4, orderCount: 1, totalSpend: 25 },
    ],
  },
];

describe('orders named by email or phone', () => {
  it.each(CASES)('$name', ({ customers, orders, expected }) => {
    const analysis = analyzeCustomerTable({ customers, orders, today: TODAY, clv: false });
    expect(
      analysis.customers.map((c) => ({
        row: c.row,
        orderCount: c.stats.orderCount,
        totalSpend: c.stats.totalSpend,
      })),
    ).toEqual(expected);
    expect(analysis.issues.filter((issue) => issue.table === 'orders')).toEqual([]);
  });

  it('reads Shopify financial statuses: a refunded order as a refund, voided and pending ones left out', () => {
    const analysis = analyzeCustomerTable({
      customers: shopCustomers,
      orders: {
        header: ['Name', 'Email', 'Financial Status', 'Total', 'Created at'],
        rows: [
          ['#1001', 'emily.chen@example.com', 'paid', '100.00', '2024-03-05 10:22:31 -0800'],
          ['#1003', 'wei.zhang@example.cn', 'refunded', '89.00', '2024-06-01 11:59:00 +0800'],
          ['#1005', 'olivia@brownco.co.uk', 'voided', '50.00', '2024-10-02 14:00:00 +0100'],
          ['#1006', 'emily.chen@example.com', 'pending', '20.00', '2024-12-30 23:59:00 -0800'],
        ],
      },
      today: TODAY,
      clv: false,
    });
    const [emily, wei, olivia] = analysis.customers.map((c) => c.stats);
    // The date as written, whatever the time of day and offset after it; the order still waiting
    // for its payment (pending) brought nothing in yet.
    expect(emily).toMatchObject({
      orderCount: 1,
      totalSpend: 100,
      firstPurchase: '2024-03-05',
      lastPurchase: '2024-03-05',
    });
    expect(wei).toMatchObject({ orderCount: 0, refunds: 1, refundTotal: 89 });
    expect(olivia).toMatchObject({ orderCount: 0, totalSpend: 0, refunds: 0 });
    expect(analysis.orderSummary).toMatchObject({ cancelled: 1, unpaid: 1 });
    expect(analysis.notes).toContain('1 笔尚未付款的订单（等待付款）未计入；付款后再运行即可计入。');
    const en = ANALYSIS_TEXTS.en;
    expect([en.unpaid(1), en.unpaid(3)]).toEqual([
      '1 order not paid for yet (awaiting payment) left out; run again once paid to count it.',
      '3 orders not paid for yet (awaiting payment) left out; run again once paid to count them.',
    ]);
  });

  it('reads a wholesaler’s book: dates without their year, a shop named without its remark in brackets', () => {
    const analysis = analyzeCustomerTable({
      customers: {
        header: ['店名', '老板', '电话'],
        rows: [
          ['小鹿家（淘宝店）', '鹿鹿', '18620012345'],
          ['衣之恋', '芳姐', '13867112345'],
          ['潮人坊（东门）', '黄老板', '13823712345'],
          ['潮人坊（白马）', '黄太', '13823712346'],
        ],
      },
      orders: {
        header: ['日期', '客户', '金额', '付款情况'],
        rows: [
          ['9月20日', '小鹿家', '2250', '已结清'],
          ['12月28日', '衣之恋', '6960', '赊账'],
          ['10月26日', '小鹿家', '3900', '已取消'],
          ['10月12日', '潮人坊', '13500', '已结清'],
        ],
      },
      today: '2026-12-01',
      clv: false,
    });
    const [lu, fang, huang, huangTai] = analysis.customers.map((c) => c.stats);
    expect(lu).toMatchObject({ orderCount: 1, totalSpend: 2250, lastPurchase: '2026-09-20' });
    // 12月28日 is still to come this year: last year's.
    expect(fang).toMatchObject({ orderCount: 1, totalSpend: 6960, lastPurchase: '2025-12-28' });
    // 潮人坊 is two shops' name but for their remarks: neither's.
    expect([huang?.totalSpend, huangTai?.totalSpend]).toEqual([0, 0]);
    expect(analysis.orderSummary).toMatchObject({ cancelled: 1 });
    expect(analysis.notes).toContain(
      '有日期没有写年份（如“9月20日”），按 2026-12-01 之前最近的那一天读取；如果是往年的账，请在日期里写上年份。',
    );
  });

  it('reads a deals table by its stage: won deals are sales, open and lost ones are neither sales nor cancelled', () => {
    const analysis = analyzeCustomerTable({
      customers: shopCustomers,
      orders: {
        header: ['Deal', 'Email', 'Stage', 'Value', 'Close date'],
        rows: [
          ['Tea room fit-out', 'emily.chen@example.com', 'Closed Won', '12000', '2024-05-30'],
          ['Second site', 'emily.chen@example.com', 'Proposal', '38000', '2025-01-31'],
          ['Staff training', 'wei.zhang@example.cn', 'Negotiation', '4500', '2025-02-28'],
          ['Menu redesign', 'olivia@brownco.co.uk', 'Closed Lost', '9000', '2024-09-02'],
          ['Pop-up', 'olivia@brownco.co.uk', 'Cancelled', '2000', '2024-08-01'],
        ],
      },
      today: TODAY,
      clv: false,
    });
    const [emily, wei, olivia] = analysis.customers.map((c) => c.stats);
    expect(emily).toMatchObject({ orderCount: 1, totalSpend: 12000, lastPurchase: '2024-05-30' });
    expect(wei).toMatchObject({ orderCount: 0, totalSpend: 0 });
    expect(olivia).toMatchObject({ orderCount: 0, totalSpend: 0 });
    expect(analysis.orderSummary).toMatchObject({
      netRevenue: 12000,
      cancelled: 1,
      openDeals: 2,
      lostDeals: 1,
    });
    expect(analysis.notes).toContain(
      '2 个尚未成交的商机（线索、方案、谈判等阶段）和 1 个已输单的商机不是成交，未计入收入；赢单后再运行即可计入。',
    );
    const en = ANALYSIS_TEXTS.en;
    expect([en.deals(2, 1), en.deals(1, 0), en.deals(0, 3)]).toEqual([
      '2 open deals (lead, proposal, negotiation …) and 1 lost deal are not a sale and left out of revenue; run again once a deal is won to count it.',
      '1 open deal (lead, proposal, negotiation …) is not a sale and left out of revenue; run again once a deal is won to count it.',
      '3 lost deals are not a sale and left out of revenue; run again once a deal is won to count it.',
    ]);
  });

  it('reads an order of several items, one line each, as the one order', () => {
    const analysis = analyzeCustomerTable({
      customers: shopCustomers,
      orders: {
        header: ['Name', 'Email', 'Financial Status', 'Total', 'Created at', 'Lineitem name'],
        rows: [
          ['#1002', 'emily.chen@example.com', 'paid', '94.00', '2024-05-10 18:00:59 -0700', 'Tea Set'],
          ['#1002', 'emily.chen@example.com', '', '', '2024-05-10 18:00:59 -0700', 'Tea Cups'],
          ['#1002', 'emily.chen@example.com', '', '', '2024-05-10 18:00:59 -0700', 'Tea Tray'],
          // A line without its total on another day is no line of the order above: said.
          ['#1003', 'emily.chen@example.com', '', '', '2024-05-11 09:00:00 -0700', 'Scarf'],
        ],
      },
      today: TODAY,
      clv: false,
    });
    expect(analysis.customers[0]?.stats).toMatchObject({ orderCount: 1, totalSpend: 94 });
    expect(analysis.issues.map((issue) => [issue.row, issue.column, issue.kind])).toEqual([
      [5, 'Total', 'missing'],
    ]);
  });

  it.each([
    ['zh', '邮箱 nobody@example.com 不在客户表中：其 2 笔订单（合计 30）未计入统计'],
    [
      'en',
      '2 orders (total 30) for email nobody@example.com, which is not in the customer table; left out of the statistics',
    ],
  ] as const)('reports the orders of an email no customer has (%s)', (language, message) => {
    const analysis = analyzeCustomerTable({
      customers: shopCustomers,
      orders: {
        header: ['Email', 'Total', 'Created at'],
        rows: [
          ['emily.chen@example.com', '10', '2024-03-05 10:22:31 -0800'],
          ['nobody@example.com', '10', '2024-03-06 10:22:31 -0800'],
          ['Nobody@example.com', '20', '2024-03-07 10:22:31 -0800'],
        ],
      },
      config: { language },
      today: TODAY,
      clv: false,
    });
    expect(analysis.issues.filter((issue) => issue.kind === 'unknown-customer')).toEqual([
      {
        row: 3,
        column: 'Email',
        value: 'nobody@example.com',
        message,
        kind: 'unknown-customer',
        table: 'orders',
      },
    ]);
  });

  it('reports the orders of a phone no customer has, naming the phone column', () => {
    const analysis = analyzeCustomerTable({
      customers: taobaoCustomers,
      orders: {
        header: ['订单编号', '买家实际支付金额', '联系手机', '订单创建时间'],
        rows: [['3009', '66.00', '13700001111', '2024-11-11 00:01:02']],
      },
      today: TODAY,
      clv: false,
    });
    expect(analysis.issues.filter((issue) => issue.kind === 'unknown-customer')).toEqual([
      {
        row: 2,
        column: '联系手机',
        value: '13700001111',
        message: '手机号 13700001111 不在客户表中：其 1 笔订单（合计 66）未计入统计',
        kind: 'unknown-customer',
        table: 'orders',
      },
    ]);
  });

  it('counts any case and spacing of a customer email for that customer', () => {
    const emails = shopCustomers.rows.map((row) => String(row[2]).toLowerCase());
    const variant = fc
      .tuple(
        fc.constantFrom(...emails.keys()),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom('', ' ', '  ', '\t', '\u00A0'),
        fc.constantFrom('', ' ', '\u3000'),
      )
      .map(([customer, upper, before, after]) => {
        const email = emails[customer] as string;
        const written = [...email].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('');
        return { customer, written: `${before}${written}${after}` };
      });
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 8 }), (orders) => {
        const analysis = analyzeCustomerTable({
          customers: shopCustomers,
          orders: {
            header: ['Email', 'Total', 'Created at'],
            rows: orders.map((o, i) => [o.written, '10', `2024-03-${String(i + 1).padStart(2, '0')}`]),
          },
          today: TODAY,
          clv: false,
        });
        const counts = analysis.customers.map((c) => c.stats.orderCount);
        expect(counts).toEqual(emails.map((_, k) => orders.filter((o) => o.customer === k).length));
        expect(analysis.issues.filter((issue) => issue.table === 'orders')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a customer table without the column the orders name their buyer by', () => {
  const grids = (customerHeader: Cell[]): SheetGrid[] => [
    { name: 'Customers', rows: [customerHeader, ['C1', 'Emily', 'Shanghai']] },
    {
      name: 'Orders',
      rows: [
        ['Name', 'Email', 'Financial Status', 'Total', 'Created at'],
        ['#1001', 'emily.chen@example.com', 'paid', '118.40', '2024-03-05 10:22:31 -0800'],
      ],
    },
  ];

  function problemOf(sheets: SheetGrid[], language: 'zh' | 'en'): string {
    const config = resolveConfig({ language });
    const location = locateTables(sheets, { headerOverrides: config.headerOverrides });
    try {
      runJob('classify', {
        tables: readJobTables(sheets, location),
        config,
        today: TODAY,
        sheetNames: sheets.map((s) => s.name),
      });
    } catch (error) {
      if (error instanceof JobError) return jobProblemText(error.problem, language);
      throw error;
    }
    return 'no error';
  }

  it('says which column the orders use, and that the customers need it (zh and en)', () => {
    const sheets = grids(['Customer ID', 'Name', 'City']);
    expect(problemOf(sheets, 'zh')).toMatchInlineSnapshot(
      `"订单表“Orders”没有客户编号列，按“Email”列（邮箱）对应客户；客户表“Customers”也需要这一列，但它的表头里没有。找到：“Customer ID”、“Name”、“City”。请在客户表加上 邮箱/Email 列，或在订单表加上客户编号列。未做任何修改。"`,
    );
    expect(problemOf(sheets, 'en')).toMatchInlineSnapshot(
      `"The orders table "Orders" has no customer ID column, so its orders are matched to customers by the column "Email" (email); the customer table "Customers" needs that column too, but its header has none. Found: "Customer ID", "Name", "City". Add a 邮箱/Email column to the customer table, or a customer ID column to the orders. Nothing was changed."`,
    );
  });

  it('asks for a mobile or phone column when the orders name buyers by phone', () => {
    const sheets: SheetGrid[] = [
      {
        name: '客户',
        rows: [
          ['姓名', '城市'],
          ['张伟', '上海'],
        ],
      },
      {
        name: '订单',
        rows: [
          ['订单编号', '买家实际支付金额', '订单状态', '联系手机', '订单创建时间'],
          ['3001', '199.00', '交易成功', '13800138000', '2024-11-11 00:01:02'],
        ],
      },
    ];
    expect(problemOf(sheets, 'zh')).toMatchInlineSnapshot(
      `"订单表“订单”没有客户编号列，按“联系手机”列（手机号）对应客户；客户表“客户”也需要这一列，但它的表头里没有。找到：“姓名”、“城市”。请在客户表加上 手机/Mobile 或 电话/Phone 列，或在订单表加上客户编号列。未做任何修改。"`,
    );
  });
});

describe('CLV of customers whose orders name them by phone', () => {
  it('predicts each customer of a table without customer ids', () => {
    const phones = Array.from({ length: 12 }, (_, k) => `139${String(10000000 + k * 7919).padStart(8, '0')}`);
    const customers: TableData = {
      header: ['姓名', '手机'],
      rows: phones.map((phone, k) => [
        `客户${k + 1}`,
        `+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
      ]),
    };
    const rows: Cell[][] = [];
    phones.forEach((phone, k) => {
      const orders = 1 + (k % 4);
      for (let n = 0; n < orders; n++) {
        const day = 1 + ((k * 5 + n * 11) % 28);
        const month = 1 + ((k + n * 3) % 12);
        rows.push([
          phone,
          String(50 + k * 10 + n * 7),
          `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 10:00:00`,
        ]);
      }
    });
    const analysis = analyzeCustomerTable({
      customers,
      orders: { header: ['联系手机', '买家实际支付金额', '订单创建时间'], rows },
      today: TODAY,
    });
    expect(analysis.clv).not.toBeNull();
    expect(analysis.customers.map((c) => c.clv !== null)).toEqual(phones.map(() => true));
  });
});

describe('orders whose customer id was left blank, the customer named beside it', () => {
  const members: TableData = {
    header: ['會員編號', '姓名', '手機'],
    rows: [
      ['S001', '林佳穎', '0912-345-678'],
      ['S004', '陳冠宇', '0933-445-566'],
      ['S007', '張偉', '0911-000-001'],
      ['S008', '張偉', '0911-000-002'],
    ],
  };
  const payments = (rows: Cell[][]): TableData => ({
    header: ['日期', '收據號碼', '會員編號', '姓名', '金額', '狀態'],
    rows,
  });

  it('counts such an order for the one customer of that name, and says so (zh and en)', () => {
    const orders = payments([
      ['2026/09/01', 'R1', 'S001', '林佳穎', 'NT$21,600', '已收'],
      ['2026/10/18', 'R2', '', '陳冠宇', '1,680', '已收'],
      ['2026/10/20', 'R3', ' ', ' 陳冠宇 ', '320', '已收'],
      // The id decides where it is written, whatever the name beside it says.
      ['2026/11/02', 'R4', 'S001', '陳冠宇', '500', '已收'],
    ]);
    for (const language of ['zh', 'en'] as const) {
      const analysis = analyzeCustomerTable({
        customers: members,
        orders,
        today: '2026-12-01',
        clv: false,
        config: { language, defaultRegion: 'TW' },
      });
      const [lin, chen] = analysis.customers.map((c) => c.stats);
      expect(lin).toMatchObject({ orderCount: 2, totalSpend: 22100 });
      expect(chen).toMatchObject({ orderCount: 2, totalSpend: 2000, lastPurchase: '2026-10-20' });
      expect(analysis.issues).toEqual([]);
      expect(analysis.notes).toContain(
        ANALYSIS_TEXTS[language].namedBuyers(2, '會員編號', '姓名', [3, 4], false),
      );
    }
  });

  it('counts an order for nobody where the name is no customer’s or two customers’, saying how to mend it', () => {
    const analysis = analyzeCustomerTable({
      customers: members,
      orders: payments([
        ['2026/10/01', 'R5', '', '張偉', '900', '已收'],
        ['2026/10/02', 'R6', '', '王小明', '300', '已收'],
        ['2026/10/03', 'R7', '', '', '700', '已收'],
      ]),
      today: '2026-12-01',
      clv: false,
      config: { defaultRegion: 'TW' },
    });
    expect(analysis.customers.map((c) => c.stats.totalSpend)).toEqual([0, 0, 0, 0]);
    expect(
      analysis.issues.map(({ row, column, value, message }) => ({ row, column, value, message })),
    ).toEqual([
      {
        row: 4,
        column: '會員編號',
        value: '',
        message: '订单缺少客户编号：请填写这笔订单所属客户的编号',
      },
      {
        row: 2,
        column: '姓名',
        value: '張偉',
        message:
          '客户名称 張偉 在客户表中有 2 行（第 4、5 行），无法确定是哪位客户：其 1 笔订单（合计 900）未计入统计。请填上这些订单的“會員編號”',
      },
      {
        row: 3,
        column: '姓名',
        value: '王小明',
        message: '客户名称 王小明 不在客户表中：其 1 笔订单（合计 300）未计入统计',
      },
    ]);
  });

  it('gives the report and CLV the match the statistics made (one match of orders to customers)', () => {
    const analysis = analyzeCustomerTable({
      customers: members,
      orders: payments([
        ['2026/03/01', 'R1', 'S004', '陳冠宇', '1000', '已收'],
        ['2026/09/01', 'R2', '', '陳冠宇', '1000', '已收'],
        ['2026/04/01', 'R4', 'S001', '林佳穎', '800', '已收'],
      ]),
      today: '2026-12-01',
      clv: false,
      config: { defaultRegion: 'TW' },
    });
    const columns = analysis.orderColumns;
    const owners = Array.from(columns?.idKey ?? [], (key) => analysis.orderCustomers?.[key]);
    expect(owners).toEqual([1, 1, 0]);
    expect(analysis.customers[1]?.stats).toMatchObject({ orderCount: 2, firstPurchase: '2026-03-01' });
  });
});
