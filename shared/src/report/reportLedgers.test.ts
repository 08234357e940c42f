// The report on small ledgers as shops keep them, each figure and sentence read by hand: a
// manager acts on what the report says, so a note must say what its figure counts.
import { describe, expect, it } from 'vitest';
import type { Language } from '../model/keys.ts';
import type { Cell, TableData } from '../model/table.ts';
import { analyzeCustomerTable } from '../pipeline/analyzeCustomerTable.ts';
import { reportFor } from '../pipeline/reportFor.ts';
import { reportSheetLayout } from '../sheets/reportSheetLayout.ts';
import type { ReportPeriod } from './periods/reportPeriods.ts';
import { renderReportHtml } from './renderReportHtml.ts';
import { renderReportMarkdown } from './renderReportMarkdown.ts';

const table = (header: string[], rows: Cell[][]): TableData => ({ header, rows });

/** The report of a customer table and its orders, as of `today`, with its Markdown and sheet texts. */
function report(
  customers: TableData,
  orders: TableData,
  today: string,
  language: Language,
  period: ReportPeriod = 'month',
) {
  const analysis = analyzeCustomerTable({
    customers,
    orders,
    today,
    config: { language, report: { period } },
  });
  const model = reportFor(analysis);
  const sheetText = reportSheetLayout(model, language)
    .rows.map((cells) => cells.map((cell) => String(cell ?? '')).join('\t'))
    .join('\n');
  return { model, markdown: renderReportMarkdown(model), html: renderReportHtml(model), sheetText };
}

/** The note of a KPI row of the Markdown report. */
function kpiNote(markdown: string, label: string): string | undefined {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${label} |`));
  return line?.split(' | ')[2]?.replace(/ \|$/, '');
}

describe('a 美容院 member ledger with two new members and one regular', () => {
  // Today 2026-12-03: 王丽 and 陈红 first came in November (new); 赵敏 has come since March, last
  // on 10-15 (active). All three bought within 90 days, but only 赵敏 is counted active.
  const customers = table(
    ['会员编号', '姓名', '手机', '负责人'],
    [
      ['M001', '王丽', '13900001111', '李美'],
      ['M002', '陈红', '13900002222', '李美'],
      ['M003', '赵敏', '13900003333', '张婷'],
    ],
  );
  const orders = table(
    ['会员编号', '日期', '金额'],
    [
      ['M001', '2026-11-20', 388],
      ['M001', '2026-12-01', 198],
      ['M002', '2026-11-25', 588],
      ['M003', '2026-03-10', 298],
      ['M003', '2026-10-15', 298],
    ],
  );

  it.each([
    ['zh', '活跃客户', /不含首购在 30 天内的新客户/],
    ['en', 'Active', /new customers \(first purchase within 30 days\) not counted/],
  ] as const)('says in %s that the active count leaves the new customers out', (language, label, note) => {
    const { model, markdown, html, sheetText } = report(customers, orders, '2026-12-03', language);
    expect(model.kpis.newInPeriod).toBe(2);
    expect(model.kpis.active).toBe(1);
    expect(kpiNote(markdown, label)).toMatch(note);
    expect(html).toMatch(note);
    expect(sheetText).toMatch(note);
    const active = model.definitions.find((d) => d.term === 'active');
    expect(active?.label).toBe(label);
    expect(active?.text).toContain('90');
    expect(active?.text).toContain('30');
  });
});

describe('an orders table exported on 2026-11-14 and reported on 2026-12-08', () => {
  // A shop with an order every other day from September: 16 in October, 7 up to 11-14.
  const ids = ['K01', 'K02', 'K03'];
  const customers = table(
    ['客户编号', '姓名', '手机', '负责人'],
    ids.map((id, i) => [id, `客户${i + 1}`, `1370000000${i + 1}`, '赵']),
  );
  const orderRows: Cell[][] = [];
  for (let day = Date.UTC(2026, 8, 1), k = 0; day <= Date.UTC(2026, 10, 14); day += 2 * 86_400_000, k++) {
    orderRows.push([ids[k % 3] ?? '', new Date(day).toISOString().slice(0, 10), 100]);
  }
  const orders = table(['客户编号', '日期', '金额'], orderRows);

  it.each([
    ['zh', /订单表中最晚的订单日期是 2026-11-14，早于2026年11月的最后一天（2026-11-30）/],
    [
      'en',
      /latest order in the orders table is dated 2026-11-14, before the last day of Nov 2026 \(2026-11-30\)/,
    ],
  ] as const)('warns in %s that November may be incomplete, next to its fall', (language, note) => {
    const { model, markdown, html, sheetText } = report(customers, orders, '2026-12-08', language);
    const c = model.comparison;
    expect(c?.lastOrder).toBe('2026-11-14');
    // The figures stay as the orders give them: 7 orders in November against 16 in October.
    expect(c?.current.orders).toBe(7);
    expect(c?.previous.orders).toBe(16);
    const highlights = markdown.slice(0, markdown.indexOf('| '));
    expect(highlights).toMatch(note);
    expect(markdown.slice(markdown.indexOf('## ', markdown.indexOf('| ')))).toMatch(note);
    expect(html).toMatch(note);
    expect(sheetText).toMatch(note);
  });

  it('says nothing of it once the orders reach past the end of the period', () => {
    const later = table(['客户编号', '日期', '金额'], [...orderRows, ['K01', '2026-12-02', 100]]);
    const { model, markdown } = report(customers, later, '2026-12-08', 'zh');
    expect(model.comparison?.lastOrder).toBe('2026-12-02');
    expect(markdown).not.toContain('订单表中最晚的订单日期');
  });
});

describe('a shop selling in Hong Kong and Macau, amounts in HK$ and MOP$', () => {
  const customers = table(
    ['Customer ID', 'Name', 'Email', 'Owner'],
    [
      ['C001', 'Chan Tai Man', 'tm.chan@example.com', 'Alice'],
      ['C002', 'Wong Siu Ming', 'sm.wong@example.com', 'Bob'],
    ],
  );
  const orders = table(
    ['Order ID', 'Customer ID', 'Order Date', 'Amount'],
    [
      ['O-1001', 'C001', '2026-09-03', 'HK$1,280'],
      ['O-1002', 'C002', '2026-10-12', 'MOP$500'],
      ['O-1003', 'C001', '2026-10-20', 'HK$640'],
    ],
  );

  it.each([
    ['en', 'Check the amounts first', /2 currencies \(HKD: 2 orders, MOP: 1 order\)/],
    ['zh', '金额须先核对', /HKD/],
  ] as const)(
    'says at the top of the %s report that its revenue adds two currencies',
    (language, label, note) => {
      const { model, markdown, html, sheetText } = report(customers, orders, '2026-11-17', language);
      // The figures add the amounts as written, as the analysis's note says.
      expect(model.kpis.revenue).toBe(2420);
      expect(model.moneyNotes).toHaveLength(1);
      expect(model.moneyNotes[0]).toMatch(note);
      const head = markdown.slice(0, markdown.indexOf('\n## '));
      expect(head).toContain(`> **${label}**: `);
      expect(head).toMatch(note);
      expect(html.slice(0, html.indexOf('<main'))).toMatch(note);
      expect(sheetText.split('\n').slice(0, 4).join('\n')).toContain(`${label}: ${model.moneyNotes[0]}`);
    },
  );

  it('has no such note when the amounts are in one currency', () => {
    const hkd = table(
      orders.header,
      orders.rows.map((r) =>
        r.map((cell) => (typeof cell === 'string' ? cell.replace('MOP$', 'HK$') : cell)),
      ),
    );
    const { model, markdown } = report(customers, hkd, '2026-11-17', 'en');
    expect(model.moneyNotes).toEqual([]);
    expect(markdown).not.toContain('Check the amounts first');
  });
});

describe('a distributor whose owner was renamed mid-year, with a blank owner and orders twice a day', () => {
  // 王磊 took the East region in July and is written 王磊（华东） for his customers since; KH03's
  // owner is blank; KH01 ordered twice on 2026-10-09 (two rows of one day).
  const customers = table(
    ['客户编号', '公司', '电话', '负责人'],
    [
      ['KH01', '杭州某某商贸有限公司', '0571-88001234', '王磊'],
      ['KH02', '宁波某某贸易有限公司', '0574-87001234', '王磊（华东）'],
      ['KH03', '绍兴某某纺织有限公司', '0575-85001234', ''],
      ['KH04', '嘉兴某某电器有限公司', '0573-82001234', ' 陈静 '],
    ],
  );
  const orders = table(
    ['客户编号', '订单日期', '订单金额'],
    [
      ['KH01', '2026-03-02', 12000],
      ['KH01', '2026-10-09', 8000],
      ['KH01', '2026-10-09', 3000],
      ['KH02', '2026-02-16', 30000],
      ['KH02', '2026-10-20', 15000],
      ['KH03', '2026-10-28', 5000],
      ['KH04', '2026-10-30', 9000],
    ],
  );

  it.each([
    ['zh', /现在写的负责人/, /同一天的两笔订单算两次购买/],
    ['en', /the owner the customer table names now/i, /two orders on the same day are two purchases/],
  ] as const)('states in %s how owners and repeat purchases are counted', (language, owner, sameDay) => {
    const { model, markdown } = report(customers, orders, '2026-11-05', language);
    expect(model.owners.map((o) => [o.owner, o.customers, o.revenue, o.revenueInPeriod])).toEqual([
      ['王磊（华东）', 1, 45000, 15000],
      ['王磊', 1, 23000, 11000],
      ['陈静', 1, 9000, 9000],
      [null, 1, 5000, 5000],
    ]);
    // KH01's two rows of 2026-10-09 make it a repeat buyer of October, as its definition says.
    expect(model.comparison?.current).toMatchObject({ orders: 5, buyers: 4, repeatRate: 0.5 });
    expect(model.definitions.find((d) => d.term === 'owner')?.text).toMatch(owner);
    expect(model.definitions.find((d) => d.term === 'repeat-purchase-rate')?.text).toMatch(sameDay);
    const ownersSection = markdown.slice(markdown.indexOf(`## ${language === 'zh' ? '负责人' : 'Owners'}`));
    expect(ownersSection.slice(0, ownersSection.indexOf('|'))).toMatch(owner);
  });
});

describe('top customers of a 建材 dealer: one new this year, one back after two quiet years', () => {
  // Today 2026-11-05. KH01 first bought in 2023 and came back in 2026; KH02's first order ever
  // is of 2026; KH03 bought in both years.
  const customers = table(
    ['客户编号', '公司', '电话', '负责人'],
    [
      ['KH01', '苏州某某装饰工程有限公司', '0512-66001234', '王磊'],
      ['KH02', '无锡某某建材有限公司', '0510-82001234', '王磊'],
      ['KH03', '常州某某家居有限公司', '0519-86001234', '陈静'],
    ],
  );
  const orders = table(
    ['客户编号', '订单日期', '订单金额'],
    [
      ['KH01', '2023-05-10', 40000],
      ['KH01', '2026-06-18', 60000],
      ['KH02', '2026-03-02', 50000],
      ['KH03', '2025-04-01', 20000],
      ['KH03', '2026-04-01', 21000],
    ],
  );

  it.each([
    ['zh', ['回流', '新增', '持平']],
    ['en', ['Came back', 'New', 'Flat']],
  ] as const)('tells in %s the customer who came back from the new one', (language, labels) => {
    const { model, markdown } = report(customers, orders, '2026-11-05', language);
    expect(model.topCustomers.map((c) => [c.id, c.revenueLast12, c.revenuePrior12, c.trend])).toEqual([
      ['KH01', 60000, 0, 'returned'],
      ['KH02', 50000, 0, 'new'],
      ['KH03', 21000, 20000, 'flat'],
    ]);
    const top = markdown.slice(markdown.indexOf(language === 'zh' ? '## 销售额最高' : '## Top 3'));
    const rows = top
      .slice(0, top.indexOf('\n## '))
      .split('\n')
      .filter((l) => l.includes('KH0'));
    expect(rows.map((l) => l.split(' | ').at(-1)?.replace(/ \|$/, ''))).toEqual(labels);
  });
});

describe('a 美容院 member table whose 推荐意愿 column holds 11, 9分 and 推荐', () => {
  const customers = table(
    ['会员编号', '姓名', '手机', '推荐意愿'],
    [
      ['M001', '王丽', '13900001111', '10'],
      ['M002', '陈红', '13900002222', '9分'],
      ['M003', '赵敏', '13900003333', '7'],
      ['M004', '刘芳', '13900004444', '3'],
      ['M005', '孙悦', '13900005555', '11'],
      ['M006', '周婷', '13900006666', '推荐'],
      ['M007', '吴倩', '13900007777', ''],
    ],
  );
  const orders = table(['会员编号', '日期', '金额'], [['M001', '2026-10-08', 388]]);

  it.each([
    [
      'zh',
      '| 净推荐值（NPS） | 25 | 4 位客户作答：推荐者 2、中立者 1、贬损者 1（Reichheld 2003）；另有 2 个答案不是 0–10 的整数评分',
    ],
    [
      'en',
      '| Net Promoter Score | 25 | 4 answers: 2 promoters, 1 passive, 1 detractor (Reichheld 2003); 2 more answers are not a whole score 0–10',
    ],
  ] as const)('counts 10 and 9分, and says in %s that 11 and 推荐 were left out', (language, row) => {
    const { model, markdown } = report(customers, orders, '2026-11-05', language);
    expect(model.loyalty).toMatchObject({
      nps: 25,
      npsResponses: 4,
      npsColumn: '推荐意愿',
      npsUnreadable: 2,
    });
    expect(markdown).toContain(row);
  });

  it.each([
    ['zh', '“推荐意愿”列没有 0–10 的整数评分（2 个答案无法识别'],
    ['en', 'The “推荐意愿” column holds no whole score 0–10 (2 unreadable'],
  ] as const)(
    'does not say in %s that the column is missing when none of its answers can be read',
    (language, text) => {
      const unread = table(
        customers.header,
        customers.rows.map((r) => (r[0] === 'M005' || r[0] === 'M006' ? r : [...r.slice(0, 3), ''])),
      );
      const { model, markdown, sheetText } = report(unread, orders, '2026-11-05', language);
      expect(model.loyalty.nps).toBeNull();
      expect(markdown).toContain(text);
      expect(sheetText).toContain(text);
    },
  );
});

describe('a three-customer ledger in English, with one refund and one order so far this month', () => {
  const customers = table(
    ['Customer ID', 'Name', 'Email', 'Owner', 'Likelihood to recommend'],
    [
      ['T1', 'Ann Lee', 'ann@example.com', 'Sam', '9'],
      ['T2', 'Bo Chan', 'bo@example.com', 'Sam', '7'],
      ['T3', 'Cy Ho', 'cy@example.com', '', '2'],
    ],
  );
  const orders = table(
    ['Customer ID', 'Date', 'Amount'],
    [
      ['T1', '2026-11-05', 100],
      ['T1', '2026-11-20', 50],
      ['T2', '2024-03-01', 200],
      ['T2', '2026-11-11', -30],
      ['T3', '2026-12-01', 80],
    ],
  );

  it('words one refund, one order and one answer of each kind in the singular', () => {
    const { markdown } = report(customers, orders, '2026-12-03', 'en');
    expect(markdown).toContain('1 refund in the period returned 30.00, taken off revenue.');
    expect(markdown).toContain('revenue so far 80.00, 1 order.');
    expect(markdown).toContain('3 answers: 1 promoter, 1 passive, 1 detractor (Reichheld 2003)');
    expect(markdown).not.toMatch(/\b1 (refunds|orders|answers|promoters|passives|detractors|tasks)\b/);
  });

  it.each([
    [
      'zh',
      '3 位购买客户中消费额最高的 1 位（前 20%，向上取整）贡献了 42.5% 的销售额。',
      '| 3 位购买客户中消费额最高的 1 位（20%，向上取整）占销售额的比例 |',
    ],
    [
      'en',
      'The top 20 % of the 3 buyers, rounded up to 1 customer, account for 42.5% of revenue.',
      '| share of revenue from the 1 biggest spender of 3 buyers (20 %, rounded up) |',
    ],
  ] as const)('says in %s that the top 20 % of three buyers is one of three', (language, highlight, note) => {
    const { model, markdown } = report(customers, orders, '2026-12-03', language);
    expect(model.kpis).toMatchObject({ buyers: 3, top20Customers: 1, revenue: 400 });
    expect(model.kpis.top20RevenueShare).toBeCloseTo(170 / 400, 12);
    expect(markdown).toContain(`- ${highlight}`);
    expect(markdown).toContain(note);
  });
});

describe('a 美容院 ledger with member-card top-ups (充值) next to what the card paid for', () => {
  // 王丽 put 5,000 on her card and had three treatments of 388 paid from it; 陈红 paid cash.
  const customers = table(
    ['会员编号', '姓名', '手机', '负责人'],
    [
      ['M001', '王丽', '13900001111', '李美'],
      ['M002', '陈红', '13900002222', '张婷'],
    ],
  );
  const orders = (typed: boolean) =>
    table(
      ['会员编号', '日期', '金额', '订单类型'],
      [
        ['M001', '2026-09-01', 5000, '充值'],
        ['M001', '2026-09-01', 388, typed ? '消费' : ''],
        ['M001', '2026-10-08', 388, typed ? '消费' : ''],
        ['M001', '2026-10-29', 388, typed ? '消费' : ''],
        ['M002', '2026-10-15', 598, typed ? '消费' : ''],
        ['M002', '2026-10-20', 598, '退款'],
      ],
    );

  it.each([
    ['zh', '金额须先核对', '订单表有 1 行是充值（合计 5,000）：那是存进会员卡的钱'],
    [
      'en',
      'Check the amounts first',
      '1 row of the orders table is a top-up (5,000 in all): money put on a member card',
    ],
  ] as const)(
    'leaves the top-up out where the lines say 消费, what the card paid for, and says so in %s',
    (language, label, note) => {
      const { model, markdown, html } = report(customers, orders(true), '2026-11-05', language);
      // The three treatments and 陈红's, refunded: the card's 5,000 is not counted again.
      expect(model.kpis.revenue).toBe(3 * 388);
      expect(model.kpis.orders).toBe(4);
      expect(model.moneyNotes).toEqual([expect.stringContaining(note)]);
      expect(markdown).toContain(`> **${label}**: ${note}`);
      expect(html).toContain(note);
    },
  );

  it.each([
    ['zh', '订单表有 1 行是充值（合计 5,000），和消费一样计入了销售额'],
    ['en', '1 row of the orders table is a top-up (5,000 in all), counted in revenue'],
  ] as const)(
    'counts the top-up as the ledger has it where no line says what it is, and says in %s that it may be counted twice',
    (language, note) => {
      const { model } = report(customers, orders(false), '2026-11-05', language);
      expect(model.kpis.revenue).toBe(5000 + 3 * 388);
      expect(model.kpis.orders).toBe(5);
      expect(model.moneyNotes).toEqual([expect.stringContaining(note)]);
    },
  );
});

describe('a studio’s sales export with a gift card sold, and the class pack it paid for', () => {
  const customers = table(
    ['Member #', 'First name', 'Last name', 'Email'],
    [
      [1011, 'Jasmine', 'Li', 'jasmineli88@gmail.com'],
      [1019, 'Emma', 'Walsh', 'emma.walsh@gmail.com'],
    ],
  );
  const orders = table(
    ['Date', 'Client ID', 'Item', 'Subtotal', 'HST', 'Total', 'Status'],
    [
      ['2026-10-01', 1011, 'Monthly Unlimited', '160.00', '20.80', '180.80', 'Paid'],
      ['2026-10-05', 1011, 'Gift Card ($100)', '100.00', '0.00', '100.00', 'Paid'],
      ['2026-10-06', 1019, '10 Class Pack', '200.00', '26.00', '226.00', 'Paid'],
    ],
  );

  it.each([
    ['zh', '订单表有 1 行是售出的礼品卡（合计 100）'],
    ['en', '1 row of the orders table is a gift card sold (100 in all)'],
  ] as const)('counts the class pack, not the card, before HST, and says so in %s', (language, note) => {
    const { model, markdown } = report(customers, orders, '2026-11-05', language);
    expect(model.kpis.revenue).toBe(160 + 200);
    expect(model.kpis.orders).toBe(2);
    expect(model.moneyNotes).toEqual([expect.stringContaining(note)]);
    expect(markdown).toContain(note);
  });
});

describe('a 淘宝 shop whose orders export marks two orders 部分退款 and has no 退款金额 column', () => {
  // 张伟 bought for 300, got part of it back, and bought again for 120; 李娜 bought once, for
  // 200, and got part of that back. How much went back is written nowhere in the table.
  const customers = table(
    ['客户编号', '姓名', '手机'],
    [
      ['C1', '张伟', '13900001111'],
      ['C2', '李娜', '13900002222'],
    ],
  );
  const orders = table(
    ['客户编号', '订单日期', '实付金额', '订单状态'],
    [
      ['C1', '2026-10-03', 300, '部分退款'],
      ['C1', '2026-10-21', 120, '交易成功'],
      ['C2', '2026-10-09', 200, '部分退款'],
    ],
  );

  it.each([
    ['zh', '2 笔订单的状态是部分退款，但订单表没有退款金额列'],
    ['en', '2 orders are marked partially refunded, but the orders table has no refunded-amount column'],
  ] as const)(
    'counts each order whole, as a purchase, and says in %s what is not known',
    (language, note) => {
      const { model, markdown } = report(customers, orders, '2026-11-05', language);
      // Never a refund of the whole order: that would take money off that the shop kept.
      expect(model.kpis.revenue).toBe(300 + 120 + 200);
      expect(model.kpis.orders).toBe(3);
      expect(model.moneyNotes).toEqual([expect.stringContaining(note)]);
      expect(markdown).toContain(note);
    },
  );
});
