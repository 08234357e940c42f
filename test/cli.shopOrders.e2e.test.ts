// Online shops' order exports name the buyer by email (Shopify, WooCommerce) or by mobile (淘宝),
// not by a customer id. The built `crm` matches such orders to the customers by that column, the
// same whether the orders file is read on the main thread or in the worker (CRM_ORDERS_THREAD).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
