import { describe, expect, it } from 'vitest';
import { orderStatusKind } from './orderStatus.ts';

describe('orderStatusKind', () => {
  it.each<[string | null, ReturnType<typeof orderStatusKind>]>([
    [null, null],
    ['已完成', null],
    ['已发货', null],
    ['Paid', null],
    ['Shipped', null],
    // A finished sale in English sales systems (Closed Won, a closed sales order).
    ['Closed', null],
    ['Closed Won', null],
    ['Open', null],
    ['已取消', 'cancelled'],
    ['取消', 'cancelled'],
    ['作废', 'cancelled'],
    ['交易关闭', 'cancelled'],
    ['已关闭', 'cancelled'],
    ['Cancelled', 'cancelled'],
    ['canceled', 'cancelled'],
    ['VOID', 'cancelled'],
    ['Closed Lost', 'cancelled'],
    ['退款', 'refund'],
    ['已退货', 'refund'],
    // Traditional characters.
    ['作廢', 'cancelled'],
    ['已作廢', 'cancelled'],
    ['交易關閉', 'cancelled'],
    ['無效', 'cancelled'],
    ['退貨', 'refund'],
    ['已出貨', null],
    // Online shops' words: Shopee's 不成立 (the order never went through), 退貨/退款.
    ['不成立', 'cancelled'],
    ['訂單不成立', 'cancelled'],
    ['退貨/退款', 'refund'],
    ['退货／退款', 'refund'],
    ['成立', null],
    // Money put on a member card: read as an order, counted so the report can say so.
    ['充值', 'top-up'],
    ['会员充值', 'top-up'],
    ['儲值', 'top-up'],
    ['预存款', 'top-up'],
    ['Top-up', 'top-up'],
    ['top up', 'top-up'],
    ['消费', null],
    ['划卡', null],
    // Written in both languages, as Hong Kong sheets do: both halves must say it.
    ['Cancelled 已取消', 'cancelled'],
    ['Credit Note 退款', 'refund'],
    ['Paid 已付', null],
    ['Cancelled 退款', null],
    ['退款成功', 'refund'],
    ['Refunded', 'refund'],
    ['Credit memo', 'refund'],
    ['Credit Note', 'refund'],
    // Online shops' order exports in English: Shopify's Financial Status, WooCommerce's Order
    // Status. An order not paid yet (pending, on-hold) brought no money in: left out, counted.
    ['paid', null],
    ['partially_refunded', null],
    ['pending', 'unpaid'],
    ['Pending payment', 'unpaid'],
    ['awaiting payment', 'unpaid'],
    ['Unpaid', 'unpaid'],
    ['authorized', null],
    ['refunded', 'refund'],
    ['voided', 'cancelled'],
    ['completed', null],
    ['processing', null],
    ['on-hold', 'unpaid'],
    ['On hold', 'unpaid'],
    ['cancelled', 'cancelled'],
    ['failed', 'cancelled'],
    ['卖家已发货，等待买家确认', null],
    ['交易成功', null],
    ['等待买家付款', 'unpaid'],
    ['待付款', 'unpaid'],
    ['未付款', 'unpaid'],
    ['待支付', 'unpaid'],
    ['Pending 待付款', 'unpaid'],
    // Words inside a longer status say nothing certain: the order counts as it is.
    ['取消部分商品后已发货', null],
  ])('%s → %s', (status, kind) => {
    expect(orderStatusKind(status)).toBe(kind);
  });
});
