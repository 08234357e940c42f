import { describe, expect, it } from 'vitest';
import { isConsumption, isPaymentStatusHeader, orderStatusKind, remarkStatusKind } from './orderStatus.ts';

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
    // Cancelado with how it was paid: Peru's bill paid in full; alone, called off as Mexico means it.
    ['Cancelado (efectivo)', null],
    ['Cancelado (Yape)', null],
    ['Cancelado – transferencia', null],
    ['Cancelado', 'cancelled'],
    ['Cancelado (cliente desistió)', 'cancelled'],
    ['KANSELLERT', 'cancelled'],
    ['ANNULLERT', 'cancelled'],
    ['ANULATĂ', 'cancelled'],
    ['tilbud', 'open-deal'],
    ['ofertă', 'open-deal'],
    // A Bratislava installer's invoice struck out and its offers.
    ['STORNOVANÁ', 'cancelled'],
    ['stornované', 'cancelled'],
    ['cenová ponuka', 'open-deal'],
    ['ponuka', 'open-deal'],
    ['Open', null],
    ['已取消', 'cancelled'],
    ['取消', 'cancelled'],
    ['作废', 'cancelled'],
    ['交易关闭', 'cancelled'],
    ['已关闭', 'cancelled'],
    ['Cancelled', 'cancelled'],
    // In the other languages shops keep their books in.
    ['STORNIERT', 'cancelled'],
    ['Cancelada', 'cancelled'],
    ['Batal', 'cancelled'],
    ['ยกเลิก', 'cancelled'],
    ['ไม่มา (no-show)', 'cancelled'],
    ['Faltou', 'cancelled'],
    ['İptal', 'cancelled'],
    // A Swedish salon's booking called off (avbokad) and its no-show (uteblev); its refund.
    ['avbokad', 'cancelled'],
    ['uteblev', 'cancelled'],
    ['återbetald', 'refund'],
    ['Återbetalning', 'refund'],
    ['obetald', null],
    // A Greek ticket called off, written twice, and money given back.
    ['ΑΚΥΡΩΘΗΚΕ', 'cancelled'],
    ['ΑΚΥΡΟ', 'cancelled'],
    ['Επιστροφή χρημάτων', 'refund'],
    // A Hungarian invoice struck out, a correcting one, and a request for payment not yet invoiced.
    ['SZTORNÓ', 'cancelled'],
    ['sztornózva', 'cancelled'],
    ['helyesbítő számla', 'refund'],
    ['díjbekérő', 'open-deal'],
    ['árajánlat', 'open-deal'],
    // A Finnish job called off, a credit note, a quote.
    ['PERUTTU', 'cancelled'],
    ['Hyvityslasku', 'refund'],
    ['tarjous', 'open-deal'],
    ['maksettu 12.10.', null],
    // A Slovenian invoice struck out, a credit note, an offer and a pro forma; an open invoice
    // is a sale.
    ['STORNIRAN', 'cancelled'],
    // A Croatian credit note, offer and booking called off.
    ['odobrenje', 'refund'],
    ['ponuda', 'open-deal'],
    ['OTKAZANO', 'cancelled'],
    ['dobropis', 'refund'],
    ['ponudba', 'open-deal'],
    ['predračun', 'open-deal'],
    ['odprto, 15 dni', null],
    ['plačano 14. 10.', null],
    // A Bulgarian invoice annulled or reversed, a credit note and an offer.
    ['АНУЛИРАНА', 'cancelled'],
    ['СТОРНО', 'cancelled'],
    ['кредитно известие', 'refund'],
    ['оферта', 'open-deal'],
    ['вересия', null],
    // A Ukrainian invoice cancelled or annulled, a return and an offer; a Lithuanian one annulled, a
    // credit note and an offer.
    ['СКАСОВАНО', 'cancelled'],
    ['АНУЛЬОВАНО', 'cancelled'],
    ['повернення', 'refund'],
    ['комерційна пропозиція', 'open-deal'],
    ['пропозиція', 'open-deal'],
    ['ANULIUOTA', 'cancelled'],
    ['kreditinė sąskaita', 'refund'],
    ['komercinis pasiūlymas', 'open-deal'],
    // A Latvian invoice annulled or called off, a credit note and a price offer; one written out or
    // paid is a sale.
    ['ANULĒTS', 'cancelled'],
    ['anulēta', 'cancelled'],
    ['atcelts', 'cancelled'],
    ['kredītrēķins', 'refund'],
    ['cenu piedāvājums', 'open-deal'],
    ['piedāvājums', 'open-deal'],
    ['izrakstīts', null],
    ['apmaksāts', null],
    ['відстрочка 14 днів', null],
    ['pavedimu, 30 d.', null],
    // Russian: called off, money back, a commercial offer; unpaid is a sale on credit.
    ['отменён', 'cancelled'],
    ['возврат', 'refund'],
    ['КП', 'open-deal'],
    ['не оплачено', null],
    ['előlegszámla', null],
    ['végszámla', null],
    ['nyugta', null],
    ['Παραδόθηκε', null],
    ['betald', null],
    ['Gutschrift', 'refund'],
    ['Nota de crédito', 'refund'],
    ['Devolución', 'refund'],
    ['Estorno', 'refund'],
    ['คืนเงิน', 'refund'],
    ['Korekta', 'refund'],
    ['Cotización', 'open-deal'],
    ['Angebot', 'open-deal'],
    ['Orçamento', 'open-deal'],
    ['Belum bayar', null],
    ['Lunas', null],
    ['canceled', 'cancelled'],
    ['VOID', 'cancelled'],
    // A deals table's stages: only a won deal is a sale; open and lost deals are no orders.
    ['Closed Lost', 'lost-deal'],
    ['Lost', 'lost-deal'],
    ['输单', 'lost-deal'],
    ['輸單', 'lost-deal'],
    ['Lead', 'open-deal'],
    ['New lead', 'open-deal'],
    ['Prospecting', 'open-deal'],
    ['Qualification', 'open-deal'],
    ['Qualified to buy', 'open-deal'],
    ['Proposal', 'open-deal'],
    ['Proposal/Price Quote', 'open-deal'],
    ['Negotiation/Review', 'open-deal'],
    ['Contract sent', 'open-deal'],
    ['Appointment scheduled', 'open-deal'],
    ['商务谈判', 'open-deal'],
    ['方案报价', 'open-deal'],
    ['报价', 'open-deal'],
    ['初步接洽', 'open-deal'],
    ['洽談中', 'open-deal'],
    ['Won', null],
    ['赢单', null],
    ['已成交', null],
    ['Lead time 3 days', null],
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
    // A parcel sent back on the order's own row; an appointment not come to.
    ['退回', 'returned'],
    ['拒收', 'returned'],
    ['No-show', 'cancelled'],
    // A contract ended before it was carried out.
    ['已终止', 'cancelled'],
    ['已解除', 'cancelled'],
    ['DNA', 'cancelled'],
    // A till's line keyed in wrongly and struck out.
    ['撤销', 'cancelled'],
    ['已撤销', 'cancelled'],
    ['撤銷', 'cancelled'],
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
    ['partially_refunded', 'partial-refund'],
    ['Partially refunded', 'partial-refund'],
    ['部分退款', 'partial-refund'],
    ['部分退款成功', 'partial-refund'],
    ['部分退貨', 'partial-refund'],
    ['Partial refund', 'partial-refund'],
    ['pending', 'unpaid'],
    ['Pending payment', 'unpaid'],
    ['awaiting payment', 'unpaid'],
    ['Unpaid', 'unpaid'],
    ['authorized', null],
    ['refunded', 'refund'],
    ['voided', 'cancelled'],
    ['Written off', 'cancelled'],
    ['write-off', 'cancelled'],
    ['坏账', 'cancelled'],
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
    // Dutch: called off, a credit note, goods brought back, a quote.
    ['Geannuleerd', 'cancelled'],
    ['Creditnota', 'refund'],
    ['Retour', 'refund'],
    ['Offerte', 'open-deal'],
    ['Aanbetaling', null],
    // Words inside a longer status say nothing certain: the order counts as it is.
    ['取消部分商品后已发货', null],
  ])('%s → %s', (status, kind) => {
    expect(orderStatusKind(status)).toBe(kind);
  });
});

describe('isConsumption', () => {
  it.each<[string, boolean]>([
    ['消费', true],
    ['会员卡消费', true],
    ['划卡', true],
    ['耗卡', true],
    ['消費', true],
    ['Purchase', true],
    ['redeemed', true],
    ['充值', false],
    ['退款', false],
    ['消费券', false],
    ['已完成', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isConsumption(text)).toBe(expected);
  });
});

describe('isPaymentStatusHeader', () => {
  it.each<[string, boolean]>([
    ['付款状态', true],
    ['收款情况', true],
    ['付款狀態', true],
    ['Paid?', true],
    ['订单状态', false],
    ['Financial Status', false],
    ['状态', false],
  ])('%j → %s', (header, expected) => {
    expect(isPaymentStatusHeader(header)).toBe(expected);
  });
});

describe('remarkStatusKind', () => {
  it.each<[string, string | null]>([
    ['作废', 'cancelled'],
    ['作废，收银选错会员，重新打单', 'cancelled'],
    ['退货：前天多拿了一罐', 'refund'],
    ['作废的合同号是 HT-1', null],
    ['客人说作废，改天再来', null],
    ['收据开错（没扣定金），作废，重开见下一行', 'cancelled'],
    ['打错金额；已作废。', 'cancelled'],
    ['67,800 扣定金 1 万', null],
    ['客户说先不退款，下次再说', null],
    ['STORNIERT – an alte Anschrift, neu als 2026-108', 'cancelled'],
    ['ersetzt 2026-106 (neue Anschrift Hamburg)', null],
  ])('%j → %s', (text, kind) => {
    expect(remarkStatusKind(text)).toBe(kind);
  });
});
