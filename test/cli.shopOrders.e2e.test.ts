// Online shops' order exports name the buyer by email (Shopify, WooCommerce) or by mobile (淘宝),
// not by a customer id. The built `crm` matches such orders to the customers by that column, the
// same whether the orders file is read on the main thread or in the worker (CRM_ORDERS_THREAD).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm, systemLocale } from './support/crm.ts';

const SHOPS = join(import.meta.dirname, 'fixtures', 'shops');
const TODAY = '2025-01-15';
type Thread = 'main' | 'worker';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-shop-orders-'));
  // A customer list kept by hand: names and cities, neither email nor phone.
  await writeFile(join(dir, 'names.csv'), 'Customer ID,Name,City\r\nC1,Emily Chen,San Francisco\r\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface ClassifiedCustomer {
  id: string | null;
  name: string | null;
  f: number | null;
  m: number | null;
  segment: string;
  recencyDays?: number;
  frequency: number;
  monetary: number;
}

interface Classified {
  customers: ClassifiedCustomer[];
  issues: { row: number; column: string; value: string; kind: string; table: string }[];
  notes: string[];
}

function classify(customers: string, orders: string, thread: Thread, language: 'zh' | 'en' = 'en') {
  const args = ['classify', '--in', customers, '--orders', orders, '--today', TODAY, '--json'];
  return runCrm([...args, '--lang', language, '--no-clv'], {
    cwd: SHOPS,
    env: { ...systemLocale('en_US.UTF-8'), CRM_ORDERS_THREAD: thread },
  });
}

/** The classification of a run that must succeed, the same on either thread. */
function classified(customers: string, orders: string, language: 'zh' | 'en' = 'en'): Classified {
  const main = classify(customers, orders, 'main', language);
  expect(main.status, main.stderr).toBe(0);
  expect(classify(customers, orders, 'worker', language)).toEqual(main);
  return JSON.parse(main.stdout) as Classified;
}

const figures = (c: ClassifiedCustomer) => ({
  f: c.f,
  m: c.m,
  frequency: c.frequency,
  monetary: c.monetary,
  recencyDays: c.recencyDays,
  segment: c.segment,
});

describe('crm classify with a Shopify orders export', () => {
  it('gives the buyers F and M from the orders their email names, in any case', () => {
    const result = classified('shopify_customers.csv', 'shopify_orders.csv');
    const byId = new Map(result.customers.map((c) => [c.id, figures(c)]));
    // Emily: #1001, #1002 (her email written Emily.Chen@Example.com; its second item on a line of
    // its own, without total or status), #1004.
    expect(byId.get('7012345678901')).toEqual({
      f: 5,
      m: 5,
      frequency: 3,
      monetary: 312.4,
      recencyDays: 117,
      segment: 'loyal-customers',
    });
    // Aiko: two paid orders.
    expect(byId.get('7012345678905')).toMatchObject({ f: 4, m: 4, frequency: 2, monetary: 250 });
    // Lucas, whose customer row writes Lucas.Martin@Example.fr: ordered 2024-12-24 23:30 -0800,
    // the day as written (in UTC it was already the 25th): 22 days before 2025-01-15.
    expect(byId.get('7012345678904')).toMatchObject({
      f: 2,
      m: 3,
      frequency: 1,
      monetary: 60,
      recencyDays: 22,
    });
    // Wei's only order was refunded whole: Shopify writes the order once, paid, with its Refunded
    // Amount beside it. A purchase and a refund of 89, as a ledger writes them in two rows: he
    // bought once, and his spend is 0 (not -89, which would take his money off twice).
    expect(byId.get('7012345678902')).toMatchObject({ f: 2, m: 2, frequency: 1, monetary: 0 });
    // Olivia's only order was voided: left out, as a cancelled order is.
    expect(byId.get('7012345678903')).toMatchObject({
      f: null,
      frequency: 0,
      monetary: 0,
      segment: 'prospect',
    });
    expect(result.notes).toContain('1 refund (89) is taken off revenue; net revenue 657.4.');
    expect(result.notes).toContain('1 cancelled or void order left out.');
    // A guest checkout's email is no customer's: said, at its order's row, naming the column.
    expect(result.issues).toEqual([
      expect.objectContaining({
        row: 11,
        column: 'Email',
        value: 'guest.buyer@example.org',
        kind: 'unknown-customer',
        table: 'orders',
      }),
    ]);
  });

  it.each([
    [
      'en',
      'The orders table "shopify_orders.csv" has no customer ID column, so its orders are matched to customers by the column "Email" (email); the customer table "names.csv" needs that column too',
    ],
    [
      'zh',
      '订单表“shopify_orders.csv”没有客户编号列，按“Email”列（邮箱）对应客户；客户表“names.csv”也需要这一列',
    ],
  ] as const)('says the customers need an email column when they have none (%s)', (language, message) => {
    for (const thread of ['main', 'worker'] as const) {
      const result = classify(join(dir, 'names.csv'), 'shopify_orders.csv', thread, language);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
    }
  });
});

describe('crm classify with a 淘宝 orders export', () => {
  it('gives the buyers F and M from the orders their mobile names, however it is written', () => {
    const result = classified('taobao_customers.csv', 'taobao_orders.csv', 'zh');
    const byName = new Map(result.customers.map((c) => [c.name, figures(c)]));
    // 张伟's +86 138 0013 8000 is the orders' '13800138000 and 138 0013 8000.
    expect(byName.get('张伟')).toEqual({
      f: 5,
      m: 5,
      frequency: 2,
      monetary: 258.9,
      recencyDays: 3,
      segment: 'champions',
    });
    // 李娜's second order was 交易关闭 (closed unpaid): left out.
    expect(byName.get('李娜')).toMatchObject({ f: 2, m: 4, frequency: 1, monetary: 98, recencyDays: 106 });
    // 王芳's second order was refunded (退款成功): a refund, her spend back to 0.
    expect(byName.get('王芳')).toMatchObject({ frequency: 1, monetary: 0 });
    expect(byName.get('赵敏')).toMatchObject({ f: null, frequency: 0, segment: 'prospect' });
    expect(result.notes).toContain('1 笔已取消或作废的订单未计入。');
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 8, column: '联系手机', value: '18600001234', kind: 'unknown-customer' }),
    ]);
  });
});

describe('orders whose buyers are masked, as shop platforms export them', () => {
  /** A copy of a fixture in the test's folder, its CSV columns kept where `keep` says so. */
  const copied = async (file: string, name: string, keep: (header: string) => boolean) => {
    const lines = (await readFile(join(SHOPS, file), 'utf8')).split('\n');
    const kept = (lines[0] ?? '').split(',').map((header) => keep(header));
    // The fixtures' cells hold no commas or quotes: a line splits at each comma.
    const text = lines.map((line) =>
      line === ''
        ? line
        : line
            .split(',')
            .filter((_, i) => kept[i])
            .join(','),
    );
    await writeFile(join(dir, name), text.join('\n'));
    return join(dir, name);
  };

  it('leaves such orders out and says to add the 旺旺号 column when the customer table has none', async () => {
    // The seller's list without its 旺旺号 column: only the masked number could match.
    const customers = await copied('taobao_seller_customers.csv', 'ids_only.csv', (h) => h !== '旺旺号');
    for (const language of ['zh', 'en'] as const) {
      const result = classified(customers, 'taobao_masked_orders.csv', language);
      // 张伟 and 王芳 both show as 138****8000: no customer gets an order.
      expect(result.customers.map((c) => c.frequency)).toEqual([0, 0, 0, 0]);
      const note = result.notes.find((n) => n.includes('138****8000'));
      expect(note).toBe(
        language === 'zh'
          ? '4 笔订单的买家只有打码的“联系手机”（如“138****8000”），分不出是哪位客户，未计入：平台导出时隐藏了部分字符，不同买家打码后可能一模一样。订单表的“买家会员名”能区分买家，但客户表没有与之对应的平台账号列：请在客户表加一列“旺旺号”（或“平台账号”），填上每位客户的买家会员名，再运行，订单就会按它对应到客户（客户表原有的客户编号列不用改）。客户表已有记录买家账号的列、只是表头不同的话，把表头改为“旺旺号”，或在列名映射中写“该列表头 = platformAccount”（命令行：配置的 headerOverrides.customers）。'
          : '4 orders name their buyer only by a masked "联系手机" (such as "138****8000"), which cannot tell one customer from another, so they were left out: the platform hid part of each value when exporting, and different buyers\' masked values can be the same. The orders\' "买家会员名" tells buyers apart, but the customer table has no platform-account column to match it: add a column headed "Platform account" (or 旺旺号) to the customer table, holding each customer\'s 买家会员名, and run again; the orders are then matched by it (the customer table\'s own customer ID column stays as it is). If the customer table already records the buyers\' accounts under another header, head that column "Platform account", or map it with "that header = platformAccount" in the column mapping (the CLI: headerOverrides.customers in the configuration).',
      );
    }
  });

  it('gives every customer their orders by the 旺旺号 column the note asks for, their ids kept', () => {
    // The seller's own ids (C001…) beside each buyer's 旺旺号; the orders' 联系手机 is masked.
    // On the worker thread too, whose reading begun before the customer table was read chose
    // the masked number and is read again.
    const result = classified('taobao_seller_customers.csv', 'taobao_masked_orders.csv', 'zh');
    const byName = new Map(result.customers.map((c) => [c.name, c]));
    expect(result.customers.map((c) => c.id)).toEqual(['C001', 'C002', 'C003', 'C004']);
    expect(byName.get('张伟')).toMatchObject({ frequency: 2, monetary: 258.9 });
    // 李娜's second order was 交易关闭, 王芳's second not paid for yet.
    expect(byName.get('李娜')).toMatchObject({ frequency: 1, monetary: 98 });
    expect(byName.get('王芳')).toMatchObject({ frequency: 1, monetary: 45 });
    expect(byName.get('赵敏')).toMatchObject({ frequency: 0 });
    expect(result.notes.some((note) => note.includes('打码'))).toBe(false);
    expect(result.issues.filter((issue) => issue.kind === 'unknown-customer')).toEqual([]);
  });

  it('still matches orders named by their account alone to a customer table whose ids are the accounts', async () => {
    // A list that keeps no account column but uses each buyer's 旺旺号 as its customer id, and an
    // export with the buyer's account and no number: the accounts are compared with the ids.
    const customers = await copied('taobao_wangwang_customers.csv', 'account_ids.csv', () => true);
    await writeFile(customers, (await readFile(customers, 'utf8')).replace('旺旺号', '客户编号'));
    const orders = await copied(
      'taobao_masked_orders.csv',
      'accounts_only.csv',
      (h) => !h.startsWith('联系'),
    );
    const result = classified(customers, orders, 'en');
    const byName = new Map(result.customers.map((c) => [c.name, c]));
    expect(byName.get('张伟')).toMatchObject({ id: 'tb_zhangwei', frequency: 2, monetary: 258.9 });
    expect(byName.get('李娜')).toMatchObject({ frequency: 1, monetary: 98 });
    expect(byName.get('王芳')).toMatchObject({ frequency: 1, monetary: 45 });
    expect(byName.get('赵敏')).toMatchObject({ frequency: 0 });
  });

  it('crm clv tells the buyers apart by their account, and refuses orders with nothing but masked numbers', () => {
    const clv = (orders: string, language: 'zh' | 'en') =>
      runCrm(['clv', '--orders', orders, '--calibration-end', TODAY, '--lang', language], {
        cwd: SHOPS,
        env: systemLocale('en_US.UTF-8'),
      });
    // Three buyers, one of whom came back: too few to fit, and said so with the right count.
    const taobao = clv('taobao_masked_orders.csv', 'en');
    expect(taobao.status).toBe(3);
    expect(taobao.stderr).toMatch(/only 1 of 3 customers/i);
    for (const [orders, column, example] of [
      ['pdd_orders.csv', '手机', '138****5678'],
      ['douyin_orders.csv', '收件人手机号', '137****8888'],
    ] as const) {
      const zh = clv(orders, 'zh');
      expect(zh.status).toBe(3);
      expect(zh.stderr).toContain(`的买家只有打码的“${column}”（如“${example}”），分不出是哪位客户，未计入`);
      const en = clv(orders, 'en');
      expect(en.status).toBe(3);
      expect(en.stderr).toContain(`only by a masked "${column}" (such as "${example}")`);
    }
  });
});
