import { normalizeText } from '../parse/cellToText.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { bilingualHalves } from './bilingualHalves.ts';
import { normalizeHeader } from './normalizeHeader.ts';

/**
 * What an order's status cell says about it: cancelled, unpaid and refund change its figures;
 * partial-refund and top-up are counted (see PARTIAL_REFUND, TOP_UP); a deal not won yet (open)
 * or lost is no order at all (see OPEN_DEAL, LOST_DEAL).
 */
export type OrderStatusKind =
  | 'cancelled'
  | 'unpaid'
  | 'refund'
  | 'partial-refund'
  | 'returned'
  | 'top-up'
  | 'open-deal'
  | 'lost-deal';

/**
 * 取消 / 作废 / 撤销 (a till's line keyed in wrongly and struck out) / 退单 / 交易关闭 / 不成立 (Shopee's order that never
 * went through) / Cancelled / Void …: the order never happened; it is left out and counted. A Chinese shop's
 * 关闭 is a trade that did not go through (淘宝's 交易关闭), while an English "Closed" order is a finished one
 * (Closed Won, a closed sales order); a deal lost (Lost, Closed Lost) was never agreed, so it is no cancelled
 * order either (LOST_DEAL). A Swedish salon's booking called off (avbokad) and a Greek ticket void (ΑΚΥΡΟ,
 * ΑΚΥΡΩΘΗΚΕ) are cancelled too, and so are a Hungarian invoice struck out (sztornó, sztornózva), a Finnish
 * job called off (peruttu), a Norwegian or Danish job or invoice (kansellert, annullert), a Romanian one (anulată), a Slovenian or
 * Croatian invoice (storniran), a Slovak one (stornovaná), a Croatian booking (otkazano), a
 * Filipino delivery (kanselado), a Russian order (отменён), a Bulgarian invoice (анулирана,
 * сторно), a Ukrainian one (скасовано, анульовано), a Lithuanian one (anuliuota) and a Latvian one
 * (anulēts, atcelts). An appointment the customer did not come to
 * (No-show, DNA: did not attend, 爽约, uteblev) is no sale either; a no-show fee charged for it is a line of
 * its own; nor is a contract ended before it was carried out (已终止, 已解除). WooCommerce's "failed" is an order
 * whose payment failed: it never went through either. An invoice written off (a bad debt, 坏账: the client will
 * never pay) brought nothing in, and is left out the same way.
 */
const CANCELLED =
  /^(?:anulat[ăa]?|kansellert|annullert|annulleret|avbestilt|storniert|storno|storniran[oa]?|stornovan[áaéeý]|otkazan[oa]?|kanselado|kinansela|отмен[её]н[аоы]?|анулиран[аоие]?|сторно|скасован[оаі]?|анульован[оаі]?|anuliuot[aos]s?|anul[ēe]t[sa]|atcelt[sa]|сторнирана?|отменено|аннулирован[аоы]?|peruttu|peruutettu|mitätöity|sztorn[óo]|sztorn[óo]zva|sztorn[óo]zott|annulliert|geannuleerd|vervallen|cancelad[oa]s?|anulad[oa]s?|batal|dibatalkan|ยกเลิก|annul[ée]e?|annullat[oa]|cancellat[oa]|anulowan[aey]|anulowano|[iİ]ptal(?:\s+edildi)?|faltou|no\s+asisti[óo]|nicht\s+erschienen|avbokad|avbokat|avbokning|uteblev|uteblivet|makulerad|makulerat|ακυρο|άκυρο|ακυρωθηκε|ακυρώθηκε|ακυρωμενο|ακυρωμένο|ακύρωση|ακυρωση|tidak\s+datang|ไม่มา|已?取消|订单取消|作废|取消|취소|주문취소|취소완료|hủy|huỷ|đã hủy|đã huỷ|hủy đơn|已作废|已?撤销|退单|已退单|无效|关闭|已关闭|交易关闭|交易失败|(?:订单)?不成立|未成立|坏账|爽约|已?终止|已解除|解约|cancel+ed|void(?:ed)?|invalid|declined|failed|bounced|(?:cheque|check)\s+bounced|dishono(?:u)?red|written[\s-]*off|write[\s-]*off|bad[\s-]*debt|no[\s-]*show|did\s+not\s+attend|dna)$/i;

/**
 * 等待买家付款 / 待付款 / Pending payment / On hold …: an order placed and not paid for (淘宝's
 * 等待买家付款, Shopify's pending, WooCommerce's pending payment and on-hold). No money came in:
 * it is left out of the figures and counted, as a cancelled order is, until it is paid.
 */
const UNPAID =
  /^(?:等待买家付款|等待付款|待买家付款|待付款|未付款|待支付|未支付|pending|pending[\s-]*payment|awaiting[\s-]*payment|unpaid|on[\s-]*hold)$/i;

/**
 * 退款 / 退货 / 退货/退款 / Refund / Returned / Credit memo / återbetald / Επιστροφή χρημάτων /
 * helyesbítő számla (a Hungarian correcting invoice) / hyvityslasku (a Finnish one) / возврат /
 * dobropis (a Slovenian credit note) / odobrenje (a Croatian one) / кредитно известие (a Bulgarian one) /
 * повернення (a Ukrainian return) / kreditinė sąskaita (a Lithuanian credit note) / kredītrēķins (a
 * Latvian one):
 * money went back; the amount counts
 * against revenue. 拼多多 writes where the parcel was when it was refunded: 未发货，退款成功.
 */
const REFUND =
  /^(?:(?:未发货|已发货|已签收)[，,]\s*)?(?:gutschrift|nota\s+de\s+cr[ée]dito|devoluci[óo]n|reembols(?:o|ado)|estorno|estornado|devolu[çc][ãa]o|คืนเงิน|remboursement|rembours[ée]e?|avoir|rimbors(?:o|ato)|nota\s+di\s+credito|korekta|zwrot|[iİ]ade|retour|[åa]terbetal(?:d|t|ning)|επιστροφ[ήη](?:\s+χρημάτων|\s+χρηματων)?|πιστωτικό|πιστωτικο|helyesb[íi]t[őo]\s+sz[áa]mla|hyvityslasku|dobropis|odobrenje|hyvitys|hyvitetty|возврат|возврат денег|кредитно\s+известие|повернення|kreditin[ėe]\s+s[ąa]skaita|kred[īi]tr[ēe][ķk]ins|j[óo]v[áa][íi]r[óo]\s+sz[áa]mla|creditnota|creditfactuur|retur|已?退款|退货[/／、]?退款|退款[/／、]?退货|已?退货|销退|销货退回|退款成功|退货退款成功|红冲|환불|환불완료|반품|hoàn tiền|đã hoàn tiền|trả hàng|refund(?:ed)?|return(?:ed)?|chargeback|credit[\s-]*(?:memo|note))$/i;

/**
 * 退回 / 拒收 / 退件: the parcel came back (refused, or sent back whole) and the money went back
 * with it, written on the order's own row: the order is a purchase and a refund of all of it,
 * where a 退款 line of its own is the refund alone.
 */
const RETURNED = /^(?:已?退回|整单退回|已?拒收|被拒收|退件)$/;

/**
 * 部分退款 / Partially refunded (Shopify's partially_refunded): an order paid for, part of which
 * went back. The part is what a refunded-amount column (退款金额, Refunded Amount) says; without
 * one it is not known, and the order counts at its whole amount (never as a refund of all of it).
 */
const PARTIAL_REFUND =
  /^(?:部分退款|部分退款成功|部分退货|部分退货退款|partial(?:ly)?[\s_-]*(?:refund(?:ed)?|return(?:ed)?))$/i;

/**
 * 充值 / 储值 / 预存 / Top-up: money put on a member card (a 美容院's or a gym's ledger), to be
 * spent later. Where the ledger also writes what was bought (消费 lines: isConsumption), that is
 * where the card's money went, and a top-up is no sale: the orders reader leaves it out, counted.
 * Else it is read as an order like any other, since the ledger records nothing else of what the
 * card pays for; counted, so that the report can say so.
 */
const TOP_UP =
  /^(?:会员|会员卡|储值卡?|卡内)?(?:充值|储值|预存|预存款|充卡|卡充值|续费充值)$|^(?:top[\s-]*up|recharge|card[\s-]*top[\s-]*up|prepaid[\s-]*(?:card|top[\s-]*up))$/i;

/**
 * A sales pipeline's stages before a deal is won, as spreadsheet CRMs, Salesforce (Prospecting,
 * Qualification, Needs Analysis, Proposal/Price Quote, Negotiation/Review), HubSpot (Appointment
 * scheduled, Qualified to buy, Presentation scheduled, Decision maker bought-in, Contract sent)
 * and 销售易 or 纷享销客 (线索, 初步接洽, 需求确认, 方案报价, 商务谈判) name them: an offer, not a
 * sale, and so is a Norwegian or Danish tilbud, a Romanian ofertă, a Hungarian díjbekérő (a request for payment, invoiced
 * once paid) or árajánlat, a Slovenian
 * ponudba or predračun, a Croatian ponuda, a Slovak (cenová) ponuka, a Bulgarian оферта, a Russian КП
 * (коммерческое предложение), a Ukrainian комерційна пропозиція, a Lithuanian komercinis pasiūlymas, a Latvian cenu piedāvājums or a quote
 * a customer asked for and did not take (报价，没定). A deals table counts only its won deals
 * (Won, Closed Won, 赢单, 已成交), which read as ordinary orders; open ones are left out and
 * counted apart from cancelled orders.
 */
const OPEN_DEAL =
  /^(?:ofert[ăa]|tilbud|cotizaci[óo]n|presupuesto|angebot|kostenvoranschlag|penawaran|devis|or[çc]amento|preventivo|oferta|teklif|proforma|offerte|d[íi]jbek[ée]r[őo]|[áa]raj[áa]nlat|tarjous|ponudba|ponuda|(?:cenov[áa]\s+)?ponuka|predra[čc]un|кп|коммерческое предложение|оферта|(?:комерційна\s+)?пропозиція|(?:komercinis\s+)?pasi[ūu]lymas|(?:cenu\s+)?pied[āa]v[āa]jums|(?:new\s+)?leads?|prospect(?:ing)?|qualif(?:ied|ication)(?:\s+to\s+buy)?|discovery|needs?\s+analysis|demo(?:\s+scheduled)?|(?:appointment|meeting|presentation)\s+scheduled|proposal(?:\s+sent)?|proposal\s*\/\s*price\s+quote|quote(?:d|\s+sent)?|quotation(?:\s+sent)?|negotiation(?:\s*\/\s*review)?|in\s+negotiation|decision\s+makers?\s+bought[\s-]*in|contract\s+sent|线索|新线索|销售线索|初步接洽|初步沟通|需求确认|需求分析|方案报价|方案|报价|报价单|已报价|报价中|商务谈判|谈判中?|洽谈中|意向|有意向|待签约)$/i;

/**
 * Lost / Closed Lost / 输单 / 丢单: a deal that was never agreed. No order, so neither revenue
 * nor a cancelled order (an order agreed and then called off): left out, counted apart.
 */
const LOST_DEAL = /^(?:lost|closed[\s-]*lost|deal\s+lost|输单|丢单|已丢单|已输单)$/i;

/**
 * 消费 / 划卡 / 耗卡 / Purchase / Redeem: a member-card ledger's word for a line of what was
 * bought, beside its top-ups (充值). An ordinary order; its presence says the ledger records what
 * the card paid for.
 */
const CONSUMPTION =
  /^(?:消费|会员消费|会员卡消费|卡消费|储值消费|余额消费|划卡|划卡消费|扣卡|卡扣|耗卡|消耗|purchase|spend|redeem(?:ed)?|redemption)$/i;

/**
 * 储值卡 / 会员卡 / 余额 / Member card: a payment column saying a bill was paid from the member's
 * stored-value card, so that the ledger records what the card paid for (as CONSUMPTION lines do).
 */
const CARD_PAYMENT =
  /^(?:储值卡|储值|会员卡|会员储值|会员余额|卡内余额|余额|余额支付|储值卡支付|会员卡支付|划卡|刷会员卡|stored[\s-]*value(?:\s*card)?|member(?:ship)?\s*card|card\s*balance|prepaid\s*card)$/i;

/** Whether a payment cell says the bill was paid from a member's stored-value card (CARD_PAYMENT). */
export function isCardPayment(text: string): boolean {
  return CARD_PAYMENT.test(foldTraditional(normalizeText(text)));
}

/** Whether a status cell names a member-card ledger's line of what was bought (CONSUMPTION). */
export function isConsumption(text: string): boolean {
  return CONSUMPTION.test(foldTraditional(normalizeText(text)));
}

/**
 * The kind of an order status cell, or null for an ordinary (paid, shipped, done …) order; read
 * with traditional characters folded (作廢, 退貨, 交易關閉).
 */
export function orderStatusKind(text: string | null): OrderStatusKind | null {
  if (text === null) return null;
  const status = foldTraditional(normalizeText(text));
  if (SETTLED_BY.test(status)) return null;
  const kind = kindOfWord(status);
  if (kind !== null) return kind;
  // A status with its translation or a remark in brackets after it: ไม่มา (no-show), Storniert (Fehler).
  const bracketed = TRAILING_BRACKETED.exec(status);
  if (bracketed !== null) {
    const word = kindOfWord(status.slice(0, bracketed.index).trim());
    if (word !== null) return word;
  }
  // A status, then a dash and what it is about: Proforma – onay bekleniyor, Cancelled - wrong size.
  const dash = dashAfterStatus(status);
  if (dash > 0) {
    const word = kindOfWord(status.slice(0, dash).trim());
    if (word !== null) return word;
  }
  // A status written in both languages (Cancelled 已取消) says it when both halves say it.
  const halves = bilingualHalves(status);
  if (halves === null) return null;
  const han = kindOfWord(halves.han);
  return han !== null && han === kindOfWord(halves.latin) ? han : null;
}

/**
 * Cancelado with how it was paid (Cancelado (efectivo), Cancelado – Yape): in Peru and the Andes
 * a bill cancelado is one paid in full, and the means of payment beside the word says that is
 * what is meant. Cancelado alone still reads as called off, as Mexico and Spain mean it.
 */
const SETTLED_BY =
  /^cancelad[oa]\s*(?:[(（]\s*|[–—-]\s*|con\s+)(?:efectivo|yape|plin|transferencia|tarjeta|dep[óo]sito|cheque|contado|pos|visa|mastercard)(?:[\s,][^()（）]{0,24})?[)）]?$/i;

/**
 * Where a dash with a space each side first follows a status's first words (up to 24
 * characters), or -1: Proforma – onay bekleniyor. Looked for by indexOf, not a pattern.
 */
function dashAfterStatus(status: string): number {
  let first = -1;
  for (const dash of [' – ', ' — ', ' - ']) {
    const at = status.indexOf(dash);
    if (at > 0 && at <= 24 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/**
 * What a remark says of its order, in a ledger whose 备注 is its only status: the whole cell
 * (作废), the word it opens with before a comma or a colon (作废，收银选错会员，重新打单), or a
 * clause of its own saying the receipt was voided (收据开错（没扣定金），作废，重开见下一行); not a
 * word inside a sentence (作废的合同号是 HT-1, 客人说作废，改天再来).
 */
export function remarkStatusKind(text: string | null): OrderStatusKind | null {
  const kind = orderStatusKind(text);
  if (kind !== null || text === null) return kind;
  const m = LEADING_WORD.exec(text);
  const leading = m === null ? null : orderStatusKind(m[1] ?? '');
  if (leading !== null) return leading;
  for (const clause of text.split(CLAUSE_END))
    if (clause.trim() !== '' && orderStatusKind(clause) === 'cancelled') return 'cancelled';
  return null;
}

/**
 * A remark or a translation in brackets at the end of a status. It opens with its bracket, not
 * with the white space before it: a pattern starting \s* is tried from every space of a long run.
 */
const TRAILING_BRACKETED = /[(（][^()（）]{1,30}[)）]\s*$/;

// The word a remark opens with, before a comma, a colon, a bracketed detail (储值卡充值（充3000送300）)
// or a dash (STORNIERT – an alte Anschrift).
const LEADING_WORD = /^\s*([^，,：:；;。（(\s]{1,12})\s*(?:[，,：:；;（(–—]|-\s)/;
const CLAUSE_END = /[，,：:；;。]/;

function kindOfWord(status: string): OrderStatusKind | null {
  if (CANCELLED.test(status)) return 'cancelled';
  if (LOST_DEAL.test(status)) return 'lost-deal';
  if (OPEN_DEAL.test(status)) return 'open-deal';
  if (UNPAID.test(status)) return 'unpaid';
  if (PARTIAL_REFUND.test(status)) return 'partial-refund';
  if (RETURNED.test(status)) return 'returned';
  if (REFUND.test(status)) return 'refund';
  if (TOP_UP.test(status)) return 'top-up';
  return null;
}

/**
 * The headers of a status column that says how an order was paid, not whether it stands: a
 * ledger's 付款状态 or 收款情况 (已收款, 部分收款, 未收款), a sole trader's Paid? (Y, N). There, 未付款
 * or Unpaid is a sale made on credit, owed and still a sale; in an order status (淘宝's
 * 等待买家付款, Shopify's pending) it is an order not yet made.
 */
const PAYMENT_STATUS_HEADERS = new Set([
  '付款情况',
  '结算情况',
  '结账',
  '付款状态',
  '收款状态',
  '收款情况',
  '回款状态',
  'paid?',
  'paid',
]);

/** Whether a status column's header (as written) names the orders' payment (PAYMENT_STATUS_HEADERS). */
export function isPaymentStatusHeader(header: string): boolean {
  return PAYMENT_STATUS_HEADERS.has(normalizeHeader(header));
}
