import { normalizeText } from '../parse/cellToText.ts';

/** What an order's status cell says about it, when it says anything that changes its figures. */
export type OrderStatusKind = 'cancelled' | 'refund';

/** 取消 / 作废 / 退单 / Cancelled / Void …: the order never happened; it is left out and counted. */
const CANCELLED =
  /^(?:已?取消|订单取消|作废|已作废|退单|已退单|无效|关闭|已关闭|cancel+ed|canceled|void(?:ed)?|invalid|closed)$/i;

/** 退款 / 退货 / Refund / Returned: money went back; the amount counts against revenue. */
const REFUND = /^(?:已?退款|退货退款|已?退货|部分退款|refund(?:ed)?|return(?:ed)?|chargeback)$/i;

/** The kind of an order status cell, or null for an ordinary (paid, shipped, done …) order. */
export function orderStatusKind(text: string | null): OrderStatusKind | null {
  if (text === null) return null;
  const status = normalizeText(text);
  if (CANCELLED.test(status)) return 'cancelled';
  if (REFUND.test(status)) return 'refund';
  return null;
}
