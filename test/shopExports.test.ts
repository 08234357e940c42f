// Order exports as shop platforms write them (test/fixtures/shops): their headers, their
// statuses, and the buyer's contact masked (138****5678) as 拼多多, 抖店, 淘宝 and TikTok Shop
// export it. Read by the CLI's own file reader and the core's order reader, as `crm classify`
// (orders matched to a customer table) and `crm clv` (orders read alone) read them.
import { join } from 'node:path';
import {
  locateTables,
  maskedBuyersNote,
  type OrderBuyerField,
  readOrdersTable,
  resolveConfig,
  type SheetGrid,
} from '@crm/shared';
import { describe, expect, it } from 'vitest';
import { openWorkbookFile } from '../cli/src/files/openWorkbookFile.ts';
import { readTableFile } from '../cli/src/files/readTableFile.ts';

const SHOPS = join(import.meta.dirname, 'fixtures', 'shops');
const TODAY = '2025-01-15';

interface Reading {
  /** The column the buyers are named by. */
  buyer: OrderBuyerField;
  /** Orders read (refund rows included) and the distinct buyers they name. */
  orders: number;
  buyers: string[];
  /** Net revenue of the orders read. */
  net: number;
  cancelled: number;
  unpaid: number;
  masked: number;
}

interface Export {
  file: string;
  /** Read for `crm classify`: the buyer column matched to a customer table. */
  matched: Reading;
  /** Read for `crm clv`: the orders alone. */
  alone: Reading;
}

/** Both readings where they are the same (no buyer account beside a contact). */
const same = (reading: Reading) => ({ matched: reading, alone: reading });

const EXPORTS: Export[] = [
  {
    // No buyer id: the receiver's mobile, masked, is all there is. Two buyers share 138****5678's
    // pattern with nobody else here, yet none of the orders can be given to a customer.
    file: 'pdd_orders.csv',
    ...same({ buyer: 'mobile', orders: 0, buyers: [], net: 0, cancelled: 1, unpaid: 0, masked: 4 }),
  },
  {
    file: 'douyin_orders.csv',
    ...same({ buyer: 'mobile', orders: 0, buyers: [], net: 0, cancelled: 1, unpaid: 0, masked: 3 }),
  },
  {
    // 淘宝 since it stopped exporting buyers' numbers: 张** and 王* share 138****8000. Matched to
    // a customer table, the masked mobile is the buyer column and names no one; read alone, the
    // buyer's account (买家会员名) tells the three buyers apart.
    file: 'taobao_masked_orders.csv',
    matched: { buyer: 'mobile', orders: 0, buyers: [], net: 0, cancelled: 1, unpaid: 1, masked: 4 },
    alone: {
      buyer: 'buyerAccount',
      orders: 4,
      buyers: ['lina_1990', 'tb_zhangwei', 'wangfang_sh'],
      net: 401.9,
      cancelled: 1,
      unpaid: 1,
      masked: 0,
    },
  },
  {
    // An export with whole numbers: matched by the mobile (each as written; the customer table
    // takes them as one number); alone, by the account.
    file: 'taobao_orders.csv',
    matched: {
      buyer: 'mobile',
      orders: 6,
      buyers: ["'13800138000", '+86 137 0013 7000', '138 0013 8000', '13912345678', '18600001234'],
      net: 386.9,
      cancelled: 1,
      unpaid: 0,
      masked: 0,
    },
    alone: {
      buyer: 'buyerAccount',
      orders: 6,
      buyers: ['tb_guest', 'tb_lina', 'tb_wangfang', 'tb_zhangwei'],
      net: 386.9,
      cancelled: 1,
      unpaid: 0,
      masked: 0,
    },
  },
];

/**
 * Exports kept aside while the reader was tuned on those above, and read last: TikTok Shop (US
 * dates, its Buyer Username and masked Phone #), 1688 (a wholesale buyer's 买家会员名 beside a
 * masked 联系手机) and 有赞 (买家昵称; its 订单类型 before its 订单状态; 收货人手机号/提货人手机号).
 */
const HELD_OUT: Export[] = [
  {
    file: 'tiktok_orders.csv',
    matched: { buyer: 'phone', orders: 0, buyers: [], net: 0, cancelled: 1, unpaid: 0, masked: 4 },
    alone: {
      buyer: 'buyerAccount',
      // The refunded mug set is its purchase and its refund (Order Refund Amount).
      orders: 5,
      buyers: ['jsmith_22', 'maria.g', 'tommy_k'],
      net: 79.88,
      cancelled: 1,
      unpaid: 0,
      masked: 0,
    },
  },
  {
    file: '1688_orders.csv',
    matched: { buyer: 'mobile', orders: 0, buyers: [], net: 0, cancelled: 0, unpaid: 1, masked: 3 },
    alone: {
      buyer: 'buyerAccount',
      orders: 3,
      buyers: ['baijia_gz', 'chenguang2018'],
      net: 3760,
      cancelled: 0,
      unpaid: 1,
      masked: 0,
    },
  },
  {
    // Its receiver's number, one column for a parcel delivered or collected, is masked.
    file: 'youzan_orders.csv',
    matched: { buyer: 'mobile', orders: 0, buyers: [], net: 0, cancelled: 1, unpaid: 0, masked: 3 },
    alone: {
      buyer: 'buyerAccount',
      orders: 3,
      buyers: ['Lily_li', '咖啡控小王'],
      net: 385,
      cancelled: 1,
      unpaid: 0,
      masked: 0,
    },
  },
];

async function reading(file: string, alone: boolean, accounts = false): Promise<Reading> {
  const table = await readTableFile(join(SHOPS, file), { role: 'orders' });
  const read = readOrdersTable(table, resolveConfig({ language: 'zh' }), TODAY, { alone, accounts });
  const net = read.orders.reduce((sum, order) => sum + order.amount, 0);
  return {
    buyer: read.buyer,
    orders: read.orders.length,
    buyers: [...new Set(read.orders.map((order) => order.customerId))].sort(),
    net: Math.round(net * 100) / 100,
    cancelled: read.counts.cancelled,
    unpaid: read.counts.unpaid,
    masked: read.counts.maskedBuyers,
  };
}

describe('shop platforms’ order exports', () => {
  it.each(EXPORTS)('reads $file matched to customers', async ({ file, matched }) => {
    expect(await reading(file, false)).toEqual(matched);
  });

  it.each(EXPORTS)('reads $file alone', async ({ file, alone }) => {
    expect(await reading(file, true)).toEqual(alone);
  });

  it.each(HELD_OUT)(
    'reads the held-out $file matched to customers and alone',
    async ({ file, matched, alone }) => {
      expect(await reading(file, false)).toEqual(matched);
      expect(await reading(file, true)).toEqual(alone);
    },
  );

  // A customer table that records each buyer's platform account (旺旺号) is matched by the
  // orders' account as orders read alone are told apart by it: before the masked numbers.
  it.each([...EXPORTS, ...HELD_OUT])(
    'reads $file matched to customers with platform accounts as it reads it alone',
    async ({ file, alone }) => {
      expect(await reading(file, false, true)).toEqual(alone);
    },
  );

  it.each([...EXPORTS, ...HELD_OUT])(
    'takes $file for the orders in a workbook, before or after the customers’ sheet',
    async ({ file }) => {
      const sheet = async (name: string, path: string): Promise<SheetGrid> => ({
        ...((await openWorkbookFile(join(SHOPS, path))).sheets[0] as SheetGrid),
        name,
      });
      // Imported as it came, under a name that says nothing of orders.
      const orders = await sheet('导出数据', file);
      const config = resolveConfig({});
      // The customers' 旺旺号 is a customer field, as the orders' 买家会员名 would be: still the
      // export is taken for the orders, beside a list with or without the shop's own ids.
      for (const list of ['taobao_wangwang_customers.csv', 'taobao_seller_customers.csv']) {
        const customers = await sheet('客户', list);
        for (const sheets of [
          [customers, orders],
          [orders, customers],
        ]) {
          const located = locateTables(sheets, { headerOverrides: config.headerOverrides });
          expect([located.customers.sheet, located.orders?.sheet], list).toEqual(['客户', '导出数据']);
        }
      }
    },
  );

  it('leaves out orders whose buyer account is itself masked, and says to export it unmasked', () => {
    // Some 淘宝 exports mask the buyer's account too: t**8 could be any of several buyers.
    const table = {
      header: ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '联系手机', '订单创建时间'],
      rows: [
        ['3001', 't**8', '199.00', '交易成功', '138****8000', '2024-11-11 00:01:02'],
        ['3002', 'l**0', '98.00', '交易成功', '139****5678', '2024-10-01 09:00:00'],
        ['3003', 'tb_zhangwei', '59.90', '交易成功', '138****8000', '2025-01-12 20:15:44'],
      ],
    };
    const read = readOrdersTable(table, resolveConfig({}), TODAY, { alone: true });
    expect(read.orders.map((order) => order.customerId)).toEqual(['tb_zhangwei']);
    expect(maskedBuyersNote(read, 'zh')).toBe(
      '2 笔订单的买家只有打码的“买家会员名”（如“t**8”），分不出是哪位客户，未计入：平台导出时隐藏了部分字符，不同买家打码后可能一模一样。请导出带客户编号、完整号码或未打码的买家账号（如“买家会员名”）的订单表后再运行。',
    );
    expect(maskedBuyersNote(read, 'en')).toBe(
      '2 orders name their buyer only by a masked "买家会员名" (such as "t**8"), which cannot tell one customer from another, so they were left out: the platform hid part of each value when exporting, and different buyers\' masked values can be the same. Export the orders with a customer ID, the whole numbers, or an unmasked buyer account (such as "Buyer Username"), and run again.',
    );
  });
});
