import { normalizeText } from '../parse/cellToText.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { bilingualHalves } from './bilingualHalves.ts';

/** What an order's status cell says about it, when it says anything that changes its figures. */
export type OrderStatusKind = 'cancelled' | 'refund';

/**
 * 取消 / 作废 / 退单 / 交易关闭 / 不成立 (Shopee's order that never went through) / Cancelled /
 * Void …: the order never happened; it is left out and counted. A Chinese shop's 关闭 is a trade
 * that did not go through (淘宝's 交易关闭), while an English "Closed" order is a finished one
 * (Closed Won, a closed sales order), so only "Closed Lost" counts as cancelled in English.
 */
const CANCELLED =
  /^(?:已?取消|订单取消|作废|已作废|退单|已退单|无效|关闭|已关闭|交易关闭|交易失败|(?:订单)?不成立|未成立|cancel+ed|void(?:ed)?|invalid|declined|closed[\s-]*lost|lost)$/i;

/**
 * 退款 / 退货 / 退货/退款 / Refund / Returned / Credit memo: money went back; the amount counts
 * against revenue.
 */
const REFUND =
  /^(?:已?退款|退货[/／、]?退款|退款[/／、]?退货|已?退货|销退|销货退回|部分退款|退款成功|红冲|refund(?:ed)?|return(?:ed)?|chargeback|credit[\s-]*(?:memo|note))$/i;

/**
 * The kind of an order status cell, or null for an ordinary (paid, shipped, done …) order; read
 * with traditional characters folded (作廢, 退貨, 交易關閉).
 */
export function orderStatusKind(text: string | null): OrderStatusKind | null {
  if (text === null) return null;
  const status = foldTraditional(normalizeText(text));
  const kind = kindOfWord(status);
  if (kind !== null) return kind;
  // A status written in both languages (Cancelled 已取消) says it when both halves say it.
  const halves = bilingualHalves(status);
  if (halves === null) return null;
  const han = kindOfWord(halves.han);
  return han !== null && han === kindOfWord(halves.latin) ? han : null;
}

function kindOfWord(status: string): OrderStatusKind | null {
  if (CANCELLED.test(status)) return 'cancelled';
  if (REFUND.test(status)) return 'refund';
  return null;
}
