import type { OrderColumns } from '../table/orderColumns.ts';
import type { OrderCounts } from '../table/readOrdersTable.ts';

/** What the orders table held, so figures can say what they include: net of refunds, no cancellations. */
export interface OrderSummary {
  /** Purchase rows read (refunds and cancelled orders not included). */
  purchases: number;
  /** Sum of the purchases before refunds. */
  grossRevenue: number;
  /** Refund rows (negative amounts, or a 退款/Refund status) and the money they returned. */
  refunds: number;
  refundTotal: number;
  /** grossRevenue − refundTotal. */
  netRevenue: number;
  /** Orders marked cancelled or void, left out of every figure. */
  cancelled: number;
  /** Orders not paid for yet (等待买家付款, Pending payment), left out of every figure. */
  unpaid: number;
  /** A pipeline's deals not won yet (Lead, Proposal) and deals lost: no sales, left out of every figure. */
  openDeals: number;
  lostDeals: number;
}

/** What the orders reader left out by status (OrderCounts). */
type LeftOut = Pick<OrderCounts, 'cancelled' | 'unpaid' | 'openDeals' | 'lostDeals'>;

/** The summary of the orders read; amounts rounded to cents. */
export function summarizeOrders(orders: OrderColumns, leftOut: LeftOut): OrderSummary {
  let purchases = 0;
  let gross = 0;
  let refunds = 0;
  let refunded = 0;
  for (let k = 0; k < orders.length; k++) {
    const amount = orders.amount[k] as number;
    if (amount < 0) {
      refunds++;
      refunded -= amount;
    } else {
      purchases++;
      gross += amount;
    }
  }
  const cents = (x: number) => Math.round(x * 100) / 100;
  return {
    purchases,
    grossRevenue: cents(gross),
    refunds,
    refundTotal: cents(refunded),
    netRevenue: cents(gross - refunded),
    cancelled: leftOut.cancelled,
    unpaid: leftOut.unpaid,
    openDeals: leftOut.openDeals,
    lostDeals: leftOut.lostDeals,
  };
}
