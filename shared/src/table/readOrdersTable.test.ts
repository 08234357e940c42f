import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Language } from '../model/keys.ts';
import type { Cell, TableData } from '../model/table.ts';
import { orderRecordsOf } from './orderColumns.ts';
import { OrderRowReader, readOrdersTable } from './readOrdersTable.ts';

const TODAY = '2026-03-01';
const config = resolveConfig();

const BAD_ORDERS: TableData = {
  header: ['Customer ID', 'Order Date', 'Amount'],
  rows: [
    ['C001', '2026-01-05', '100'],
    ['', '2026-01-06', '100'],
    ['C002', '', '100'],
    ['C003', 'soon', '100'],
    ['C004', '2026-01-07', ''],
    ['C005', '2026-01-08', '-30'],
    ['C006', '2026-04-01', '50'],
    [],
    ['C007', '2026-02-30', 'n/a'],
  ],
};

describe('readOrdersTable', () => {
  it('reads messy but valid orders', () => {
    const { orders, issues, mapping } = readOrdersTable(
      {
        header: ['订单号', '客户编号', '下单日期', '实付金额（元）', '门店'],
        rows: [
          ['SO-1', 'C001', '2026/2/14', '¥1,299.00', '茶具'],
          ['SO-2', 1001, 45356, 88, '茶叶'],
          ['SO-3', ' C002 ', '2025年12月1日', '1.2万', ''],
        ],
      },
      config,
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(mapping.unknown).toEqual([4]);
    expect(orders).toEqual([
      { row: 2, customerId: 'C001', date: '2026-02-14', amount: 1299, orderId: 'SO-1' },
      { row: 3, customerId: '1001', date: '2024-03-05', amount: 88, orderId: 'SO-2' },
      { row: 4, customerId: 'C002', date: '2025-12-01', amount: 12000, orderId: 'SO-3' },
    ]);
  });

  it('reports bad rows with table orders and leaves them out of the orders; a negative amount is a refund', () => {
    const { orders, issues } = readOrdersTable(BAD_ORDERS, config, TODAY);
    expect(orders.map((o) => [o.row, o.amount])).toEqual([
      [2, 100],
      [7, -30],
    ]);
    expect(
      issues.map(({ row, column, value, kind, table }) => ({ row, column, value, kind, table })),
    ).toEqual([
      { row: 3, column: 'Customer ID', value: '', kind: 'missing', table: 'orders' },
      { row: 4, column: 'Order Date', value: '', kind: 'missing', table: 'orders' },
      { row: 5, column: 'Order Date', value: 'soon', kind: 'invalid', table: 'orders' },
      { row: 6, column: 'Amount', value: '', kind: 'missing', table: 'orders' },
      { row: 8, column: 'Order Date', value: '2026-04-01', kind: 'future-date', table: 'orders' },
      { row: 10, column: 'Order Date', value: '2026-02-30', kind: 'invalid', table: 'orders' },
      // n/a means nothing was written: an empty amount, not an invalid one.
      { row: 10, column: 'Amount', value: 'n/a', kind: 'missing', table: 'orders' },
    ]);
  });

  it.each<[Language, string[]]>([
    [
      'zh',
      [
        '订单缺少客户编号：请填写这笔订单所属客户的编号',
        '订单缺少日期：请填写如 2024-03-05 的日期',
        '“soon”不是可识别的日期；请填写日期，如 2024-03-05、2024/3/5 或 2024年3月5日',
        '订单缺少金额：请填写如 1234.50 的金额',
        '下单日期 2026-04-01 在今天之后（今天是 2026-03-01）',
        '“2026-02-30”不是有效日期（2026年2月只有28天）',
        '订单缺少金额：请填写如 1234.50 的金额',
      ],
    ],
    [
      'en',
      [
        'an order needs the customer id it belongs to',
        'an order needs a date such as 2024-03-05',
        'expected a date such as 2024-03-05, 2024/3/5 or 2024年3月5日',
        'an order needs an amount such as 1234.50',
        'order date 2026-04-01 is in the future (today is 2026-03-01)',
        '2026-02-30 is not a real date (February 2026 has 28 days)',
        'an order needs an amount such as 1234.50',
      ],
    ],
  ])('words the problems of bad orders in the configured language (%s)', (language, messages) => {
    const { issues } = readOrdersTable(BAD_ORDERS, resolveConfig({ language }), TODAY);
    expect(issues.map((issue) => issue.message)).toEqual(messages);
  });

  it('leaves out cancelled orders (counted), takes refunds by status, skips totals and notes', () => {
    const { orders, issues, skipped, counts } = readOrdersTable(
      {
        header: ['订单号', '客户编号', '下单日期', '实付金额', '订单状态'],
        rows: [
          ['SO-1', 'C001', '2026-01-05', '¥1,200', '已完成'],
          ['SO-2', 'C001', '2026-01-09', '¥300', '已取消'],
          ['SO-3', 'C002', '2026-01-10', '500', 'Refunded'],
          ['SO-4', 'C002', '2026-01-11', '-80', ''],
          ['SO-5', 'C003', '2026-01-12', '90', 'VOID'],
          ['', '合计', '', '1,910', ''],
          ['制表人：王芳  审核：李强'],
        ],
      },
      config,
      TODAY,
    );
    expect(orders.map((o) => [o.orderId, o.amount])).toEqual([
      ['SO-1', 1200],
      ['SO-3', -500],
      ['SO-4', -80],
    ]);
    // ¥ names the yuan; the cancelled order's ¥300 counts with no figure.
    expect(counts).toEqual({
      cancelled: 2,
      unpaid: 0,
      openDeals: 0,
      lostDeals: 0,
      yearlessDate: null,
      topUps: 0,
      topUpTotal: 0,
      topUpsLeftOut: false,
      partialRefunds: 0,
      maskedBuyers: 0,
      maskedBuyerExample: null,
      groupedRows: [],
      namedBuyers: 0,
      namedBuyerRows: [],
      walkIns: 0,
      walkInTotal: 0,
      giftCards: 0,
      giftCardTotal: 0,
      heldMoney: 0,
      heldMoneyTotal: 0,
      payments: 0,
      paymentTotal: 0,
      currencies: { CNY: 1 },
    });
    expect(issues).toEqual([]);
    expect(skipped).toEqual([
      { table: 'orders', row: 7, reason: 'total', text: '合计 · 1,910' },
      { table: 'orders', row: 8, reason: 'note', text: '制表人：王芳  审核：李强' },
    ]);
  });

  it('reads a whole 备注 cell as the status where there is no status column, and only then', () => {
    const rows = [
      ['2026-01-05', 'C001', '7800', '作废'],
      ['2026-01-06', 'C001', '9600', '已回款'],
      ['2026-01-07', 'C002', '500', '退款'],
      ['2026-01-08', 'C002', '-1600', '退货（质量问题）'],
      ['2026-01-09', 'C003', '700', '作废的合同号是 HT-1'],
    ];
    const read = (header: string[]) => readOrdersTable({ header, rows }, config, TODAY);
    const remarks = read(['日期', '客户代码', '金额', '备注']);
    expect(remarks.orders.map((o) => o.amount)).toEqual([9600, -500, -1600, 700]);
    expect(remarks.counts).toEqual({
      cancelled: 1,
      unpaid: 0,
      openDeals: 0,
      lostDeals: 0,
      yearlessDate: null,
      topUps: 0,
      topUpTotal: 0,
      topUpsLeftOut: false,
      partialRefunds: 0,
      maskedBuyers: 0,
      maskedBuyerExample: null,
      groupedRows: [],
      namedBuyers: 0,
      namedBuyerRows: [],
      walkIns: 0,
      walkInTotal: 0,
      giftCards: 0,
      giftCardTotal: 0,
      heldMoney: 0,
      heldMoneyTotal: 0,
      payments: 0,
      paymentTotal: 0,
      currencies: {},
    });
    // With a status column the remarks say nothing of the status.
    const withStatus = readOrdersTable(
      {
        header: ['日期', '客户代码', '金额', '备注', '状态'],
        rows: rows.map((row) => [...row, '已完成']),
      },
      config,
      TODAY,
    );
    expect(withStatus.orders.map((o) => o.amount)).toEqual([7800, 9600, 500, -1600, 700]);
    expect(withStatus.counts).toEqual({
      cancelled: 0,
      unpaid: 0,
      openDeals: 0,
      lostDeals: 0,
      yearlessDate: null,
      topUps: 0,
      topUpTotal: 0,
      topUpsLeftOut: false,
      partialRefunds: 0,
      maskedBuyers: 0,
      maskedBuyerExample: null,
      groupedRows: [],
      namedBuyers: 0,
      namedBuyerRows: [],
      walkIns: 0,
      walkInTotal: 0,
      giftCards: 0,
      giftCardTotal: 0,
      heldMoney: 0,
      heldMoneyTotal: 0,
      payments: 0,
      paymentTotal: 0,
      currencies: {},
    });
  });

  it.each<[string, string[], Cell[][]]>([
    [
      'in English, without a status column',
      ['Order ID', 'Customer ID', 'Date', 'Amount'],
      [
        ['SO12942', 'K00001', '2026-01-25', -200],
        ['SO12943', 'K00001', '2026-01-26', 'cancelled'],
        ['SO12944', 'K00002', '2026-01-27', '¥1613.74'],
      ],
    ],
    [
      'in Chinese, beside a status that says nothing of it',
      ['订单号', '客户编号', '下单日期', '实付金额', '订单状态'],
      [
        ['SO-1', 'K00001', '2026-01-25', '-200', '已完成'],
        ['SO-2', 'K00001', '2026-01-26', '已取消', ''],
        ['SO-3', 'K00002', '2026-01-27', '1613.74', '已完成'],
      ],
    ],
  ])(
    'leaves out an order whose amount cell says it was cancelled (%s), as a problem-free cancellation',
    (_, header, rows) => {
      const { orders, issues, counts } = readOrdersTable({ header, rows }, config, TODAY);
      expect(orders.map((o) => [o.customerId, o.amount])).toEqual([
        ['K00001', -200],
        ['K00002', 1613.74],
      ]);
      expect(counts.cancelled).toBe(1);
      expect(issues).toEqual([]);
    },
  );

  it('counts the orders by the currency their amount names, read the short way or the general one', () => {
    const { orders, counts } = readOrdersTable(
      {
        header: ['客戶編號', '日期', '金額'],
        rows: [
          ['C001', '2026-01-05', 'HK$1,200'],
          ['C001', '2026/1/6', 'HK$ 300'],
          ['C002', '2026-01-07', '800 港幣'],
          ['C002', '2026-01-08', '¥500'],
          ['C003', '2026-01-09', '(US$80)'],
          ['C003', '2026-01-10', '320 元'],
          ['C004', '2026-01-11', '$25'],
          ['C004', '2026-01-12', '99'],
        ],
      },
      config,
      TODAY,
    );
    expect(orders.map((o) => o.amount)).toEqual([1200, 300, 800, 500, -80, 320, 25, 99]);
    // 元 and a bare $ are the unit of wherever the ledger is kept: no currency of their own.
    expect(counts.currencies).toEqual({ HKD: 3, CNY: 1, USD: 1 });
  });

  it('honours order header overrides', () => {
    const custom = resolveConfig({
      headerOverrides: { orders: { Kunde: 'customerId', Datum: 'date', Betrag: 'amount' } },
    });
    const { orders } = readOrdersTable(
      { header: ['Kunde', 'Datum', 'Betrag'], rows: [['K1', '2026-01-01', '9.90']] },
      custom,
      TODAY,
    );
    expect(orders).toEqual([{ row: 2, customerId: 'K1', date: '2026-01-01', amount: 9.9, orderId: null }]);
  });
});

describe('OrderRowReader: the usual row read the short way', () => {
  // Every cell kind an orders export holds: the plain ones the short way takes (drawn three times
  // in four, so that most rows take it), and the ones it must leave to the general way: spaces,
  // placeholders, other date and amount forms, full-width text, totals, notes, statuses.
  const pick = (plain: string[], messy: string[]) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...plain) },
      { weight: 1, arbitrary: fc.constantFrom(...messy) },
    );
  // A walk-in and a masked buyer among the plain ones: the short way tests a buyer's id once and
  // remembers it, and such ids must be left out on every row they come back on.
  const ID = pick(
    ['C000123', 'C000124', 'VIP-7', '10086', '客户甲', '散客', 'Walk-in', 'C0**23'],
    [' C000123 ', 'Ｃ000123', '-', '无', 'N/A', '', '合计', 'Total', 'nil'],
  );
  const ORDER = pick(['SO2506010001', 'SO-2', ''], ['--', 'n/a', '备注：加急', 'null']);
  // Dates in other forms, read the general way once and then the short way (2025年6月1日, 45000).
  const DATE = pick(
    ['2025-06-01', '2024-02-29', '2025年6月1日', '45000', '2025/6/1', '13/5/2025'],
    ['2026-03-01', '2026-03-02', '2025-02-30', '3/5/2025', '', ' 2025-06-01', '2025-6-1', '2025年2月30日'],
  );
  // The plain ones include amounts with a currency sign or word, which the short way reads with
  // parseNumber; the messy ones, cells that are not their own text, that parseNumber refuses, or
  // too long to be parsed at all (which parseNumber alone would read as 1).
  const AMOUNT = pick(
    ['153', '594.72', '-45.5', '0', '-0', '00012', '¥1,200.00', '320 元', '¥612.24', 'RMB 88', '1.2万'],
    [
      '12.',
      '.5',
      '1e5',
      '１２',
      '￥88',
      ' 320 元',
      'abc',
      '',
      '-',
      '99999999999999999999999',
      '12%',
      `1${' '.repeat(1000)}元`,
    ],
  );
  const STATUS = pick(['', '已完成', 'Refund'], ['退款', '取消', ' 退款 ', 'cancelled', '无']);
  // What was given back, where a shop writes it beside the amount (退款金额, Refunded Amount).
  const REFUNDED = pick(['', '0', '0.00', '30', '89.00'], ['abc', '-', ' 30 ', '¥20', '-15']);
  const headers = [
    ['客户编号', '订单编号', '订单日期', '金额', '状态', '退款金额'],
    ['客户编号', '订单编号', '订单日期', '金额', '状态'],
    ['客户编号', '订单编号', '订单日期', '金额'],
    ['CustomerID', 'OrderNo', 'Date', 'Amount', 'Status'],
    // A ledger naming its customers by name; one writing no amount, its quantity and unit price
    // drawn from the amounts and refunds.
    ['客户名称', '单据编号', '日期', '金额'],
    ['客户名称', '单据编号', '日期', '数量', '状态', '单价'],
  ];
  const cellRow = fc.tuple(ID, ORDER, DATE, AMOUNT, STATUS, REFUNDED);

  it('gives what the general way gives, row for row (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...headers),
        fc.array(fc.oneof(cellRow, cellRow, cellRow, fc.constantFrom<string[]>([], ['制表人：张三'])), {
          maxLength: 40,
        }),
        fc.boolean(),
        (header, drawn, keepOrderIds) => {
          // The header pasted again now and then, cut to the header's width.
          const rows = drawn.map((row, i) => (i % 13 === 12 ? [...header] : row.slice(0, header.length)));
          const short = new OrderRowReader(header, config, TODAY, { keepOrderIds });
          const general = new OrderRowReader(header, config, TODAY, { keepOrderIds });
          rows.forEach((cells, i) => {
            short.add(cells, i + 2);
            // A row handed over with its formula cells (none here) always takes the general way.
            general.add(cells, i + 2, []);
          });
          expect(short.finish()).toEqual(general.finish());
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads plain rows, refunds and order numbers the short way as the general way does', () => {
    const header = ['客户编号', '订单编号', '订单日期', '金额', '状态'];
    const rows = [
      ['C1', 'SO1', '2025-06-01', '153', '已完成'],
      ['C2', 'SO2', '2025-06-02', '-0', ''],
      ['C1', '', '2025-06-03', '99.5', '退款'],
      ['C3', 'SO4', '2025-06-04', '10', '取消'],
    ];
    const reader = new OrderRowReader(header, config, TODAY, { keepOrderIds: true });
    for (const [i, cells] of rows.entries()) reader.add(cells, i + 2);
    const { columns, counts, issues } = reader.finish();
    expect(issues).toEqual([]);
    expect(counts.cancelled).toBe(1);
    expect(orderRecordsOf(columns)).toEqual([
      { row: 2, customerId: 'C1', orderId: 'SO1', date: '2025-06-01', amount: 153 },
      { row: 3, customerId: 'C2', orderId: 'SO2', date: '2025-06-02', amount: 0 },
      { row: 4, customerId: 'C1', orderId: null, date: '2025-06-03', amount: -99.5 },
    ]);
    expect(Object.is(columns.amount[1], -0)).toBe(false);
  });
});

describe('an order with what was given back of it beside the amount (Refunded Amount, 退款金额)', () => {
  const orders = (header: string[], rows: Cell[][]) => {
    const whole = readOrdersTable({ header, rows }, config, TODAY);
    // Read as a stream too, where a D/M date waits for the column's day order: the same orders.
    const reader = new OrderRowReader(header, config, TODAY);
    for (const [i, cells] of rows.entries()) reader.add(cells, i + 2);
    const streamed = reader.finish();
    expect(orderRecordsOf(streamed.columns)).toEqual(whole.orders);
    expect(streamed.counts).toEqual(whole.counts);
    return whole;
  };

  it.each([
    {
      what: "Shopify's order refunded whole: a purchase and its refund",
      row: ['a@example.com', '2025-06-01 10:22:31 -0700', '89.00', 'refunded', '89.00'],
      amounts: [89, -89],
    },
    {
      what: 'an order refunded in part',
      row: ['a@example.com', '2025-06-01 10:22:31 -0700', '100.00', 'partially_refunded', '30.00'],
      amounts: [100, -30],
    },
    {
      what: 'a paid order, nothing given back',
      row: ['a@example.com', '2025-06-01', '100.00', 'paid', '0.00'],
      amounts: [100],
    },
    {
      what: "a ledger's refund row, its refund column empty: a refund as before",
      row: ['a@example.com', '2025-06-01', '500', '退款', ''],
      amounts: [-500],
    },
    {
      what: "淘宝's 交易成功 with 退款金额, a date waiting for its day order",
      row: ['a@example.com', '3/5/2025', '199.00', '交易成功', '20'],
      // 25/5 settles the column's dates as day first: 3/5 is the 3rd of May.
      more: [['b@example.com', '25/5/2025', '10.00', '交易成功', '']],
      amounts: [199, -20, 10],
    },
    {
      what: "a ledger's refund row whose refund column says its amount again: one refund",
      row: ['a@example.com', '2025-06-01', '-500', '退款', '500'],
      amounts: [-500],
    },
    {
      what: 'a refund row by its sign alone, its refund column filled, a date waiting for its day order',
      row: ['a@example.com', '3/5/2025', '-80.00', '', '80.00'],
      more: [['b@example.com', '25/5/2025', '10.00', '', '']],
      amounts: [-80, 10],
    },
    {
      what: 'a voided order: left out, its refund with it',
      row: ['a@example.com', '2025-06-01', '50.00', 'voided', '50.00'],
      amounts: [],
    },
  ])('reads $what', ({ row, more, amounts }) => {
    const header = ['Email', 'Created at', 'Total', 'Financial Status', 'Refunded Amount'];
    const read = orders(header, [row, ...(more ?? [])]);
    expect(read.issues).toEqual([]);
    expect(read.orders.map((o) => o.amount)).toEqual(amounts);
    // The purchase and its refund are both on the order's own row and day.
    const first = read.orders.filter((o) => o.row === 2);
    expect(new Set(first.map((o) => o.date)).size).toBeLessThanOrEqual(1);
  });

  it.each([
    {
      what: '部分退款 beside 退款金额: the purchase and the part given back',
      header: ['客户编号', '订单日期', '金额', '状态', '退款金额'],
      row: ['C1', '2025-06-01', '100', '部分退款', '30'],
      amounts: [100, -30],
      partial: 0,
    },
    {
      what: '部分退款 without a refunded column: the purchase, whole, and counted',
      header: ['客户编号', '订单日期', '金额', '状态'],
      row: ['C1', '2025-06-01', '100', '部分退款'],
      amounts: [100],
      partial: 1,
    },
    {
      what: 'partially_refunded with its refunded cell empty: counted too',
      header: ['Email', 'Created at', 'Total', 'Financial Status', 'Refunded Amount'],
      row: ['a@example.com', '2025-06-01', '100.00', 'partially_refunded', ''],
      amounts: [100],
      partial: 1,
    },
    {
      what: 'a partial refund whose date waits for its day order',
      header: ['客户编号', '订单日期', '金额', '状态'],
      row: ['C1', '3/5/2025', '100', 'Partially refunded'],
      more: [['C2', '25/5/2025', '10', '']],
      amounts: [100, 10],
      partial: 1,
    },
    {
      what: '部分退款 on a row of its own, the part written negative: a refund of it, nothing unknown',
      header: ['客户编号', '订单日期', '金额', '状态'],
      row: ['C1', '2025-06-01', '-100', '部分退款'],
      amounts: [-100],
      partial: 0,
    },
    {
      what: '退款 without a refunded column: still a refund of the whole amount',
      header: ['客户编号', '订单日期', '金额', '状态'],
      row: ['C1', '2025-06-01', '100', '退款'],
      amounts: [-100],
      partial: 0,
    },
  ])('reads $what', ({ header, row, more, amounts, partial }) => {
    const read = orders(header, [row, ...(more ?? [])]);
    expect(read.issues).toEqual([]);
    expect(read.orders.map((o) => o.amount)).toEqual(amounts);
    expect(read.counts.partialRefunds).toBe(partial);
  });

  it('reports a refund cell that is no amount, in the language asked for, and keeps the order', () => {
    const header = ['客户编号', '订单日期', '金额', '退款金额'];
    const read = orders(header, [['C1', '2025-06-01', '100', '大概一半']]);
    expect(read.orders.map((o) => o.amount)).toEqual([100]);
    expect(read.issues).toEqual([expect.objectContaining({ row: 2, column: '退款金额', value: '大概一半' })]);
  });
});

describe('an order not paid for yet (等待买家付款, Pending payment)', () => {
  it('is left out of the orders and counted, the short way and the general way alike', () => {
    const header = ['订单编号', '联系手机', '订单创建时间', '买家实际支付金额', '订单状态'];
    const rows: Cell[][] = [
      ['T1', '13800138000', '2025-06-01', '199.00', '交易成功'],
      ['T2', '13800138000', '2025-06-02', '59.90', '等待买家付款'],
      ['T3', '13912345678', '2025/6/3', '88.00', 'Pending payment'],
      ['T4', '13912345678', '2025-06-04', '120.00', '交易关闭'],
    ];
    const read = readOrdersTable({ header, rows }, config, TODAY);
    expect(read.orders.map((o) => [o.row, o.amount])).toEqual([[2, 199]]);
    expect(read.counts).toMatchObject({ cancelled: 1, unpaid: 2 });
    expect(read.issues).toEqual([]);
  });
});

describe('a sales ledger naming its customers by name', () => {
  it.each<[string, string[], string]>([
    ["金蝶's 销售出库单", ['日期', '单据编号', '购货单位', '物料名称', '价税合计'], 'customerName'],
    ["用友's 销售明细表", ['单据日期', '单据编号', '客户', '存货名称', '价税合计'], 'customerName'],
    ["a salon's spending book", ['消费日期', '姓名', '项目', '金额'], 'customerName'],
    ['an invoice list', ['Date', 'Client', 'Invoice #', 'Amount'], 'customerName'],
    ['a ledger with ids too: the id wins', ['日期', '客户编号', '客户名称', '金额'], 'customerId'],
    ['a phone beside the name: the phone wins', ['日期', '客户名称', '手机', '金额'], 'mobile'],
    [
      "Shopify's Name is the order's (#1001), not the buyer's",
      ['Name', 'Email', 'Total', 'Created at'],
      'email',
    ],
  ])('%s names the buyer by %j', (_, header, buyer) => {
    expect(readOrdersTable({ header, rows: [] }, config, TODAY).buyer).toBe(buyer);
  });

  it('leaves out and counts an order whose name is masked (张*), the short way and the general way', () => {
    const header = ['日期', '客户名称', '金额'];
    const rows: Cell[][] = [
      ['2026-01-05', '张*', '100'],
      ['2026/1/6', '王**', '200'],
      ['2026-01-07', '李佳琪', '300'],
    ];
    const read = readOrdersTable({ header, rows }, config, TODAY);
    expect(read.orders.map((o) => [o.customerId, o.amount])).toEqual([['李佳琪', 300]]);
    expect(read.counts.maskedBuyers).toBe(2);
    expect(read.counts.maskedBuyerExample).toBe('张*');
  });
});

describe('a ledger that writes no amount: quantity times unit price', () => {
  const header = ['日期', '客户名称', '品名', '数量', '单价'];
  it.each<[string, Cell[], number[], string[]]>([
    ['a plain row, the short way', ['2025-01-05', '广州联创', '瓷砖', '100', '35.5'], [3550], []],
    [
      'a price with its currency, the general way',
      ['2025/1/5', '广州联创', '瓷砖', '3', '¥12.99'],
      [38.97],
      [],
    ],
    [
      'a return: a negative quantity is a refund',
      ['2025-03-01', '深圳恒信', '水泥', '-10', '40'],
      [-400],
      [],
    ],
    ['numbers from a spreadsheet', ['2025-01-05', '广州联创', '瓷砖', 3, 0.1], [0.3], []],
    [
      'a quantity that is no number: reported, left out',
      ['2025-01-05', '东莞宏达', '钢管', '两箱', '120'],
      [],
      ['数量'],
    ],
    [
      'no quantity: reported as an order without an amount',
      ['2025-01-05', '东莞宏达', '钢管', '', '120'],
      [],
      ['数量'],
    ],
  ])('%s', (_, row, amounts, columns) => {
    const read = readOrdersTable({ header, rows: [row] }, config, TODAY);
    expect(read.orders.map((o) => o.amount)).toEqual(amounts);
    expect(read.issues.map((i) => i.column)).toEqual(columns);
  });

  it('takes the amount column where there is one, the price beside it only shown', () => {
    const read = readOrdersTable(
      {
        header: ['日期', '客户名称', '数量', '单价', '金额'],
        rows: [['2025-01-05', '广州联创', '10', '35', '330']],
      },
      config,
      TODAY,
    );
    expect(read.orders.map((o) => o.amount)).toEqual([330]);
  });

  it('still needs a quantity beside a unit price', () => {
    expect(() => readOrdersTable({ header: ['日期', '客户名称', '单价'], rows: [] }, config, TODAY)).toThrow(
      /金额\/Amount/,
    );
  });
});

describe('an order whose customer id was left blank', () => {
  const table: TableData = {
    header: ['日期', '會員編號', '姓名', '金額'],
    rows: [
      ['2026/01/05', 'S001', '林佳穎', '1,200'],
      ['2026/01/18', '', '陳冠宇', '1,680'],
      ['2026/01/20', '', '', '300'],
    ],
  };

  it('names its buyer by the name beside it, counted apart, for the customers to be matched by', () => {
    const read = readOrdersTable(table, config, TODAY);
    expect(read.orders.map((o) => [o.row, o.amount])).toEqual([
      [2, 1200],
      [3, 1680],
    ]);
    expect(read.counts).toMatchObject({ namedBuyers: 1, namedBuyerRows: [3] });
    expect(read.issues.map((i) => [i.row, i.column])).toEqual([[4, '會員編號']]);
  });

  it('is refused where the orders are read alone (crm clv): no customer table gives the name an id', () => {
    const read = readOrdersTable(table, config, TODAY, { alone: true });
    expect(read.orders.map((o) => o.row)).toEqual([2]);
    expect(read.counts.namedBuyers).toBe(0);
    expect(read.issues.map((i) => [i.row, i.column])).toEqual([
      [3, '會員編號'],
      [4, '會員編號'],
    ]);
  });
});

describe('what a status column says, by what it is', () => {
  const amounts = (table: TableData) => readOrdersTable(table, config, TODAY);

  it.each<[string, string, number[], Partial<Record<'cancelled' | 'unpaid', number>>]>([
    // A B2B ledger's 付款状态 says how a PI was paid: 未收款 and 未付款 are owed, still sales.
    ['付款状态', '未收款', [7200, 5600, -2180], { cancelled: 1, unpaid: 0 }],
    ['收款情况', '未付款', [7200, 5600, -2180], { cancelled: 1, unpaid: 0 }],
    // A shop's 订单状态 says whether the order stands: 未付款 is an order not made yet.
    ['订单状态', '未付款', [7200, -2180], { cancelled: 1, unpaid: 1 }],
  ])('%s %s', (header, owed, expected, counts) => {
    const read = amounts({
      header: ['PI号', '客户编号', '下单日期', '金额(USD)', header],
      rows: [
        ['PI-01', 'C1', '2026-01-10', '7,200.00', '部分收款'],
        ['PI-02', 'C2', '2026-01-12', '5,600.00', owed],
        ['PI-03', 'C2', '2026-01-20', '6,600.00', '取消'],
        // A refund written as a positive amount: its status says it went back.
        ['RF-01', 'C1', '2026-02-01', '2,180.00', '已退款'],
      ],
    });
    expect(read.orders.map((o) => o.amount)).toEqual(expected);
    expect(read.counts).toMatchObject(counts);
  });

  it('reads a member-card ledger’s 类型: top-ups left out where its lines say 消费, 撤销 cancelled', () => {
    const header = ['卡号', '消费日期', '消费金额', '类型'];
    const rows: Cell[][] = [
      ['000128', '2026/01/06', '1000', '充值'],
      ['000128', '2026/01/06', '386', '消费'],
      ['001042', '2026.1.10', '312', '撤销'],
      ['001042', '2026.1.10', '213', '消费'],
      ['000056', '2026/01/16', '-58', '退款'],
    ];
    const read = amounts({ header, rows });
    expect(read.orders.map((o) => [o.row, o.amount])).toEqual([
      [3, 386],
      [5, 213],
      [6, -58],
    ]);
    expect(read.counts).toMatchObject({ topUps: 1, topUpTotal: 1000, topUpsLeftOut: true, cancelled: 1 });
    // Without a 消费 line, the top-up is all the ledger says of the money: counted, said apart.
    const topUpsOnly = amounts({ header, rows: [rows[0] as Cell[], ['000056', '2026/01/16', '500', '']] });
    expect(topUpsOnly.orders.map((o) => o.amount)).toEqual([1000, 500]);
    expect(topUpsOnly.counts).toMatchObject({ topUps: 1, topUpsLeftOut: false });
  });

  it('reads a bill paid 储值卡 as what the card paid for: a top-up in the remarks is left out', () => {
    const header = ['日期', '会员卡号', '实收', '支付方式', '备注'];
    const rows: Cell[][] = [
      ['2026/02/03(火)', 'WS001', '1012', '储值卡', ''],
      ['2026/02/03(火)', 'WS001', '3000', '微信', '储值卡充值（充3000送300）'],
      ['2/7(土)', 'WS003', '5000', '对公转账', '储值卡充值（充5000送800），公司账户'],
      ['2/21(土)', 'WS006', '2780', 'Member card', '下月忘年会，先来试菜'],
    ];
    const read = amounts({ header, rows });
    expect(read.orders.map((o) => [o.row, o.date, o.amount])).toEqual([
      [2, '2026-02-03', 1012],
      [5, '2026-02-21', 2780],
    ]);
    expect(read.counts).toMatchObject({ topUps: 2, topUpTotal: 8000, topUpsLeftOut: true });
    // Bills paid otherwise (微信, 现金) say nothing of what the card paid for: the top-ups are read
    // as orders, counted apart, as the ledger records nothing else of the card's money.
    const paidOtherwise = amounts({
      header,
      rows: rows.slice(0, 3).map((row) => [...row.slice(0, 3), '微信', row[4] ?? '']),
    });
    expect(paidOtherwise.orders.map((o) => o.amount)).toEqual([1012, 3000, 5000]);
    expect(paidOtherwise.counts).toMatchObject({ topUps: 2, topUpsLeftOut: false });
  });

  it('leaves out a transaction whose memo says Voided beside its Type, not beside a status', () => {
    const rows: Cell[][] = [
      ['Invoice', '06/19/2025', '1090', 'Voided', 'C1', '0'],
      ['Invoice', '06/19/2025', '1091', 'Closing folders (reissue of 1090)', 'C1', '800'],
    ];
    const typed = amounts({
      header: ['Type', 'Date', 'Num', 'Memo/Description', 'Customer ID', 'Amount'],
      rows,
    });
    expect(typed.orders.map((o) => o.amount)).toEqual([800]);
    expect(typed.counts.cancelled).toBe(1);
    const statused = amounts({
      header: ['Status', 'Date', 'Num', 'Memo/Description', 'Customer ID', 'Amount'],
      rows: rows.map((row) => ['Paid', ...row.slice(1)]),
    });
    expect(statused.orders.map((o) => o.amount)).toEqual([0, 800]);
  });
});

describe('an appointment book and a parcel book', () => {
  const read = (table: TableData) => readOrdersTable(table, config, '2026-12-01');

  it('reads a groomer’s book: Price as the amount, Paid as how it was paid, a No-show no sale, a Week total', () => {
    const r = read({
      header: ['Date', 'Owner', 'Dog', 'Service', 'Price', 'Paid', 'Notes'],
      rows: [
        ['03/11/2026', 'Sarah Jenkins', 'Bella', 'Full groom', '£45.00', 'Yes', ''],
        ['06/11/2026', 'Mark Ellis', 'Bruno', 'Full groom', '£45.00', 'No-show', '2nd time!!'],
        ['07/11/2026', 'Olu Adebayo', 'Kobe', 'Bath & brush', '£35.00', 'No', 'pay next time'],
        // Its own groom, its payment given back: a purchase and its refund.
        ['10/11/2026', 'Tom Fletcher', 'Milo', 'Full groom', '£45.00', 'Refunded', 'gave him the £45 back'],
        ['', '', '', 'Week total', '£125.00', '', ''],
        // A refund of the groom above, written as a line of its own.
        ['17/11/2026', 'Sarah Jenkins', 'Bella', 'Refund - ears uneven', '-£15.00', 'Refunded', ''],
        ['18/11/2026', 'Mark Ellis', 'Bruno', 'No-show fee 50%', '£22.50', 'Yes', ''],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.customerId, o.amount])).toEqual([
      [2, 'Sarah Jenkins', 45],
      [4, 'Olu Adebayo', 35],
      [5, 'Tom Fletcher', -45],
      [7, 'Sarah Jenkins', -15],
      [8, 'Mark Ellis', 22.5],
      [5, 'Tom Fletcher', 45],
    ]);
    expect(r.counts.cancelled).toBe(1);
    expect(r.skipped.map((s) => `${s.row}:${s.reason}`)).toEqual(['6:total']);
  });

  it('takes a positive 已退款 line as the refund of an order above it, where its buyer bought as much', () => {
    const r = read({
      header: ['PI号', '客户', '下单日期', '金额(USD)', '付款状态'],
      rows: [
        ['WKS-PI-26006', 'Conecta Acessórios Ltda', '2026-08-05', '16,350.00', '部分收款'],
        ['RF-26002', 'Conecta Acessórios Ltda', '2026-10-30', '2,180.00', '已退款'],
      ],
    });
    expect(r.orders.map((o) => o.amount)).toEqual([16350, -2180]);
  });

  it('reads a parcel sent back (退回) as its purchase and its refund, a 退回 line of its own as a refund', () => {
    const r = read({
      header: ['日期', '客户', '金额', '状态'],
      rows: [
        ['9.21', 'Amy 🌸', '68元', '退回'],
        ['9.26', '吴老师', 298, '已签收'],
        ['10.1', '吴老师', '-298', '退回'],
        [11.25, '一叶知秋', '1472元', '已发货'],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.date, o.amount])).toEqual([
      [2, '2026-09-21', 68],
      [2, '2026-09-21', -68],
      [3, '2026-09-26', 298],
      [4, '2026-10-01', -298],
      [5, '2026-11-25', 1472],
    ]);
    expect(r.counts.yearlessDate).toBe('9.21');
  });
});

describe('a till’s receipts and a contracts ledger', () => {
  const read = (table: TableData) => readOrdersTable(table, config, '2026-12-01');

  it('counts a sale to 散客 apart, no customer’s, and leaves out a receipt whose remark opens with 作废，', () => {
    const r = read({
      header: ['小票号', '日期', '会员号', '商品', '数量', '实收', '支付方式', '备注'],
      rows: [
        ['XP001', '2026-11-03 09:48', 'VIP0001', '飞鹤星飞帆3段', '2罐', 536, '微信', ''],
        ['XP002', '2026-11-03 10:15', '', '婴儿湿巾', 1, 29.9, '现金', '散客'],
        ['XP003', '2026-11-04 15:05', '散客', '安抚奶嘴', 2, 78, '现金', ''],
        ['XP004', '2026-11-05 14:50', 'VIP0006', '学饮杯', 1, 168, '微信', '作废，收银选错会员，重新打单'],
        ['', '11月3日 日合计', '', '', '', 643.9, '', ''],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.customerId, o.amount])).toEqual([[2, 'VIP0001', 536]]);
    expect(r.counts).toMatchObject({ walkIns: 2, walkInTotal: 107.9, cancelled: 1 });
    expect(r.issues).toEqual([]);
    expect(r.skipped.map((s) => `${s.row}:${s.reason}`)).toEqual(['6:total']);
  });

  it('counts a Malaysian shop’s CASH account apart, reads A/C 户口 as the customer, and a clause 作废 in a remark as void', () => {
    const r = read({
      header: [
        'Date 日期',
        'Inv No. 发票号',
        'A/C 户口',
        'Customer 客户',
        'Amount (RM) 金额',
        'Remarks 备注',
      ],
      rows: [
        ['2/9/2026', 'HS-26-0901', 'D-0015', 'Lim Seng Construction', 'RM 4,600.00', ''],
        ['13/09/2026', 'HS-26-0902', 'CASH', '现金客 Cash Sales', 'RM 386.50', ''],
        ['15/09/2026', 'HS-26-0903', 'D-0012', 'Tan Brothers', 'RM 1,280.00', '开错价钱，作废，重开见下一行'],
        ['15/09/2026', 'HS-26-0904', 'D-0012', 'Tan Brothers', 'RM 1,180.00', ''],
        ['', '', '', '9月小计 Sep Sub-total', 'RM 7,446.50', ''],
        ['', '', '', 'Total 3 个客户 customers', '', ''],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.customerId, o.date, o.amount])).toEqual([
      [2, 'D-0015', '2026-09-02', 4600],
      [5, 'D-0012', '2026-09-15', 1180],
    ]);
    expect(r.counts).toMatchObject({ walkIns: 1, walkInTotal: 386.5, cancelled: 1 });
    expect(r.issues).toEqual([]);
    expect(r.skipped.map((s) => `${s.row}:${s.reason}`)).toEqual(['6:total', '7:total']);
  });

  it('leaves out gift cards sold, counts a guest apart, and takes the amount before tax beside HST', () => {
    const r = read({
      header: ['Date', 'Client', 'Client ID', 'Item', 'Subtotal', 'HST', 'Total', 'Status'],
      rows: [
        ['2026-10-05', 'Li, Jasmine', 1011, 'Gift Card ($100)', '100.00', '0.00', '100.00', 'Paid'],
        ['2026-10-06', 'Walsh, Emma', 1019, '10 Class Pack', '200.00', '26.00', '226.00', 'Paid'],
        ['2026-10-10', 'Hannah (guest)', '', 'Drop-in Class', '25.00', '3.25', '28.25', 'Paid'],
        ['2026-11-21', 'Walk-in', '', 'Drop-in Class', '25.00', '3.25', '28.25', 'Paid'],
        [
          '2026-10-01',
          'Goldstein, Rachel',
          1012,
          'Monthly Unlimited',
          '160.00',
          '20.80',
          '180.80',
          'Declined',
        ],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.customerId, o.amount])).toEqual([[3, '1019', 200]]);
    expect(r.counts).toMatchObject({
      giftCards: 1,
      giftCardTotal: 100,
      topUps: 0,
      walkIns: 2,
      cancelled: 1,
    });
  });

  it('reads an Indian fee register: Rs. 12,500/-, lakh grouping, the Fee before GST 18%, a Bounced cheque', () => {
    const r = read({
      header: ['Date', 'Receipt No.', 'Enrollment No.', 'Student Name', 'Fee', 'GST 18%', 'Total', 'Status'],
      rows: [
        [
          '2026-10-07',
          'R-2603',
          'NTA/26/103',
          'Mohammed Irfan',
          'Rs. 17,500/-',
          'Rs. 3,150/-',
          'Rs. 20,650/-',
          'Paid',
        ],
        ['2026-10-12', 'R-2607', 'NTA/26/107', 'Vikram Rao', '₹35,000', '₹6,300', '₹41,300', 'Bounced'],
        ['2026-10-21', 'R-2611', 'NTA/26/107', 'Vikram Rao', '₹35,000', '₹6,300', '₹41,300', 'Paid'],
        ['2026-10-25', 'R-2615', 'NTA/26/110', 'Suresh Kumar', '₹1,20,000', '₹21,600', '₹1,41,600', 'Paid'],
        ['2026-11-02', 'R-2620', '', 'Walk-ins (8)', '₹12,000', '₹2,160', '₹14,160', 'Paid'],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.customerId, o.amount])).toEqual([
      [2, 'NTA/26/103', 17500],
      [4, 'NTA/26/107', 35000],
      [5, 'NTA/26/110', 120000],
    ]);
    expect(r.counts).toMatchObject({ cancelled: 1, walkIns: 1, walkInTotal: 12000 });
  });

  it('leaves out money held or paid out for the customer, and their returns, counted apart', () => {
    const r = read({
      header: [
        '日付',
        '伝票No.',
        '顧客番号',
        '得意先',
        '品名',
        '数量',
        '単価',
        '金額（税抜）',
        '税率',
        '税込金額',
        '備考',
      ],
      rows: [
        ['R8.1.5', 1103, 'M005', 'とり吉', '樽生 スーパードライ 10L', 4, 7800, 31200, '10%', 34320, ''],
        ['R8.1.5', 1103, 'M005', 'とり吉', '樽保証金', 4, 3000, 12000, '対象外', 12000, '空樽返却で返金'],
        [
          '令和8年1月11日',
          1108,
          'M004',
          '佐々木 恵子',
          '送料立替（ヤマト 3件）',
          3,
          1100,
          3300,
          '対象外',
          3300,
          '',
        ],
        ['1/18', 1114, 'M005', 'とり吉', '空樽返却（保証金返金）', -4, 3000, -12000, '対象外', -12000, ''],
        [
          '1/18',
          1115,
          'M008',
          'バー Amber',
          '山崎 700ml',
          3,
          7000,
          21000,
          '10%',
          23100,
          '取消：メーカー欠品',
        ],
        ['1/19', '', '', '店頭売り', '清酒・ビール 他（レジ計）', '', '', '¥18,500', '10%', '¥20,350', ''],
      ],
    });
    // The deposit's return is no refund: the one order left is the keg itself.
    expect(r.orders.map((o) => [o.row, o.customerId, o.date, o.amount])).toEqual([
      [2, 'M005', '2026-01-05', 31200],
    ]);
    expect(r.counts).toMatchObject({
      heldMoney: 3,
      heldMoneyTotal: 3300,
      cancelled: 1,
      walkIns: 1,
      walkInTotal: 18500,
    });
  });

  it('leaves out a customer paying off an earlier sale, and reads a day without deliveries as a note', () => {
    const r = read({
      header: ['Date', 'DR #', 'Customer', 'Items', 'Amount', 'Payment', 'Status', 'Remarks'],
      rows: [
        ['01/02/2026', '', '', 'NO DELIVERY - New Year', '', '', '', ''],
        ['01/03/2026', 'DR-1102', 'C2', 'Whole chicken x20', '₱3,950.00', 'Utang (7 days)', 'Delivered', ''],
        ['Jan 10', '', 'C2', 'COLLECTION - DR-1102', '₱3,950.00', 'Paid (Cash)', 'Collected', 'OR 0412'],
        ['01/17/2026', 'CC-103', 'C3', 'Sourdough x2', 'P900', 'Paid (GCash)', 'Collected', ''],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.customerId, o.date, o.amount])).toEqual([
      [3, 'C2', '2026-01-03', 3950],
      [5, 'C3', '2026-01-17', 900],
    ]);
    expect(r.counts).toMatchObject({ payments: 1, paymentTotal: 3950 });
    expect(r.skipped.map((s) => `${s.row}:${s.reason}`)).toEqual(['2:note']);
  });

  it('reads an account ledger: 月 and 日, sales in 借方, a return in 贷方, payments apart, its 摘要', () => {
    const r = read({
      header: ['月', '日', '客户', '摘要', '借方', '贷方', '借或贷', '余额', '备注'],
      rows: [
        [1, 1, '德馨', '期初余额', '', '', '借', 12600, ''],
        [1, 3, '德馨', '销售秋茶铁观音特级10斤@580', 5800, '', '借', 18400, ''],
        [1, 6, '德馨', '收到货款', '', 12600, '借', 5800, '农行转账'],
        [1, 9, '清香阁', '退回铁观音3斤（受潮）', '', 1080, '借', 4720, '冲货款'],
        [1, 12, '清香阁', '银行转账', '', 3000, '借', 1720, ''],
        [1, 15, '德馨', '代垫运费（德邦物流）', 45, '', '借', 5845, ''],
        [1, 26, '闽韵', '销售白牡丹4斤@320', 1280, '', '平', 0, '作废：没来拿货'],
        [1, 31, '德馨', '本月合计', 5845, 12600, '借', 5845, ''],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.customerId, o.date, o.amount])).toEqual([
      [3, '德馨', '2026-01-03', 5800],
      [5, '清香阁', '2026-01-09', -1080],
    ]);
    expect(r.counts).toMatchObject({ payments: 2, paymentTotal: 15600, heldMoney: 1, cancelled: 1 });
    expect(r.skipped.map((s) => `${s.row}:${s.reason}`)).toEqual(['2:total', '9:total']);
  });

  it('reads a flower shop’s and a guesthouse’s extras apart: a voucher sold, money collected for a driver, walk-ins', () => {
    const r = read({
      header: ['주문일', '고객번호', '주문자', '상품', '금액', '상태'],
      rows: [
        ['2/2(월)', 'D-001', '김민준', '꽃다발 (M)', '55,000원', '픽업완료'],
        ['2/5(목)', 'D-007', '강민서', '꽃 상품권 (5만원)', '5만원', '결제완료'],
        ['2/7(토)', '', '비회원', '근조화환', '100,000원', '배송완료'],
        ['2/9(월)', 'D-003', '박지훈', '장미 100송이', '3만 5천원', '취소'],
        ['2/10(화)', 'D-002', '이서연', '원데이클래스 1명분', '-45,000원', '환불'],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.customerId, o.amount])).toEqual([
      [2, 'D-001', 55000],
      [6, 'D-002', -45000],
    ]);
    expect(r.counts).toMatchObject({ giftCards: 1, giftCardTotal: 50000, walkIns: 1, cancelled: 1 });
    const stays = read({
      header: ['订单号', '客人', '房间/项目', '入住', '金额', '状态'],
      rows: [
        ['', '王晓燕', '代订环海包车一天', '2026-02-03', 600, '代收'],
        ['', '散客（路过）', '103 花园双床', '2026-02-12', 388, '已离店'],
        ['XC26021501', '陈浩', '201 湖景大床', '2026-02-15', '1060元', '已离店'],
      ],
    });
    expect(stays.orders.map((o) => [o.row, o.customerId, o.amount])).toEqual([[4, '陈浩', 1060]]);
    expect(stays.counts).toMatchObject({ heldMoney: 1, heldMoneyTotal: 600, walkIns: 1, walkInTotal: 388 });
  });

  it('counts a member’s companion paying their own share apart, as a walk-in', () => {
    const r = read({
      header: ['日期', '会员卡号', '姓名', '实收'],
      rows: [
        ['2026-11-06', 'WS008', '高橋美咲', '1036'],
        ['2026-11-06', '', '高橋さんの友達', '320'],
        ['2026-11-07', '', '王总的朋友', '280'],
        ['2026-11-08', '', "Sarah's friend", '45'],
        ['2026-11-08', '', '朋友圈客户', '99'],
      ],
    });
    expect(r.orders.map((o) => [o.row, o.amount])).toEqual([
      [2, 1036],
      [6, 99],
    ]);
    expect(r.counts).toMatchObject({ walkIns: 3, walkInTotal: 645 });
  });

  it('reads a 合同台账: 签订日期, 合同金额 in 万元, 合同状态 over 回款状态, 已终止 and 作废 left out', () => {
    const r = read({
      header: [
        '合同编号',
        '客户编号',
        '签订日期',
        '合同金额（万元）',
        '已回款（万元）',
        '回款状态',
        '合同状态',
      ],
      rows: [
        ['HT-001', 'BJ-001', '2026/1/8', 12.5, 12.5, '已回款', '已完成'],
        ['HT-002', 'BJ-003', '2026/2/20', 36, 18, '部分回款', '执行中'],
        ['HT-004', 'BJ-005', '2026/3/28', 6.72, 0, '未回款', '作废'],
        ['HT-006', 'BJ-004', '2026/5/6', 58, 0, '未回款', '已终止'],
        ['HT-002-BG1', 'BJ-003', '2026/8/20', -6.5, '', '', '执行中'],
      ],
    });
    expect(r.orders.map((o) => [o.orderId, o.amount])).toEqual([
      ['HT-001', 125000],
      ['HT-002', 360000],
      ['HT-002-BG1', -65000],
    ]);
    expect(r.counts.cancelled).toBe(2);
  });
});

// A sales book kept in another language: its counter sales, payments of old debt, deposits given
// back and vouchers sold are no customer's sales, each counted apart, whatever the language.
describe('money that is no sale, as shops abroad write it', () => {
  const read = (rows: Cell[][]) =>
    readOrdersTable({ header: ['Date', 'Customer ID', 'Item', 'Amount', 'Status'], rows }, config, TODAY);

  it.each<[string, Cell[], Partial<Record<string, number>>]>([
    ['the counter (Mostrador)', ['2026-02-01', 'Mostrador', 'Copias', '435', 'Pagado'], { walkIns: 1 }],
    ['a cash sale in German', ['2026-02-01', 'Barverkauf', 'Wandfarbe', '100', ''], { walkIns: 1 }],
    ['walk-ins counted', ['2026-02-01', 'Walk-in x3', 'Thai massage', '750', 'Paid'], { walkIns: 1 }],
    ['a Thai walk-in', ['2026-02-01', 'Walk-in (ขาจร)', 'Foot massage', '600', 'Paid'], { walkIns: 1 }],
    [
      'a delivery app’s payout',
      ['2026-02-01', 'GoFood + GrabFood', 'Rekap Oktober', '3245000', 'Cair'],
      { walkIns: 1 },
    ],
    [
      'a payment on account (Abono)',
      ['2026-02-01', 'C104', 'Abono a cuenta (F-1202)', '3248', 'Abono'],
      { payments: 1 },
    ],
    [
      'an invoice paid (Pembayaran)',
      ['2026-02-01', 'C2', 'Pembayaran INV/SJA/10/2026', '9000000', 'Diterima'],
      { payments: 1 },
    ],
    [
      'old debt paid (Deni paid)',
      ['2026-02-01', 'C3', 'Check-off for October deni', '18400', 'Deni paid'],
      { payments: 1 },
    ],
    [
      'a refundable deposit',
      ['2026-02-01', 'C4', 'Sprayer deposit (refundable)', '2000', 'Deposit held'],
      { heldMoney: 1 },
    ],
    [
      'its return',
      ['2026-02-01', 'C4', 'Sprayer deposit returned', '-2000', 'Deposit returned'],
      { heldMoney: 1 },
    ],
    [
      'a battery deposit given back (Zwrot kaucji)',
      ['2026-02-01', 'C4', 'Zwrot kaucji – oddała zużyty akumulator', '-30', 'zwrot kaucji'],
      { heldMoney: 1 },
    ],
    [
      'a pro forma awaiting approval (Proforma – onay bekleniyor)',
      ['2026-02-01', 'C5', 'Nevresim – 2. sipariş', '237600', 'Proforma – onay bekleniyor'],
      { openDeals: 1 },
    ],
    ['cash sales in Turkish', ['2026-02-01', 'Perakende nakit', 'Havlu', '1500', ''], { walkIns: 1 }],
    ['the till in Dutch', ['2026-02-01', 'Kassa / contant', 'Fietsbel', '20,62', 'Betaald'], { walkIns: 1 }],
    [
      'a shop’s walk-in in traditional characters',
      ['2026-02-01', '門市散客', '冷泡茶包組', '560', ''],
      { walkIns: 1 },
    ],
    [
      'a debt collected (Thu nợ)',
      ['2026-02-01', 'C3', 'Thu tiền PX-1004', '11600000', 'Thu nợ'],
      { payments: 1 },
    ],
    [
      'a payment on account received (Betaling ontvangen)',
      ['2026-02-01', 'C3', 'Betaling ontvangen F2026-104', '1573', 'Ontvangen'],
      { payments: 1 },
    ],
    [
      'an emergency patient without a file',
      ['2026-02-01', 'Urgência (sem cadastro)', 'Drenagem', '250', 'Pago'],
      { walkIns: 1 },
    ],
    [
      'money collected for the hospital',
      ['2026-02-01', 'C5', '体检+照相（代收）', '60', ''],
      { heldMoney: 1 },
    ],
    [
      'a voucher sold (บัตรของขวัญ)',
      ['2026-02-01', 'C6', 'บัตรของขวัญ GV-014 มูลค่า 1,000', '1000', ''],
      { giftCards: 1 },
    ],
    ['a Gutschein sold', ['2026-02-01', 'C6', 'Gutschein 50 €', '50', ''], { giftCards: 1 }],
    // A French traiteur's counter and a payment of an invoice less a credit note.
    [
      'the counter in French',
      ['2026-02-01', 'Comptoir', 'Vente boutique', '86,26 €', 'Payée'],
      { walkIns: 1 },
    ],
    [
      'a payment received (Règlement reçu)',
      ['2026-02-01', 'C3', 'Règlement F2026-143 moins avoir A-2026-007', '1452', 'Règlement reçu'],
      { payments: 1 },
    ],
    // A trader's freight paid out for a customer, charged on at cost.
    [
      'sea freight paid out (代付海运费)',
      ['2026-02-01', 'C4', '代付海运费 + 拉各斯清关费（顺达物流）', '12500', '代付'],
      { heldMoney: 1 },
    ],
    // A Czech practice's voucher sold, a device's returnable deposit, an invoice paid, a walk-in.
    [
      'a dárkový poukaz sold',
      ['2026-02-01', 'C6', 'Dárkový poukaz DP-118 (masáž lávovými kameny)', '1 500 Kč', 'poukaz prodán'],
      { giftCards: 1 },
    ],
    [
      'a vratná záloha',
      ['2026-02-01', 'C4', 'Vratná záloha za TENS přístroj', '1 000 Kč', 'záloha (vratná)'],
      { heldMoney: 1 },
    ],
    [
      'its return',
      ['2026-02-01', 'C4', 'Vrácení vratné zálohy – TENS přístroj vrácen', '-1 000 Kč', 'záloha vrácena'],
      { heldMoney: 1 },
    ],
    [
      'an invoice paid (Úhrada faktury)',
      ['2026-02-01', 'C5', 'Úhrada faktury FV-2026-031', '5 520 Kč', 'uhrazeno'],
      { payments: 1 },
    ],
    [
      'a walk-in (klient z ulice)',
      ['2026-02-01', 'klient z ulice', 'Sportovní masáž', '490 Kč', ''],
      { walkIns: 1 },
    ],
    [
      'a walk-in without a card',
      ['2026-02-01', 'bez karty – turista', 'Masáž šíje', '490 Kč', ''],
      { walkIns: 1 },
    ],
    // A Valencia distributor's and a Bologna hardware store's counters and collections; a Harbin
    // wholesaler's 还款 in its status column.
    [
      'the counter as Clientes varios',
      ['2026-02-01', 'Clientes varios (mostrador)', 'Restos de serie', '173,55 €', 'Cobrado'],
      { walkIns: 1 },
    ],
    [
      'the counter as Banco',
      ['2026-02-01', 'Banco', 'Vendita al banco', '118,03 €', 'Pagata'],
      { walkIns: 1 },
    ],
    [
      'a Cobro of an albarán',
      ['2026-02-01', 'C3', 'Cobro transferencia ALB 26/1205', '', 'Cobrado'],
      { payments: 1 },
    ],
    [
      'an Incasso of an invoice',
      ['2026-02-01', 'C3', 'Incasso bonifico FT 2026/403', '', 'Incassata'],
      { payments: 1 },
    ],
    ['a 还款 status', ['2026-02-01', 'C3', '还10月赊账', '2890', '还款'], { payments: 1 }],
    // A Ghent chocolatier's gift voucher; a Taoyuan grocery's debts paid and remittance, and its
    // walk-ins written in two languages; a Centurion hire business's cash clients.
    [
      'a cadeaubon sold',
      ['2026-02-01', 'C6', 'Cadeaubon € 50 (voor zus Elif)', '€ 50,00', 'cadeaubon'],
      { giftCards: 1 },
    ],
    ['a debt paid (Trả nợ)', ['2026-02-01', 'C3', 'Trả nợ ngày 2/10', '520', 'tiền mặt'], { payments: 1 }],
    [
      'goods paid for (Trả tiền hàng)',
      ['2026-02-01', 'C3', 'Trả tiền hàng 16/10', '3600', ''],
      { payments: 1 },
    ],
    [
      'a remittance (匯款：)',
      ['2026-02-01', 'C3', '匯款：20/10 活動 12,000', '12,000', '轉帳已收'],
      { payments: 1 },
    ],
    ['a walk-in in two languages', ['2026-02-01', 'Khách lẻ 散客', 'Bánh mì 5 ổ', '310', ''], { walkIns: 1 }],
    [
      'a cash client',
      ['2026-02-01', 'Cash client', '20 plastic chairs – collect', 'R 200,00', ''],
      { walkIns: 1 },
    ],
    // A Stockholm salon's till: a gift card sold, a debt paid by Swish, drop-ins and the counter.
    [
      'a presentkort sold',
      ['2026-02-01', 'C6', 'Presentkort PK-031 (800 kr)', '800,00 kr', 'Swish'],
      { giftCards: 1 },
    ],
    [
      'a Swish-inbetalning for an unpaid trim',
      ['2026-02-01', 'C3', 'Swish-inbetalning för 25/10', '450 kr', 'Swish'],
      { payments: 1 },
    ],
    ['a drop-in', ['2026-02-01', 'drop-in', 'Herrklipp maskin', '380', 'kontant'], { walkIns: 1 }],
    // A Thessaloniki dry cleaner's passers-by and a hotel's account settled.
    [
      'a passer-by (Περαστικός)',
      ['2026-02-01', 'Περαστικός', 'Σακάκι + παντελόνι', '14,50€', 'Μετρητά'],
      { walkIns: 1 },
    ],
    [
      'an account settled (ΕΙΣΠΡΑΞΗ)',
      ['2026-02-01', 'C3', 'ΕΙΣΠΡΑΞΗ – εξόφληση Οκτωβρίου (δελτία 2841, 2848)', '603,00 €', 'Τράπεζα'],
      { payments: 1 },
    ],
    // A water station's month's bill collected, a bucket's deposit taken; a Portuguese optician's
    // counter sales and a receipt for an invoice.
    [
      'a month’s bill collected (收10月水费)',
      ['2026-02-01', 'C3', '收10月水费', '1,152', '对公转账'],
      { payments: 1 },
    ],
    [
      'a bucket’s deposit (押桶)',
      ['2026-02-01', 'C3', '押桶 1 个（新客户）', '50', '微信'],
      { heldMoney: 1 },
    ],
    [
      'counter sales (Vendas balcão)',
      ['2026-02-01', 'Vendas balcão (várias)', 'Vendas a dinheiro de outubro', '85,00 €', 'numerário'],
      { walkIns: 1 },
    ],
    [
      'a receipt for an invoice (Recibo – pagamento)',
      ['2026-02-01', 'C5', 'Recibo – pagamento da FT 2026/090', '508,80 €', 'transferência'],
      { payments: 1 },
    ],
    // A Kuala Lumpur wholesaler's cash buyers and a payment of an invoice received.
    [
      'a cash buyer (Tunai)',
      ['2026-02-01', 'Tunai', 'Walk-in: beras 10kg x 2', 'RM 78.00', 'Tunai'],
      { walkIns: 1 },
    ],
    [
      'Tunai / walk-in',
      ['2026-02-01', 'Tunai / walk-in', 'Gula 1kg x 20', 'RM 121.00', 'Tunai'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid (Bayaran diterima)',
      ['2026-02-01', 'C3', 'Bayaran diterima INV-2610-003', 'RM 1,234.50', 'Bayaran diterima'],
      { payments: 1 },
    ],
    // A Budapest agency's receipt for an occasional client, and an invoice paid in.
    [
      'an occasional client (eseti ügyfél)',
      ['2026-02-01', 'eseti ügyfél', 'Jogosítvány HU>EN', '9 000 Ft', 'nyugta'],
      { walkIns: 1 },
    ],
    [
      'a shop’s buyer at the counter (bolti vásárló)',
      ['2026-02-01', 'bolti vásárló', 'Porcukor 10 kg', '6 500 Ft', 'készpénz'],
      { walkIns: 1 },
    ],
    [
      'a Bulgarian depot’s till (каса – клиент в брой)',
      ['2026-02-01', 'каса – клиент в брой', 'Лепило Ceresit CM 11', '44,00 лв.', 'в брой'],
      { walkIns: 1 },
    ],
    [
      'a Lviv distributor’s retail sale for cash (роздріб (готівка))',
      ['2026-02-01', 'роздріб (готівка)', 'Еспресо-суміш «Галицька», 1 кг', '860,00 грн', 'готівка'],
      { walkIns: 1 },
    ],
    [
      'a Kaunas wholesaler’s cash buyer (grynųjų pirkėjas)',
      ['2026-02-01', 'grynųjų pirkėjas', 'Rankenėlės 128 mm – 12 vnt.', '35,00', 'grynaisiais'],
      { walkIns: 1 },
    ],
    [
      'a wine merchant’s sale at the winery’s door (Ab-Hof Kitzeck)',
      ['2026-02-01', 'Ab-Hof Kitzeck', 'Schilcher Klassik', '120,00', 'bar'],
      { walkIns: 1 },
    ],
    [
      'a cash sale in the shop (Barverkauf Geschäft)',
      ['2026-02-01', 'Barverkauf Geschäft', 'Zweigelt Klassik', '39,67', 'Bankomat'],
      { walkIns: 1 },
    ],
    [
      'a retail sale for cash (Perakende – nakit)',
      ['2026-02-01', 'Perakende – nakit', 'Sızma 1 lt × 6', '1.770,00 TL', 'Nakit'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid in (befizetés)',
      ['2026-02-01', 'C3', 'LP-2026/0189 kiegyenlítése', '118 110 Ft', 'befizetés'],
      { payments: 1 },
    ],
    // A Riga wholesaler's cash buyer and till, and its invoices paid in; a Novi Sad shop's cash
    // buyer and retail sale, and an invoice paid; a Quanzhou wholesaler's shop front.
    [
      'a Latvian cash buyer (skaidras naudas pircējs)',
      ['2026-02-01', 'skaidras naudas pircējs', 'WAGO 221-413 – 2 iepak.', '44,40 €', 'skaidrā naudā'],
      { walkIns: 1 },
    ],
    [
      'a Latvian till (kase)',
      ['2026-02-01', 'kase', 'LED spuldzes E27 10W', 'EUR 29.00', 'skaidrā naudā'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid by transfer (Apmaksa ar pārskaitījumu par rēķinu …)',
      ['2026-02-01', 'C3', 'Apmaksa ar pārskaitījumu par rēķinu RP-0318', '1 904,37 €', 'pārskaitījums'],
      { payments: 1 },
    ],
    [
      'an invoice paid, a credit note set off (Apmaksa par RP-0343, atskaitot KR-012)',
      ['2026-02-01', 'C3', 'Apmaksa par RP-0343, atskaitot KR-012', '2 090,88 €', 'pārskaitījums'],
      { payments: 1 },
    ],
    [
      'a Serbian cash buyer (gotovinski kupac)',
      ['2026-02-01', 'gotovinski kupac', 'KAN 27%, vreća 50 kg – 3 × 3.200,00', '9.600,00 din.', 'gotovina'],
      { walkIns: 1 },
    ],
    [
      'a Serbian retail sale (maloprodaja)',
      ['2026-02-01', 'maloprodaja', 'Karate Zeon 10 ml – 10 × 160,00', '2.100,00 din.', 'gotovina'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid (Uplata po F-26/0127)',
      ['2026-02-01', 'C3', 'Uplata po F-26/0127', '77.000,00 din.', 'virman'],
      { payments: 1 },
    ],
    [
      'an invoice paid (Uplata po fakturi …)',
      ['2026-02-01', 'C3', 'Uplata po fakturi F-26/0087 (februar)', '214.500,00 din.', 'virman'],
      { payments: 1 },
    ],
    [
      'a tea shop’s front (门市零售)',
      ['2026-02-01', '门市零售', '铁观音礼盒（250g×2）', '720', '现金'],
      { walkIns: 1 },
    ],
    ['a tea shop’s front (门市)', ['2026-02-01', '门市', '清香铁观音 二级', '260', '现金'], { walkIns: 1 }],
    // A Finnish firm's cash customer at the counter and an invoice paid in.
    [
      'a cash customer (käteisasiakas)',
      ['2026-02-01', 'käteisasiakas', 'ILP-suodattimet', '31,87 €', 'käteinen'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid in (Suoritus)',
      ['2026-02-01', 'C3', 'Suoritus: lasku 26105', '1 506,00 €', 'suoritus'],
      { payments: 1 },
    ],
    // An Almaty supplier's retail till and a payment of an earlier invoice.
    [
      'a retail buyer (Розница)',
      ['2026-02-01', 'Розница', 'Ручки, тетради', '7 850 ₸', 'оплачено'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid (Оплата по РН-0872)',
      ['2026-02-01', 'C3', 'Оплата по РН-0872', '152 000 ₸', 'оплата'],
      { payments: 1 },
    ],
    // A Ljubljana bike shop's passer-by at the till, an invoice paid, a rental's deposit and its
    // return.
    [
      'a passer-by paying cash (gotovina)',
      ['2026-02-01', 'gotovina', 'Menjava zračnice (mimoidoči)', '9,84 €', 'gotovina'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid (Plačilo računa)',
      ['2026-02-01', 'C3', 'Plačilo računa 2026-408 (TRR)', '226,92 €', 'plačilo'],
      { payments: 1 },
    ],
    [
      'a rental’s deposit (varščina)',
      ['2026-02-01', 'C3', 'Varščina za najem 2 × e-MTB', '400,00 €', 'gotovina'],
      { heldMoney: 1 },
    ],
    [
      'its return (Vrnjena varščina)',
      ['2026-02-01', 'C3', 'Vrnjena varščina (kolesi vrnjeni)', '-400,00 €', 'gotovina'],
      { heldMoney: 1 },
    ],
    // A Quezon City rice distributor's suki paying a delivery receipt, and one called off.
    [
      'a suki paying a delivery receipt (BAYAD – DR-2401)',
      ['2026-02-01', 'C3', 'BAYAD – DR-2401', '₱5,400.00', 'bayad (cash)'],
      { payments: 1 },
    ],
    [
      'a delivery called off (KANSELADO)',
      ['2026-02-01', 'C3', 'Dinorado 25kg', '₱3,300.00', 'KANSELADO'],
      { cancelled: 1 },
    ],
    // A Split charter firm's invoice paid.
    [
      'an invoice paid (Uplata po računu)',
      ['2026-02-01', 'C3', 'Uplata po računu 176/1/1', '1.200,00 €', 'uplata (virman)'],
      { payments: 1 },
    ],
    // A Wuhan noodle supplier's month's goods paid for, and a buyer sold loose at the door.
    [
      'a month’s goods paid (收款（10月货款）)',
      ['2026-02-01', 'C3', '收款（10月货款）', '¥4,840', '对公转账'],
      { payments: 1 },
    ],
    ['a loose buyer (散户)', ['2026-02-01', '散户', '碱面', '40', '现金'], { walkIns: 1 }],
    [
      'a month’s goods paid by transfer (转账收款（10月货款）)',
      ['2026-02-01', 'C3', '转账收款（10月货款）', '¥2,280', '对公转账'],
      { payments: 1 },
    ],
    // A flower stall's month's goods paid for on account, and a retail buyer.
    [
      'a month’s goods paid (10月货款（月结）)',
      ['2026-02-01', 'C3', '10月货款（月结）', '5,330', '收款'],
      { payments: 1 },
    ],
    ['a retail buyer (零售)', ['2026-02-01', '零售', '百合 3扎', '150', '现金'], { walkIns: 1 }],
    // A housekeeping agency's nanny wages taken in and passed on, and a quote not taken.
    [
      'a nanny’s wages passed on (代收 月嫂工资)',
      ['2026-02-01', 'C3', '代收 月嫂工资（26 天）', '12,000', '微信'],
      { heldMoney: 1 },
    ],
    ['a quote not taken (报价)', ['2026-02-01', 'C3', '开荒保洁 180㎡', '1,080', '报价'], { openDeals: 1 }],
    [
      'the counter (Disk)',
      ['2026-02-01', 'Disk (produkter)', 'Produktförsäljning oktober', '1 845,00 kr', 'kort / kontant'],
      { walkIns: 1 },
    ],
    // A Bergen plumber's counter sales, an invoice paid in, a job called off and an offer.
    [
      'counter sales (Kontantsalg)',
      ['2026-02-01', 'Kontantsalg', 'Pakninger (disk)', 'kr 196,00', 'Vipps'],
      { walkIns: 1 },
    ],
    [
      'the counter (Kontant / disk)',
      ['2026-02-01', 'Kontant / disk', 'Dusjslange', 'kr 479,20', 'kort'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid in (Innbetaling)',
      ['2026-02-01', 'C3', 'Innbetaling faktura 26-1041', 'kr 60 000,00', 'innbetaling'],
      { payments: 1 },
    ],
    [
      'a job called off (KANSELLERT)',
      ['2026-02-01', 'C3', 'Utvendig tappekran', 'kr 3 800,00', 'KANSELLERT'],
      { cancelled: 1 },
    ],
    [
      'an invoice entered twice (ANNULLERT)',
      ['2026-02-01', 'C3', 'Tømming', 'kr 4 200,00', 'ANNULLERT'],
      { cancelled: 1 },
    ],
    [
      'an offer (tilbud)',
      ['2026-02-01', 'C3', 'TILBUD: nytt bad', 'kr 148 000,00', 'tilbud'],
      { openDeals: 1 },
    ],
    // A Lima supplier's abonos paying a factura by its series and number, and a bill paid in cash.
    [
      'a factura paid (Pago de F001-00231)',
      ['2026-02-01', 'C3', 'Pago de F001-00231', 'S/ 1,947.00', 'Pagado (depósito BCP)'],
      { payments: 1 },
    ],
    [
      'a factura paid less a credit note (Pago F001-00232 menos NC)',
      ['2026-02-01', 'C3', 'Pago F001-00232 menos NC FC01-00011', 'S/ 1,368.80', 'Pagado (transferencia)'],
      { payments: 1 },
    ],
    [
      'an order quoted (Cotización)',
      ['2026-02-01', 'C3', 'Batidora 20 L', 'S/ 8,500.00', 'Cotización'],
      { openDeals: 1 },
    ],
    // A Bucharest car service's occasional clients, an invoice paid, one struck out and an offer.
    [
      'an occasional client (Client ocazional)',
      ['2026-02-01', 'Client ocazional', 'Reparat pană', '67,23', 'numerar'],
      { walkIns: 1 },
    ],
    [
      'a private buyer at the till (persoană fizică)',
      ['2026-02-01', 'persoană fizică', 'Schimb anvelope', '134,45', 'numerar'],
      { walkIns: 1 },
    ],
    [
      'an invoice paid (Încasare OP factura)',
      ['2026-02-01', 'C3', 'Încasare OP factura PEV 0398', '1.904,00', 'OP'],
      { payments: 1 },
    ],
    [
      'an invoice paid in cash (Încasat numerar)',
      ['2026-02-01', 'C3', 'Încasat numerar factura PEV 0418', '904,40', 'numerar'],
      { payments: 1 },
    ],
    [
      'an invoice struck out (ANULATĂ)',
      ['2026-02-01', 'C3', 'Revizie', '480,00', 'ANULATĂ'],
      { cancelled: 1 },
    ],
    ['an offer (ofertă)', ['2026-02-01', 'C3', 'OFERTĂ: 4 anvelope', '2.100,84', 'ofertă'], { openDeals: 1 }],
    // A Lagos fabric trader's part payment and balance of earlier invoices.
    [
      'a part payment (Part payment – Inv AB-1021)',
      ['2026-02-01', 'C3', 'Part payment – Inv AB-1021', '₦ 300,000.00', 'Part payment'],
      { payments: 1 },
    ],
    [
      'a balance paid (Balance – Inv AB-1023)',
      ['2026-02-01', 'C3', 'Balance – Inv AB-1023', '₦ 475,000.00', 'Balance'],
      { payments: 1 },
    ],
    // A Xiamen tea wholesaler's month's goods paid for.
    [
      'a month’s goods paid (回款（9月货款）)',
      ['2026-02-01', 'C3', '回款（9月货款）', '4,680', '微信转账'],
      { payments: 1 },
    ],
    // A Nairobi agrovet's ordinary buyer; a Bratislava installer's counter sales and an offer.
    [
      'an ordinary buyer (Mteja wa kawaida)',
      ['2026-02-01', 'Mteja wa kawaida', 'Sukuma wiki seed 50g', '380', 'Cash'],
      { walkIns: 1 },
    ],
    [
      'cash at the counter (hotovosť – predajňa)',
      ['2026-02-01', 'hotovosť – predajňa', 'Sieťka proti hmyzu', '32,52 €', 'hotovosť (eKasa)'],
      { walkIns: 1 },
    ],
    [
      'the counter, no name (predajňa – bez mena)',
      ['2026-02-01', 'predajňa – bez mena', 'Parapet vnútorný', '57,72 €', 'karta (eKasa)'],
      { walkIns: 1 },
    ],
    [
      'an offer (cenová ponuka)',
      ['2026-02-01', 'C3', 'Vchodové dvere', '2 780,00 €', 'ponuka'],
      { openDeals: 1 },
    ],
    [
      'an invoice struck out (STORNOVANÁ)',
      ['2026-02-01', 'C3', 'Interiérové dvere', '1 140,00 €', 'STORNOVANÁ'],
      { cancelled: 1 },
    ],
  ])('%s', (_, row, counts) => {
    const result = read([row, ['2026-02-02', 'C9', 'Service', '100', 'Paid']]);
    expect(result.orders.map((o) => o.amount)).toEqual([100]);
    expect(result.counts).toMatchObject(counts);
  });
});

describe('a ledger in Vietnamese and Chinese, its payment column saying what became of an order', () => {
  const read = (rows: Cell[][]) =>
    readOrdersTable(
      { header: ['Ngày 日期', 'Khách 客人', 'Hàng 品項', 'Thành tiền 金額', 'Thanh toán 付款'], rows },
      config,
      TODAY,
    );

  it('reads a dot before three digits as thousands, as Vietnamese writes them', () => {
    const r = read([
      ['2026-01-16', 'Phở Hà Nội', 'Bánh phở tươi 20 kg', '3.600', 'ghi sổ – cuối tháng'],
      ['2026-01-18', 'Cty Hoa Sen', 'Tiệc 20/10: 80 bánh mì', 'NT$12.000', 'chuyển khoản sau'],
      ['2026-01-20', 'Mẹ Bin', 'Bánh pía', 420, 'LINE Pay'],
    ]);
    expect(r.orders.map((o) => o.amount)).toEqual([3600, 12000, 420]);
  });

  it('leaves out an order whose payment cell says it was cancelled, and counts a debt paid', () => {
    const r = read([
      ['2026-01-04', 'anh Đức', 'Quà về nước: 鳳梨酥 5 hộp', '2.350', 'HỦY 取消'],
      ['2026-01-15', '林太太', '越南咖啡滴漏杯', '560元', '作廢'],
      ['2026-01-10', 'anh Hùng', 'Tiền hàng 25/10', 330, 'trả nợ 還款'],
      ['2026-01-12', 'Đỗ Thị Lan', 'Giỏ trái cây', 650, 'tiền mặt'],
    ]);
    expect(r.orders.map((o) => [o.customerId, o.amount])).toEqual([['Đỗ Thị Lan', 650]]);
    expect(r.counts).toMatchObject({ cancelled: 2, payments: 1 });
  });
});

describe('a Slovenian book of invoices, its payment column saying what was no sale', () => {
  const read = (rows: Cell[][]) =>
    readOrdersTable(
      { header: ['Datum', 'Št. računa', 'Šifra', 'Stranka', 'Opis', 'Osnova', 'Plačano'], rows },
      config,
      TODAY,
    );

  it('leaves out an invoice struck out (STORNIRAN) and an offer (ponudba), and counts a credit note', () => {
    const r = read([
      ['2026-01-14', '2026-406', 'P04', 'Zelena Pot', 'Najem 8 e-koles', '320,00 €', 'STORNIRAN'],
      ['2026-01-15', 'PON-26-09', 'F06', 'Boris Hribar', 'PONUDBA: e-kolo', '2.868,85 €', 'ponudba'],
      [
        '2026-01-16',
        'DBP-2026-03',
        'P01',
        'Dostava Hitro',
        'Dobropis k računu 2026-408',
        '-36,00 €',
        'dobropis',
      ],
      ['2026-01-16', '2026-408', 'P01', 'Dostava Hitro', 'Popravilo', '1.015,00 €', 'odprto, 15 dni'],
    ]);
    expect(r.orders.map((o) => [o.customerId, o.amount])).toEqual([
      ['P01', -36],
      ['P01', 1015],
    ]);
    expect(r.counts).toMatchObject({ cancelled: 1, openDeals: 1 });
  });

  it('leaves them out on the short way too, every cell its own text', () => {
    const r = read([
      ['2026-01-14', '2026-406', 'P04', 'Zelena Pot', 'Najem', '320', 'STORNIRAN'],
      ['2026-01-15', 'PON-26-09', 'F06', 'Hribar', 'e-kolo', '2868', 'ponudba'],
      ['2026-01-16', '2026-409', 'F04', 'Ana Golob', 'Luči', '62', 'gotovina'],
    ]);
    expect(r.orders.map((o) => [o.customerId, o.amount])).toEqual([['F04', 62]]);
    expect(r.counts).toMatchObject({ cancelled: 1, openDeals: 1 });
  });
});

describe('a Hungarian book of invoices: the document beside how it was paid', () => {
  const read = (rows: Cell[][]) =>
    readOrdersTable(
      {
        header: ['Kelt', 'Számlaszám', 'Típus', 'Vevő', 'Tétel', 'Összeg (Ft)', 'Fizetés', 'Megjegyzés'],
        rows,
      },
      config,
      TODAY,
    );

  it('leaves out an invoice its Fizetés says was struck out, and an árajánlat, whatever the remark', () => {
    const r = read([
      [
        '2025.03.18.',
        'HSK-2025/0148',
        'számla',
        'Cívis Cukr.',
        'Étcsokoládé 10 kg',
        '92 000 Ft',
        'SZTORNÓZVA',
        'rossz vevőre ment (a Nagyerdei rendelte) – sztornó: HSK-2025/0149',
      ],
      [
        '2025. márc. 20.',
        'ÁA-2025/09',
        'árajánlat',
        'Nyírségi Sütöde',
        'BL55 × 100',
        '1 050 000 Ft',
        '—',
        '',
      ],
      [
        '2025.03.18.',
        'HSK-2025/0150',
        'számla',
        'Nagyerdei Fagyizó',
        'Étcsokoládé 10 kg',
        '92 000 Ft',
        'átutalás, 8 nap',
        'a 0148 helyett',
      ],
      [
        '2025.03.27.',
        'NY-0601',
        'nyugta',
        'készpénzes vevő',
        'Darált mák 1 kg',
        '7 300,- Ft',
        'készpénz',
        '',
      ],
      ['2025.04.09.', 'NY-0623', 'nyugta', 'bolti vásárló', 'Dióbél 2 kg', 'HUF 9 600', 'kártya', ''],
    ]);
    expect(r.orders.map((o) => [o.customerId, o.amount, o.date])).toEqual([
      ['Nagyerdei Fagyizó', 92000, '2025-03-18'],
    ]);
    expect(r.counts).toMatchObject({ cancelled: 1, openDeals: 1, walkIns: 2 });
  });
});

describe('a book of bills issued (Bill No.)', () => {
  it('counts an unpaid or pending bill as a sale owed, where an order status’s unpaid is no sale', () => {
    const rows: Cell[][] = [
      ['2026-01-09', 'AN/26-27/106', 'C1', '8,320', 'Unpaid'],
      ['2026-01-10', 'AN/26-27/107', 'C2', '3,300', 'Pending'],
      ['2026-01-11', 'AN/26-27/108', 'C3', '2,000', 'Paid'],
    ];
    const bills = readOrdersTable(
      { header: ['Date', 'Bill No.', 'Customer ID', 'Amount', 'Status'], rows },
      config,
      TODAY,
    );
    expect(bills.orders.map((o) => o.amount)).toEqual([8320, 3300, 2000]);
    const orders = readOrdersTable(
      { header: ['Date', 'Order ID', 'Customer ID', 'Amount', 'Status'], rows },
      config,
      TODAY,
    );
    expect(orders.orders.map((o) => o.amount)).toEqual([2000]);
    expect(orders.counts.unpaid).toBe(2);
  });
});

describe('a Swedish salon’s till (Kassa)', () => {
  const header = ['Datum', 'Kundnr', 'Kund', 'Behandling / vara', 'Belopp', 'Dricks', 'Betalning', 'Status'];
  it('reads its columns, its crowns, and what became of each booking', () => {
    const r = readOrdersTable(
      {
        header,
        rows: [
          ['2026-01-01', 1001, 'Karin Lindqvist', 'Klipp + slingor', '1 250,00 kr', '', 'kort', 'betald'],
          [
            '2026-01-15',
            1001,
            'Karin Lindqvist',
            'Återbetalning – slingorna',
            '-400,00 kr',
            '',
            'Swish',
            'återbetald',
          ],
          ['2026-01-17', 1005, 'Elin Nyström', 'Klipp + färg', '1 180,00 kr', '', '', 'uteblev'],
          ['2026-02-11', 1012, 'Oskar L.', 'Herrklipp', '320 kr', '', '', 'avbokad'],
          ['2026-01-25', 1010, 'Johan Andersson', 'Skäggtrim', '450 kr', '', '', 'obetald'],
          [
            '2026-02-05',
            1005,
            'Elin N.',
            'Avgift uteblivet besök 17/1 (50 %)',
            '590,00 kr',
            '',
            'kort',
            'betald',
          ],
        ],
      },
      config,
      TODAY,
    );
    // The tip (Dricks) is the stylist's: no field reads it. A trim not paid yet is still a sale.
    expect(r.orders.map((o) => [o.customerId, o.amount])).toEqual([
      ['1001', 1250],
      ['1001', -400],
      ['1010', 450],
      ['1005', 590],
    ]);
    expect(r.counts).toMatchObject({ cancelled: 2 });
  });
});

describe('a deposit kept for a bucket lost', () => {
  it('is the bucket sold, where a deposit taken or given back is no sale', () => {
    const r = readOrdersTable(
      {
        header: ['日期', '编号', '客户', '项目', '金额', '付款方式'],
        rows: [
          ['2026-01-05', 'ZH03', '陈静', '押桶 1 个（新客户）', 50, '微信'],
          ['2026-01-26', 'ZH01', '赵秀兰', '丢桶 1 个，押金抵桶钱', 50, '押金抵'],
          ['2026-01-28', 'ZH04', '马国强', '退押金 2 个桶', -100, '现金'],
        ],
      },
      config,
      TODAY,
    );
    expect(r.orders.map((o) => [o.customerId, o.amount])).toEqual([['ZH01', 50]]);
    expect(r.counts).toMatchObject({ heldMoney: 2 });
  });
});

describe('3.600 in a money column', () => {
  it.each([
    ['Amount', 3.6],
    ['Total', 3.6],
    ['Betrag', 3600],
    ['Bedrag', 3600],
    ['Ποσό', 3600],
    ['Importo', 3600],
    ['Valor', 3600],
    ['Tutar', 3600],
    ['Số tiền', 3600],
  ])('headed %s is %d', (heading, amount) => {
    const r = readOrdersTable(
      { header: ['Date', 'Customer ID', heading], rows: [['2026-01-16', 'C1', '3.600']] },
      config,
      TODAY,
    );
    expect(r.orders.map((o) => o.amount)).toEqual([amount]);
  });
});

describe('an Abono', () => {
  const read = (rows: Cell[][]) =>
    readOrdersTable(
      { header: ['Fecha', 'Código', 'Cliente', 'Material', 'Importe', 'Estado'], rows },
      config,
      TODAY,
    );

  it('of money given back is a refund, as Spain writes a credit note', () => {
    const r = read([
      ['2026-02-01', '4300021', 'Costa Azahar', 'Porcelánico 20x120', '14.080,00 €', 'Pendiente'],
      ['2026-02-06', '4300021', 'Costa Azahar', 'Abono: rotura en transporte', '-528,00 €', 'Abono'],
    ]);
    expect(r.orders.map((o) => [o.customerId, o.amount])).toEqual([
      ['4300021', 14080],
      ['4300021', -528],
    ]);
    expect(r.counts.payments).toBe(0);
  });

  it('of money paid in is a payment on account, as Mexico writes one', () => {
    const r = read([['2026-02-06', '4300021', 'Costa Azahar', 'Abono a cuenta', '3.000,00 €', 'Abono']]);
    expect(r.orders).toEqual([]);
    expect(r.counts.payments).toBe(1);
  });

  it('reads the Código before Cliente as the buyer’s id', () => {
    const r = read([
      ['2026-02-01', '4300012', 'Hnos. Ferrer', 'Porcelánico 60x60', '5.760,00 €', 'Pendiente'],
    ]);
    expect(r.mapping.columns.customerId).toBe(1);
    expect(r.orders.map((o) => o.customerId)).toEqual(['4300012']);
  });
});

describe('a buyer written as the row above’s (j.w., dito, 同上)', () => {
  it.each([['j.w.'], ['dto.'], ['同上'], ['〃'], ['jak wyżej']])(
    '%s is the buyer of the order above',
    (mark) => {
      const r = readOrdersTable(
        {
          header: ['Data', 'Nr dokumentu', 'Customer ID', 'Netto'],
          rows: [
            ['2026-01-09', 'FV 191/10/2026', 'C7', '690,00 zł'],
            ['2026-01-09', 'FV 192/10/2026', mark, '2 980,00 zł'],
            ['2026-01-10', 'FV 193/10/2026', 'C8', '720,00 zł'],
          ],
        },
        config,
        TODAY,
      );
      expect(r.orders.map((o) => [o.row, o.customerId, o.amount])).toEqual([
        [2, 'C7', 690],
        [3, 'C7', 2980],
        [4, 'C8', 720],
      ]);
      expect(r.issues).toEqual([]);
    },
  );

  it('reads a first row saying as above as it is written: there is no buyer above', () => {
    const r = readOrdersTable(
      { header: ['Data', 'Customer ID', 'Netto'], rows: [['2026-01-09', 'j.w.', '690,00 zł']] },
      config,
      TODAY,
    );
    expect(r.orders.map((o) => o.customerId)).toEqual(['j.w.']);
  });
});

describe('what a sale written on a row of its own is paid (收定金, 收尾款)', () => {
  it('is a payment where the row’s amount is blank, the shipment row holding the sale', () => {
    const r = readOrdersTable(
      {
        header: ['日期', '客户编号', '摘要', '币种', '出货金额（折人民币）', '收款金额（折人民币）'],
        rows: [
          ['2026-01-10', 'AF-003', '收定金 HD-2610-04（30%）', 'USD', '', '21,010.05'],
          ['2026-01-12', 'AF-003', '塑料收纳盒 + 衣架 20GP', 'USD', '70,033.50', ''],
          ['2026-02-26', 'AF-003', '收尾款 HD-2610-04', 'USD', '', '49,023.45'],
        ],
      },
      config,
      TODAY,
    );
    expect(r.orders.map((o) => o.amount)).toEqual([70033.5]);
    expect(r.counts.payments).toBe(2);
    expect(r.issues).toEqual([]);
  });

  it('is the sale itself where the row has its amount, as a studio books a deposit and the rest', () => {
    const r = readOrdersTable(
      {
        header: ['日期', '客户编号', '项目', '金额'],
        rows: [
          ['2026-01-10', 'C1', '收定金 婚纱照套餐', '2000'],
          ['2026-02-02', 'C1', '收尾款 婚纱照套餐', '6800'],
        ],
      },
      config,
      TODAY,
    );
    expect(r.orders.map((o) => o.amount)).toEqual([2000, 6800]);
    expect(r.counts.payments).toBe(0);
  });
});
