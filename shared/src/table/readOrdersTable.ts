import type { Config } from '../config/config.ts';
import { type IsoDate, isoDayNumber, toDayNumber } from '../model/dates.ts';
import { ORDER_FIELD_SYNONYMS, type OrderField } from '../model/fields.ts';
import type { OrderRecord } from '../model/records.ts';
import type { SkippedRow } from '../model/skippedRow.ts';
import {
  type Cell,
  type CellIssue,
  type FormulaCell,
  sheetRowOf,
  type TableData,
  type WideMerge,
} from '../model/table.ts';
import { cellToText, normalizeText } from '../parse/cellToText.ts';
import { isMaskedEmail, isMaskedId, isMaskedName, isMaskedPhone } from '../parse/maskedText.ts';
import {
  type DateParseOptions,
  type DayOrder,
  DayOrderTally,
  dependsOnDayOrder,
} from '../parse/parseDate.ts';
import { countCurrency, numberOrNaN, plainNumber, withoutThousandsDots } from '../parse/parseNumber.ts';
import { isPlaceholderText } from '../parse/placeholderText.ts';
import { amountScaleOf, groupsThousandsWithDots, scaleAmount } from './amountScale.ts';
import { saysInBothHalves } from './bilingualHalves.ts';
import { BuyerGroups, withBuyer } from './buyerGroups.ts';
import { CellReader, isBlankRow } from './cellReader.ts';
import { saysAsAbove } from './furtherLines.ts';
import { displayName, HeaderNotRecognisedError } from './HeaderNotRecognisedError.ts';
import type { HeaderMapping } from './mapHeader.ts';
import { normalizeHeader } from './normalizeHeader.ts';
import { namedBuyerId, type OrderColumns, OrderColumnsBuilder, orderRecordsOf } from './orderColumns.ts';
import {
  type AmountColumns,
  amountColumnsOf,
  type BuyerMatch,
  buyerKindOf,
  lacksOnlyBuyer,
  MONTH_DAY_HEADER,
  mapOrderHeader,
  missingOrderFields,
  type OrderBuyerField,
  orderBuyerField,
  REQUIRED_ORDER_FIELDS,
  WEAK_ORDER_HEADERS,
  withHeadingBuyers,
} from './orderHeader.ts';
import {
  isCardPayment,
  isConsumption,
  isPaymentStatusHeader,
  type OrderStatusKind,
  orderStatusKind,
  remarkStatusKind,
} from './orderStatus.ts';
import type { ContactKind, ReaderProblem } from './readerProblem.ts';
import {
  isOwnText,
  type RowContext,
  rowContextOf,
  rowText,
  skippedReasonOfTexts,
  skippedRowReason,
} from './skippedRows.ts';

/** Orders that changed no figure, counted so the summary can say so. */
export interface OrderCounts {
  /** Rows whose status says the order was cancelled or void; left out. */
  cancelled: number;
  /** Rows whose status says the order is not paid for yet (等待买家付款, Pending payment); left out. */
  unpaid: number;
  /** Deals of a pipeline not won yet (Lead, Proposal, 商务谈判): no sale; left out. */
  openDeals: number;
  /** Deals of a pipeline lost (Lost, Closed Lost, 输单): never agreed; left out. */
  lostDeals: number;
  /** The first order date written without its year (9月3日), read as the latest such day up to today. */
  yearlessDate: string | null;
  /**
   * Orders whose status says 充值/Top-up (money put on a member card), read as orders, and the
   * money they brought in.
   */
  topUps: number;
  topUpTotal: number;
  /**
   * Whether the top-ups were left out of the orders: the ledger also writes what the card paid
   * for (消费 lines, isConsumption), so that a top-up is money kept, not a sale.
   */
  topUpsLeftOut: boolean;
  /**
   * Orders whose status says they were refunded in part (部分退款, Partially refunded) with no
   * refunded amount written beside them: counted at their whole amount, the part given back not
   * known.
   */
  partialRefunds: number;
  /**
   * Orders whose only buyer column holds a masked value (138****5678, w***@qq.com, t**8 as shop
   * platforms export them): left out, since the value cannot tell one buyer from another; and
   * the first such value, as written.
   */
  maskedBuyers: number;
  maskedBuyerExample: string | null;
  /**
   * Orders whose amount names its currency (HK$120, 80 USD), by ISO 4217 code (amountCurrency):
   * amounts in two currencies are added as they stand, and the analysis says so.
   */
  currencies: Record<string, number>;
  /**
   * Rows without a buyer, in a ledger grouped by customer, counted for the buyer written at the
   * top of their group (see BuyerGroups), by sheet row.
   */
  groupedRows: number[];
  /**
   * Orders whose customer-id cell was left blank, read as the orders of the customer their name
   * column names (namedBuyerId), and the sheet rows of the first few.
   */
  namedBuyers: number;
  namedBuyerRows: number[];
  /**
   * Sales to walk-in customers, no customer of the table (散客, 零售客户, Walk-in written as the
   * buyer, or in the remarks of a row without one): left out of every customer's figures, and
   * their money.
   */
  walkIns: number;
  walkInTotal: number;
  /**
   * Gift cards sold (GIFT_CARD): money put on a card, the business's income when the card pays for
   * what is bought with it, which the orders write as sales; left out, and their money.
   */
  giftCards: number;
  giftCardTotal: number;
  /**
   * Money held or passed through (HELD_MONEY): a deposit taken and given back (押金, 保証金), a cost
   * paid out for the customer and charged on at cost (代垫运费, 送料立替); no sale either way, left
   * out, and their money net.
   */
  heldMoney: number;
  heldMoneyTotal: number;
  /**
   * Payments on account (PAYMENT_ON_ACCOUNT): a customer paying off what an earlier sale left
   * owed, money in but no sale; left out, and their money.
   */
  payments: number;
  paymentTotal: number;
}

/** What reading an Orders table gives, the orders as columns (see OrderColumns). */
export interface OrdersRead {
  columns: OrderColumns;
  issues: CellIssue[];
  mapping: HeaderMapping<OrderField>;
  skipped: SkippedRow[];
  counts: OrderCounts;
  /** The column that named the buyers (see orderBuyerField). */
  buyer: OrderBuyerField;
}

/**
 * Reads the Orders table (one row per purchase). A row becomes an OrderRecord only when its
 * customer id, date and amount are all present and valid; otherwise each problem is an issue with
 * `table: 'orders'` (missing, invalid) and the row is left out of the orders. Orders dated after
 * `today` are reported (future-date) and left out. A negative amount is a refund, and so is an
 * order whose status says 退款/Refund (its amount counted negative); an order whose status says
 * 取消/作废/Cancelled is left out and counted. Blank rows are skipped; totals, notes and a header
 * pasted again are listed in `skipped`.
 *
 * @throws HeaderNotRecognisedError when the customer id, date or amount column is missing.
 */
export function readOrdersTable(
  table: TableData,
  config: Config,
  today: IsoDate,
  options: DateParseOptions & BuyerMatch = {},
): Omit<OrdersRead, 'columns'> & { orders: OrderRecord[] } {
  const { columns, ...read } = readOrderColumns(table, config, today, { ...options, keepOrderIds: true });
  return { orders: orderRecordsOf(columns), ...read };
}

/** readOrdersTable with the orders as columns; order numbers are kept only when asked for. */
export function readOrderColumns(
  table: TableData,
  config: Config,
  today: IsoDate,
  options: DateParseOptions & BuyerMatch & { keepOrderIds?: boolean } = {},
): OrdersRead {
  const reader = new OrderRowReader(table.header, config, today, { ...options, source: table });
  const rows = table.rows;
  for (let index = 0; index < rows.length; index++) {
    const row = sheetRowOf(table, index);
    reader.add(rows[index] ?? [], row, table.formulas?.get(row), table.wideMerges?.get(row));
  }
  return reader.finish();
}

/** The statuses whose orders count in no figure (addRow counts each apart). */
const LEFT_OUT: ReadonlySet<OrderStatusKind> = new Set(['cancelled', 'unpaid', 'open-deal', 'lost-deal']);

/** How many distinct date texts an OrderRowReader keeps the days of (see rememberDate). */
const READ_DATES = 8192;

/**
 * A walk-in customer written where the buyer would be: 散客, 散户, 零售客户, 门市零售 (the shop front's), Walk-in, Cash sale, a guest, a Japanese
 * shop's counter sales (店頭売り), a Korean 비회원, a Vietnamese khách vãng lai, perhaps with how many or a word in
 * brackets after it (Walk-ins (8), 散客（路过）), and the account a Malaysian or Singaporean shop's books keep its
 * counter sales under (CASH, 现金客); the counter and the cash buyer in other languages (Mostrador, público en
 * general, Barverkauf, a winery's sales at its door (Ab-Hof Kitzeck), ขาจร, avulso, consumidor final, Kassa /
 * contant, Comptoir, klient z ulice, Clientes varios, Banco), a practice's emergency patient seen without a
 * file (Urgência), a salon's drop-in and its counter (Disk), a Malaysian shop's cash buyer (Tunai, Tunai /
 * walk-in), a Portuguese shop's counter sales (Vendas balcão), a Greek one's passer-by (Περαστικός), a
 * Hungarian office's occasional client (eseti ügyfél, whom a receipt, nyugta, is written for) and a shop's
 * buyer at the counter (bolti vásárló, készpénzes vevő), a Turkish one's retail sale (Perakende – nakit), a
 * Finnish one's cash customer (käteisasiakas), a Russian one's retail buyer (Розница), a Bulgarian one's till
 * (каса, клиент в брой), a Ukrainian one's retail sale for cash (роздріб, готівковий продаж), a
 * Lithuanian one's cash buyer (grynųjų pirkėjas, kasa), a Latvian one's (skaidras naudas pircējs, kase), a Slovenian one's passer-by paying cash (gotovina, mimoidoči), a Serbian one's cash buyer
 * (gotovinski kupac, maloprodaja), a Norwegian one's
 * counter sales (kontantsalg, kontant / disk), a Romanian one's occasional client (client ocazional, persoană
 * fizică, whom a bon fiscal is written for), a Kenyan one's ordinary buyer (Mteja wa kawaida), a Slovak one's
 * cash buyer at the counter (hotovosť – predajňa, predajňa – bez mena), and a delivery app's payout for its
 * users' orders (GoFood + GrabFood), perhaps how many (Walk-in x3).
 */
const WALK_IN =
  /^(?:(?:[门門]市)?散[客户戶]|零售(?:客户?)?|[门門]市(?:客人?|零售)?|过路客|非会员|现金客户?|店頭(?:売り?|販売)?|一般(?:のお)?客様?|비회원|방문\s?고객|khách\s+(?:vãng\s+lai|lẻ)|counter\s+sales?|walk[\s-]?ins?(?:\s+customers?)?|drop[\s-]?ins?|(?:pelanggan\s+)?tunai(?:\s*\/\s*walk[\s-]?in)?|περαστικ(?:ός|ος|ή|η|οί|οι)|eseti\s+(?:ügyfél|ugyfel|vevő|vevo)|bolti\s+(?:v[áa]s[áa]rl[óo]|vev[őo])|k[ée]szp[ée]nzes\s+(?:vev[őo]|v[áa]s[áa]rl[óo])|käteisasiakas|tiskimyynti|gotovina|gotovinsk[ia]\s+(?:kupa[cč]|kupci|prodaja)|maloprodaja|mimoido[čc]i|mimoido[čc]a\s+stranka|розница|розничный\s+покупатель|каса(?:\s*[–—-]\s*клиент\s+в\s+брой)?|клиент\s+в\s+брой|роздріб|роздрібний\s+покупець|готівковий\s+продаж|gryn[ųu]j[ųu]\s+(?:pirk[ėe]jas|pardavimas)|kasa|kase|skaidras\s+naudas\s+(?:pirc[ēe]js|p[āa]rdo[šs]ana)|disk|diskf[öo]rs[äa]ljning|kontantsalg|kontant(?:\s*\/\s*disk)?|client(?:i)?\s+ocazional(?:i)?|persoan[ăa]\s+fizic[ăa]|mteja\s+wa\s+(?:kawaida|rejareja)|hotovos[ťt](?:\s*[–—-]\s*predaj[ňn]a)?|predaj[ňn]a(?:\s*[–—-]\s*bez\s+mena)?|cash(?:\s+(?:sales?|customers?|clients?))?|guests?|mostrador|clientes?\s+varios|banco|(?:vendita\s+)?al\s+banco|p[úu]blico\s+en\s+general|barverkauf(?:\s+(?:gesch[äa]ft|laden|ab[\s-]hof))?|ab[\s-]hof(?:[\s-]verkauf)?(?:\s+[a-zäöüß]{3,20})?|laufkunde|barkunde|ขาจร|cliente\s+(?:de\s+passagem|avulso)|avulso|consumidor\s+final|vendas?\s+(?:ao\s+|de\s+)?balc[ãa]o(?:\s*[(（][^()（）]{1,16}[)）])?|urg[êe]ncia|emerg[êe]ncia|urgencia|emergencia|sprzeda[żz]\s+detaliczna|klient\s+detaliczny|perakende(?:\s*[–—-]?\s*(?:sat[ıi][şs]|nakit))?|pe[şs]in\s+m[üu][şs]teri|kassa(?:\s*\/\s*contant)?|kassaverkoop|comptoir|klient\s+z\s+ulice|z\s+ulice|bez\s+karty(?:\s*[–—-]\s*[a-zà-ž]{2,20})?|vente(?:s)?\s+(?:au\s+)?comptoir|contante?\s+verkoop|gofood|grabfood|shopeefood|foodpanda|uber\s*eats|deliveroo|(?:gofood|grabfood|shopeefood)(?:\s*[+&/]\s*(?:gofood|grabfood|shopeefood))+)(?:\s*[(（][^()（）]{1,16}[)）]|\s*[x×]\s*\d{1,3})?$/i;
/**
 * The headers of a column of bills' or invoices' numbers (Bill No., Invoice No., 发票号): the rows
 * are bills issued, each a sale whether paid or not.
 */
const BILL_NUMBER_HEADERS: ReadonlySet<string> = new Set(
  [
    'Bill No.',
    'Bill No',
    'Bill #',
    'Bill Number',
    'Invoice No.',
    'Invoice No',
    'Invoice #',
    'Invoice Number',
    'Inv. No.',
    '发票号',
    '发票号码',
  ].map(normalizeHeader),
);
/** A first name with what they were: Hannah (guest), 小李（散客）, Urgência (sem cadastro: no file). */
const NAMED_WALK_IN =
  /[(（]\s*(?:guest|walk[\s-]?in|drop[\s-]?in|散客|非会员|sem\s+cadastro|sin\s+registro|n[ãa]o\s+cadastrad[oa])\s*[)）]$/i;
/**
 * A member's companion paying their own share, named by the member: 高橋さんの友達, 王总的朋友,
 * Sarah's friend, friend of Tom. Not a customer of the table.
 */
const COMPANION =
  /^(?:\S.{0,20}(?:の友達|の友人|の連れ|的朋友|的同事|'s\s+(?:friend|guest|colleague))|(?:friend|guest|colleague)\s+of\s+\S.{0,20})$/i;

function isWalkIn(text: string | null): boolean {
  if (text === null) return false;
  const trimmed = text.trim();
  if (WALK_IN.test(trimmed) || NAMED_WALK_IN.test(trimmed) || COMPANION.test(trimmed)) return true;
  // Written in both languages: Khách lẻ 散客. Most buyers' ids hold no Chinese character.
  return trimmed.length <= 40 && HAN.test(trimmed) && saysInBothHalves(trimmed, (half) => WALK_IN.test(half));
}

const HAN = /[\u3400-\u9fff]/;

/**
 * A gift card sold (Gift Card ($100), Gift Certificate, Cadeaubon, Presentkort, 礼品卡, 购物卡,
 * 상품권): money put on a card, the business's income when the card pays for what is bought with
 * it (see OrderCounts.giftCards).
 */
const GIFT_CARD =
  /^(?:e-?)?gift\s*(?:card|certificate|voucher)\b|^(?:บัตรของขวัญ|gutschein|vale\s+de\s+regalo|tarjeta\s+de\s+regalo|vale-?presente|cart[ãa]o\s+presente|bon\s+cadeau|carte\s+cadeau|cadeau\s*bon|kado\s*bon|cadeau\s*kaart|d[áa]rkov[ýy]\s+(?:poukaz|certifik[áa]t)|voucher\s+hadiah|karta\s+podarunkowa|presentkort|presentcheck|bon\s+podarunkowy|hediye\s+[çc]eki|礼品卡|礼品券|购物卡|礼券|禮品卡|禮券|購物卡|(?:꽃\s*)?상품권|기프트\s*카드|phiếu quà tặng|thẻ quà tặng)/i;

/**
 * A line of money held for the customer or paid out for them, no sale (see OrderCounts.heldMoney):
 * a deposit given back when the thing lent returns (寄养押金, 按金, 保证金, 容器保証金, 樽保証金,
 * Security Deposit, Bottle deposit, Bond, Vratná záloha, a bike rental's varščina) and its return (退押金,
 * 空樽返却（保証金返金）); a cost paid out and charged on at cost (代垫运费, 垫付, 代发快递费, 代付海运费,
 * 送料立替), or collected for someone else (a status of 代收: a car hire booked for a guest, paid
 * over to the driver; a nanny's wages a housekeeping agency takes in and passes on, 代收 月嫂工资 or
 * 代收代付). Not 定金 or 订金, or a Deposit alone: part of the price paid before the
 * rest; but a Sprayer deposit (refundable) and its Deposit returned. A water station's 押桶 (a
 * bucket's deposit) is one too; not a deposit kept for what was lost (丢桶 1 个，押金抵桶钱): the
 * bucket sold for it.
 */
const HELD_MONEY =
  /[(（]代收[)）]|\bdeposit\s*[(（](?:refundable|returnable)[)）]|\bdeposit\s+(?:returned|refunded|given back)\b|押金(?!抵|不退)|按金|保证金|保証金|預り金|kaution|pfand|dep[óo]sito\s+en\s+garant[íi]a|cau[çc][ãa]o|kaucj[aieęą]|depozito|(?:security|bottle|keg|container|refundable|damage|key)\s+deposit|\bbond\b|vratn[áaée]\s+z[áa]loh|var[šs][čc]in[aeo]|押桶|退桶|代收代付|代收\s*[\u4e00-\u9fa5]{0,4}工资|代垫|垫付|立替|代缴|代付[\u4e00-\u9fa5]{0,3}费|代发(?:快递|运)费/i;

/** A letter of any script (a module constant: see CAPITALISED in classifyText.ts). */
const LETTER = /\p{L}/u;

/** A status saying the money was collected for someone else and paid over to them (代收). */
const COLLECTED_FOR_OTHERS = /^\s*(?:代收|代收代付|代收款)\s*$/;

/**
 * A payment on account written among the sales (see OrderCounts.payments): the item a collection of what an
 * earlier sale left owed (COLLECTION - DR-1102, Part payment – Inv AB-1021, Balance – Inv AB-1023, 还款, 收到货款,
 * 收回欠款). Not a status of Collected, which a bakery writes of bread picked up, nor 已收款 or Paid, which say a
 * sale was paid. As other languages write it: Abono a cuenta, Pembayaran INV/…, Wpłata, Tahsilat, รับชำระ,
 * Thu nợ (Vietnamese: a debt collected), Thu tiền PX-1004, Trả nợ ngày 2/10 and Trả tiền hàng 16/10 (a debt
 * paid), 匯款：20/10 活動 (a remittance for an earlier sale), 收10月水费 (a month's bill collected), 10月货款（月结） (a
 * month's goods paid for), Betaling ontvangen, Règlement F2026-143, Úhrada faktury FV-2026-031, Cobro
 * transferencia ALB 26/1205, Incasso bonifico FT 2026/403, Swish-inbetalning för 25/10, Bayaran diterima
 * INV-2610-003, Recibo – pagamento da FT 2026/090, ΕΙΣΠΡΑΞΗ – εξόφληση Οκτωβρίου, Suoritus: lasku 26105,
 * Оплата по РН-0872, Плащане по банка – ф-ра 4813, Plačilo računa 2026-408, Uplata po računu 176/1/1, Uplata po
 * F-26/0127 (Serbian), Apmaksa par RP-0343 and Apmaksa ar pārskaitījumu par rēķinu RP-0318 (Latvian), BAYAD –
 * DR-2401 (a suki paying a delivery receipt), 收款（9月货款）, 转账收款（10月货款）, 回款（10月货款）, Pago de F001-00231 (a
 * Peruvian factura's series and number), Încasare OP factura PEV 0398, Innbetaling faktura 26-1041.
 */
const PAYMENT_ON_ACCOUNT =
  /^(?:collections?|payment (?:received|on account)|part[\s-]*payment|balance\s*[–—:-]\s*(?:inv|asoebi|order|bill|for)\b|cobro\s+(?:transferencia|factura|fra\b|alb\b|albar[áa]n|efectivo|pagar[ée]|recibo)|incasso\s+(?:bonifico|fattura|ft\b|riba|assegno|contanti)|还款|还欠款|收到货款|收回欠款|收欠款|(?:转账|微信|支付宝|现金)?收款(?:\s*[(（]|$)|回款(?:\s*[(（]|$)|abono|pago de factura|pago\s+(?:de\s+(?:la\s+)?)?(?:fact(?:ura)?\.?\s*|boleta\s+)?[a-z]{1,2}\d{2,3}-\d{3,8}|pembayaran|pelunasan (?:inv|invoice|tagihan)|zahlungseingang|teilzahlung|wp[łl]ata|tahsilat|recebimento|encaissement|รับชำระ|thu nợ|thu tiền|trả nợ|bayaran diterima|terima bayaran|trả tiền hàng|recibo\s*[–—-]\s*pagamento|pagamento\s+da\s+(?:ft|fatura|factura)|汇款\s*[:：]|匯款\s*[:：]|收\s*\d{1,2}\s*月份?[\u4e00-\u9fa5]{0,4}?(?:费|款)|\d{1,2}\s*月份?(?:货款|账款|欠款)|betaling ontvangen|suoritus|pla[čc]ilo\s+ra[čc]una|uplata\s+po\s+(?:ra[čc]unu|fakturi|[a-z]{1,3}-)|apmaksa\s+(?:par|ar\s+p[āa]rskait[īi]jumu|skaidr[āa]\s+naud[āa])|bayad\s*[–—:-]\s*(?:dr|inv|si)\b|оплата\s+по|поступление|плащане\s+(?:по\s+банка|в\s+брой)|(?:swish-?)?inbetalning|innbetaling|indbetaling|[îi]ncas(?:are|at)|είσπραξη|εισπραξη|εξόφληση|εξοφληση|règlement|reglement|[úu]hrada)(?![a-z])/i;

/**
 * What a sale written on a row of its own is paid (收定金 HD-2610-04（30%）, 收尾款, 收全款), on a row
 * whose amount is blank: a trader's book writing each shipment's worth and each payment apart. With
 * an amount, the same words are the sale itself, as a studio books a deposit and the rest.
 */
const PAID_FOR_SALE = /^收(?:定金|订金|尾款|全款|余款)/;

/**
 * A status saying the row is a payment of what an earlier sale left owed (see PAYMENT_ON_ACCOUNT): Part
 * payment, Deni paid (Swahili's debt), Debt paid, Payment received, Abono, Thu nợ, Trả nợ, Règlement reçu,
 * inbetalning, Bayaran diterima, Εξοφλήθηκε, befizetés, плащане, apmokėjimas, apmaksa, 还款 (not 已收款 or 已结, which say a sale was
 * paid).
 */
const PAYMENT_STATUS =
  /^\s*(?:part[\s-]*payment|deni\s+paid|paid\s+deni|debt\s+paid|payment(?:\s+received)?|还款|还欠款|收欠款|abono|tahsilat|wp[łl]ata|รับชำระ|(?:đã\s+)?thu\s+nợ|trả\s+nợ|bayaran\s+diterima|εξοφλήθηκε|εξοφληθηκε|είσπραξη|εισπραξη|還款|betaling\s+ontvangen|inbetalning|innbetaling|indbetaling|befizet[ée]s|suoritus|pla[čc]ilo|uplata(?:\s*[(（][^()（）]{1,20}[)）])?|оплата|поступление|плащане|apmok[ėe]jimas|apmaksa|r[èe]glement\s+re[çc]u|paiement\s+re[çc]u)\s*$/i;

/**
 * Whether a status says money was paid in (PAYMENT_STATUS), alone or with its translation: trả nợ
 * 還款.
 */
function saysPaidIn(text: string): boolean {
  return PAYMENT_STATUS.test(text) || saysInBothHalves(text, (half) => PAYMENT_STATUS.test(half));
}

/** An abono, a payment on account or a credit note (see OrderRowReader.isCreditNote). */
const ABONO = /^\s*abono(?![a-z])/i;

/** How many sheet rows of orders read by their buyer's name a note shows (OrderCounts.namedBuyerRows). */
const NAMED_BUYER_ROWS = 3;

/** A row of the orders table that waits for its column's day order (see OrderRowReader). */
interface WaitingRow {
  row: number;
  cells: readonly Cell[];
  status: 'refund' | 'partial-refund' | 'returned' | 'top-up' | null;
  slot: number;
  /** The position held for the row's refund, where it writes one in the refunded column; else -1. */
  refundSlot: number;
  issuesBefore: number;
}

/**
 * Reads an Orders table one row at a time, as readOrdersTable describes, into OrderColumns: for
 * a table read as a stream, never held whole. Rows come in table order with their sheet rows.
 *
 * A date such as 3/5/2024 is read in the order the column's other dates settle (columnDayOrder),
 * which a stream knows only at its end. Without the whole table at hand (`source`), such rows wait
 * in their place: the order keeps its position among the orders and its issues their place among
 * the issues, so the result is the one of reading the table whole.
 *
 * @throws HeaderNotRecognisedError when the customer id, date or amount column is missing.
 */
export class OrderRowReader {
  readonly mapping: HeaderMapping<OrderField>;
  private readonly read: CellReader;
  private readonly issues: CellIssue[] = [];
  private readonly skipped: SkippedRow[] = [];
  private readonly counts: OrderCounts = {
    cancelled: 0,
    unpaid: 0,
    openDeals: 0,
    lostDeals: 0,
    yearlessDate: null,
    topUps: 0,
    topUpTotal: 0,
    topUpsLeftOut: false,
    partialRefunds: 0,
    maskedBuyers: 0,
    maskedBuyerExample: null,
    currencies: {},
    groupedRows: [],
    namedBuyers: 0,
    namedBuyerRows: [],
    walkIns: 0,
    walkInTotal: 0,
    giftCards: 0,
    giftCardTotal: 0,
    heldMoney: 0,
    heldMoneyTotal: 0,
    payments: 0,
    paymentTotal: 0,
  };
  private readonly orders: OrderColumnsBuilder;
  private readonly rowContext: RowContext;
  /** The field naming the buyer (orderBuyerField), and its column. */
  private readonly buyer: OrderBuyerField;
  private readonly idCol: number;
  /**
   * The column naming the customer (姓名, 客户名称) beside the customer-id column, which names
   * the buyer of an order whose id was left blank (see namedBuyerId); −1 for none, and for orders
   * read alone, which no customer table gives names to.
   */
  private readonly nameCol: number;
  /** What an order without its buyer is told (a customer id, or an email or phone missing). */
  private readonly missingBuyer: ReaderProblem;
  /** Whether a buyer cell's text is masked, by the buyer column's kind (see maskedText.ts). */
  private readonly isMaskedBuyer: (text: string) => boolean;
  private readonly dateCol: number;
  /** An account ledger's rows made readable (AccountLedgerRows); null for any other table. */
  private readonly ledger: AccountLedgerRows | null;
  /** The amount column; −1 where the amount is the quantity times the unit price (priced). */
  private readonly amountCol: number;
  /** The unit the amount and refunded columns' headers declare (金额（万元）), as a factor. */
  private readonly amountScale: number;
  /** Whether the amount column's language groups thousands with dots (groupsThousandsWithDots). */
  private readonly thousandsDots: boolean;
  private readonly refundScale: number;
  /** The quantity and unit-price columns of a ledger that writes no amount; else null. */
  private readonly priced: { quantity: number; unitPrice: number } | null;
  /**
   * The column whose cell says an order was cancelled or refunded: the status column, else the
   * remarks (备注 作废), whose whole cell must then be such a word; undefined for neither.
   */
  private readonly statusCol: number | undefined;
  /**
   * The payment column of a table without a status column, or beside a column of the lines' type
   * only (Típus: számla), whose cell may say what became of the order instead of how it was paid:
   * HỦY 取消, 作廢 and SZTORNÓZVA (cancelled), trả nợ 還款 (a debt paid).
   */
  private readonly paidCol: number | undefined;
  /**
   * The remarks column beside a column of the lines' type (Type, 类型: WEAK_ORDER_HEADERS), which
   * says what a line is, not whether it stood: a whole cell there saying the order was voided
   * (Voided, 作废) leaves it out, as QuickBooks writes a voided invoice's memo beside its Type.
   * Undefined for none, and beside a status proper (状态: 已完成), which has the last word.
   */
  private readonly voidedCol: number | undefined;
  /**
   * Where each row written as a positive amount whose payment status (Paid: Refunded) calls it a
   * refund went among the orders: a refund of an earlier order, or its own order whose payment
   * was given back (giveBackOwnPurchases). An order status's refund (退款) is a refund line.
   */
  private readonly refundRows: number[] = [];
  /** Where each top-up read went among the orders, to be taken back (see OrderCounts.topUpsLeftOut). */
  private readonly topUpAt: number[] = [];
  /** Whether a status cell said a line is what was bought (isConsumption). */
  private consumption = false;
  /** Whether the status column says how an order was paid (isPaymentStatusHeader): unpaid is then owed. */
  private readonly paymentStatus: boolean;
  /**
   * Whether the rows are bills issued (their numbers' column is a Bill No. or an Invoice No.): an
   * unpaid or pending bill is then a sale owed, not an order yet to be made.
   */
  private readonly billBook: boolean;
  /**
   * The column of what was given back of an order (Shopify's Refunded Amount, 淘宝's 退款金额):
   * a row with a refund there is a purchase of its amount and a refund of that, whatever its
   * status says (Shopify's "refunded" is the order's status, not a refund row's).
   */
  private readonly refundedCol: number | undefined;
  /** Null when the whole table is at hand and the CellReader settles the day order itself. */
  private readonly dayOrder: DayOrderTally | null;
  private readonly waiting: WaitingRow[] = [];
  private readonly todayDay: number;
  /** Whether rows may take the short way (addPlain): not where a row may hold formula cells. */
  private readonly plainRows: boolean;
  /**
   * 1 at the key of each buyer id an order read the short way (addPlain) has found neither masked
   * nor a walk-in: both depend on the id's text alone, and a buyer has many orders. An id the
   * general way numbered is tested on its first short-way row.
   */
  private vettedBuyers = new Uint8Array(0);
  /** The buyer of the last order row read, which a buyer cell saying as above (j.w.) repeats. */
  private lastBuyer: string | null = null;
  /** Date texts read the general way, by their day (see rememberDate). */
  private readonly readDates = new Map<string, number>();
  /**
   * Whether a row may be another line of the order above (see continuesOrderAbove): in an online
   * shop's export, whose orders name the buyer by email or phone.
   */
  private readonly lineItems: boolean;
  /** The last order row added, where lineItems. */
  private above: readonly Cell[] | null = null;
  /** Gives rows without a buyer the buyer of their group, in a ledger grouped by customer. */
  private readonly groups: BuyerGroups;
  /** Whether the buyers are read from the groups' headings, the header having no buyer column. */
  private readonly headings: boolean;

  constructor(
    header: readonly string[],
    config: Config,
    today: IsoDate,
    options: DateParseOptions &
      /** What the orders are matched to, which decides the buyer column (see orderBuyerField). */
      BuyerMatch & {
        keepOrderIds?: boolean;
        source?: Pick<TableData, 'rows' | 'formulas'>;
        /** About how many order rows will come (see OrderColumnsBuilder), for a reader that can tell. */
        expectedRows?: number;
      } = {},
  ) {
    let mapping = mapOrderHeader(header, config.headerOverrides.orders);
    const missing = missingOrderFields(mapping.columns, options);
    // A header with a date and an amount but no buyer column may head a report grouped by
    // customer under headings (see BuyerGroups): its buyers are read from the headings, into a
    // column one past the header's, named for messages. Whether it is such a report only its rows
    // tell: `finish` says the column is missing where no group of it adds up.
    this.headings = lacksOnlyBuyer(missing);
    if (this.headings) {
      mapping = {
        ...mapping,
        header: [...mapping.header, HEADING_COLUMN[config.language]],
        columns: withHeadingBuyers(mapping.columns, mapping.header.length),
      };
    } else if (missing.length > 0) throw lacksColumns(header, missing);
    const c = mapping.columns;
    header = mapping.header;
    const buyer = orderBuyerField(c, options) as OrderBuyerField;
    this.mapping = mapping;
    this.todayDay = isoDayNumber(today);
    this.buyer = buyer;
    this.idCol = c[buyer] as number;
    this.nameCol =
      buyer === 'customerId' && !options.alone && c.customerName !== undefined ? c.customerName : -1;
    // The platform's account is read as an id is, whatever it is matched to: a text naming one
    // buyer, masked with two asterisks in a row (t**8), one row per order.
    const kind = buyerKindOf(buyer);
    this.missingBuyer =
      kind === 'customerId'
        ? { code: 'order-without-customer' }
        : { code: 'order-without-contact', by: kind };
    this.isMaskedBuyer = MASKED_BUYER[kind];
    this.dateCol = c.date as number;
    // The date read from 月 and 日 (mapOrderHeader), or a 贷方 column: an account ledger.
    const composedDate = header[this.dateCol] === MONTH_DAY_HEADER;
    this.ledger =
      composedDate || c.credit !== undefined
        ? new AccountLedgerRows(c.month, c.day, c.credit, c.product, composedDate)
        : null;
    // A ledger without an amount column: each row's amount is its quantity times its unit price.
    const amounts = amountColumnsOf(c) as AmountColumns;
    this.priced = 'amount' in amounts ? null : amounts;
    this.amountCol = 'amount' in amounts ? amounts.amount : -1;
    this.statusCol = c.status ?? c.remarks;
    const typeOnly =
      c.status !== undefined && WEAK_ORDER_HEADERS.has(normalizeHeader(header[c.status] ?? ''));
    this.paidCol = c.status === undefined || typeOnly ? c.payment : undefined;
    this.voidedCol = typeOnly ? c.remarks : undefined;
    this.paymentStatus = c.status !== undefined && isPaymentStatusHeader(header[c.status] ?? '');
    this.billBook =
      c.orderId !== undefined && BILL_NUMBER_HEADERS.has(normalizeHeader(header[c.orderId] ?? ''));
    this.refundedCol = c.refunded;
    this.amountScale = this.amountCol < 0 ? 1 : amountScaleOf(header[this.amountCol] ?? '');
    this.refundScale = c.refunded === undefined ? 1 : amountScaleOf(header[c.refunded] ?? '');
    this.thousandsDots = this.amountCol >= 0 && groupsThousandsWithDots(header[this.amountCol] ?? '');
    const { source, keepOrderIds, expectedRows, alone: _, accounts: __, ...dateOptions } = options;
    this.read = new CellReader(header, this.issues, 'orders', today, dateOptions, config.language, source);
    this.dayOrder = source === undefined ? new DayOrderTally() : null;
    this.plainRows = source?.formulas === undefined || source.formulas.size === 0;
    this.orders = new OrderColumnsBuilder(keepOrderIds ?? false, expectedRows ?? source?.rows.length ?? 0);
    this.rowContext = rowContextOf('orders', header);
    this.lineItems = kind !== 'customerId';
    this.groups = new BuyerGroups(
      this.idCol,
      amounts,
      this.rowContext,
      (held, buyer, kind) => {
        if (kind === 'row') {
          this.addRow(withBuyer(held.cells, this.idCol, buyer), held.row, held.formulas, held.wideMerge);
        } else {
          const reason = kind === 'heading' ? 'section' : 'total';
          this.skipped.push({ table: 'orders', row: held.row, reason, text: rowText(held.cells) });
        }
      },
      { dateCol: this.dateCol, headingsAnywhere: this.headings },
    );
  }

  /**
   * The next row of the table, at its sheet row; `wideMerge` where a merged range over several
   * columns covers it (TableData.wideMerges).
   */
  add(written: readonly Cell[], row: number, formulas?: readonly FormulaCell[], wideMerge?: WideMerge): void {
    const cells0 = this.thousandsDots ? this.withThousandsRead(written) : written;
    const cells = this.ledger === null ? cells0 : this.ledger.row(cells0, this.dateCol, this.amountCol);
    const groups = this.groups;
    if (groups.wants(cells)) {
      groups.add({ cells, row, formulas, wideMerge });
      return;
    }
    groups.passing(cells);
    this.addRow(cells, row, formulas, wideMerge);
  }

  /** The row with its amount's thousands dots taken out (withoutThousandsDots), a copy if any. */
  private withThousandsRead(cells: readonly Cell[]): readonly Cell[] {
    const amount = cells[this.amountCol];
    if (typeof amount !== 'string' || !amount.includes('.')) return cells;
    const read = withoutThousandsDots(amount);
    if (read === amount) return cells;
    const copy = cells.slice();
    copy[this.amountCol] = read;
    return copy;
  }

  /** A row as `add` describes it, once BuyerGroups has given it its group's buyer where it has one. */
  private addRow(
    written: readonly Cell[],
    row: number,
    formulas?: readonly FormulaCell[],
    wideMerge?: WideMerge,
  ): void {
    if (formulas === undefined && this.addPlain(written, row)) {
      if (this.lineItems) this.above = written;
      return;
    }
    const cells = this.withBuyerAbove(written);
    this.dayOrder?.add(cells[this.dateCol] ?? null);
    if (isBlankRow(cells)) return;
    const reason = skippedRowReason(cells, this.rowContext, formulas, wideMerge);
    if (reason !== null) {
      this.skipped.push({ table: 'orders', row, reason, text: rowText(cells) });
      // A totals row or a section line ends a group of one buyer's rows.
      this.groups.end();
      return;
    }
    if (this.lineItems) {
      const above = this.above;
      this.above = cells;
      if (above !== null && this.continuesOrderAbove(cells, above)) return;
    }
    if (this.ledger?.isTotal(cells) === true) {
      this.skipped.push({ table: 'orders', row, reason: 'total', text: rowText(cells) });
      this.groups.end();
      return;
    }
    if (this.saysNoOrder(cells)) {
      this.skipped.push({ table: 'orders', row, reason: 'note', text: rowText(cells) });
      return;
    }
    const read = this.read.at(row, cells);
    const statusText = read.text(this.statusCol);
    const status = this.statusKind(statusText);
    if (!this.consumption)
      this.noteWhatTheCardPaid(status, statusText ?? '', read.text(this.mapping.columns.payment) ?? '');
    // An order struck out where its amount would be (金额: 已取消, Amount: cancelled), as a ledger
    // without a status column marks it, is cancelled too: there is no amount to find in it.
    const amountText = this.priced === null ? read.text(this.amountCol) : null;
    const paidText = read.text(this.paidCol);
    // Without a status column, the payment column says what was no sale: STORNIRAN, ponudba.
    const paidKind = status === null ? orderStatusKind(paidText) : null;
    if (
      status === 'cancelled' ||
      orderStatusKind(amountText) === 'cancelled' ||
      paidKind === 'cancelled' ||
      (status === null &&
        this.voidedCol !== undefined &&
        remarkStatusKind(read.text(this.voidedCol)) === 'cancelled')
    ) {
      this.counts.cancelled++;
      return;
    }
    if (status === 'unpaid') {
      this.counts.unpaid++;
      return;
    }
    if (status === 'open-deal' || paidKind === 'open-deal') {
      this.counts.openDeals++;
      return;
    }
    if (status === 'lost-deal') {
      this.counts.lostDeals++;
      return;
    }
    const buyer = read.text(this.idCol);
    if (buyer !== null) this.lastBuyer = buyer;
    if (buyer !== null && this.isMaskedBuyer(buyer)) {
      this.counts.maskedBuyers++;
      this.counts.maskedBuyerExample ??= buyer;
      return;
    }
    const remarksCol = this.mapping.columns.remarks;
    // With its buyer's id left blank, the name beside it or the remarks may say who came in.
    const walkIn =
      buyer === null
        ? isWalkIn(this.nameCol >= 0 ? read.text(this.nameCol) : null) ||
          isWalkIn(remarksCol === undefined ? null : read.text(remarksCol))
        : isWalkIn(buyer);
    if (walkIn) {
      this.counts.walkIns++;
      this.counts.walkInTotal += this.amountLeftOut(amountText);
      return;
    }
    const product = this.mapping.columns.product;
    const item = product === undefined ? '' : (read.text(product) ?? '');
    if (status === null && GIFT_CARD.test(item)) {
      this.counts.giftCards++;
      this.counts.giftCardTotal += this.amountLeftOut(amountText);
      return;
    }
    if (HELD_MONEY.test(item) || (statusText !== null && COLLECTED_FOR_OTHERS.test(statusText))) {
      this.counts.heldMoney++;
      this.counts.heldMoneyTotal += this.amountLeftOut(amountText);
      return;
    }
    // A payment on account, or an account ledger's credit that is no return: money the customer
    // paid in, in the amount column or in 贷方.
    const credited = this.ledger?.paidIn(cells) ?? 0;
    if (
      credited !== 0 ||
      (!this.isCreditNote(item, statusText, amountText) &&
        (PAYMENT_ON_ACCOUNT.test(item) ||
          (statusText !== null && PAYMENT_STATUS.test(statusText)) ||
          (paidText !== null && saysPaidIn(paidText)))) ||
      ((amountText ?? '') === '' && PAID_FOR_SALE.test(item))
    ) {
      this.counts.payments++;
      this.counts.paymentTotal += credited + this.amountLeftOut(amountText);
      return;
    }
    if (this.dayOrder !== null && dependsOnDayOrder(cells[this.dateCol] ?? null)) {
      const slot = this.orders.reserve();
      const refundSlot =
        this.refundedCol !== undefined && !isBlankCell(cells[this.refundedCol]) ? this.orders.reserve() : -1;
      this.waiting.push({ row, cells, status, slot, refundSlot, issuesBefore: this.issues.length });
      return;
    }
    this.readOrder(status, -1, -1);
  }

  /**
   * The usual order row, read the short way: every cell empty ('') or its own text (isOwnText),
   * the date a real YYYY-MM-DD up to today, the amount a number parseNumber reads, no cancelled
   * status, and nothing that makes it a skipped row. Such a row gives the order the general way
   * gives, without its issues machinery; any other row is left to it (false).
   */
  private addPlain(cells: readonly Cell[], row: number): boolean {
    if (!this.plainRows) return false;
    const date = cells[this.dateCol];
    if (typeof date !== 'string') return false;
    // A real date written YYYY-MM-DD: never one whose reading waits for the day order, and one
    // the column's tally of day orders (this.dayOrder) passes over. Else a date in another form
    // the general way has read before, and so tallied already.
    let day = isoDayNumber(date);
    const iso = day <= this.todayDay;
    if (!iso) day = this.readDates.get(date) ?? Number.NaN;
    if (Number.isNaN(day)) return false;
    const plainAmount = this.plainAmountOf(cells);
    let filled = 0;
    let first = '';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === '') continue;
      if (typeof cell !== 'string') return false;
      // A YYYY-MM-DD date and a plain number are their own text (digits, - and .): not read again.
      const known = (iso && c === this.dateCol) || (c === this.amountCol && !Number.isNaN(plainAmount));
      if (!known && !isOwnText(cell) && !(c === this.amountCol && isOwnAmountText(cell))) return false;
      if (filled === 0) first = cell;
      filled++;
    }
    // Every cell is a string that is its own text: the cells are the row's texts.
    const texts = cells as readonly string[];
    const customerId = texts[this.idCol] ?? '';
    // A buyer's id is the same text on each of their orders: found neither masked nor a walk-in
    // on one row read the short way, it is not tested again on the next (see vettedBuyers), nor
    // is it a total's label, which that row would not have passed with; nor is a YYYY-MM-DD date
    // or a plain amount.
    const known = customerId === '' ? -1 : this.orders.knownKey(customerId);
    const vetted = known >= 0 && known < this.vettedBuyers.length && this.vettedBuyers[known] === 1;
    const noLabels =
      (iso ? bit(this.dateCol) : 0) |
      (Number.isNaN(plainAmount) ? 0 : bit(this.amountCol)) |
      (vetted ? bit(this.idCol) : 0);
    if (skippedReasonOfTexts(texts, filled, first, this.rowContext, undefined, undefined, noLabels) !== null)
      return false;
    // An amount cell that is no plain number gets parseNumber's reading; a cell too long to parse,
    // and one parseNumber refuses, are left to the general way, which says why.
    const amount = scaleAmount(
      Number.isNaN(plainAmount) && this.priced === null
        ? numberOrNaN(texts[this.amountCol] ?? '')
        : plainAmount,
      this.amountScale,
    );
    if (customerId === '' || Number.isNaN(amount)) return false;
    if (!vetted && (this.isMaskedBuyer(customerId) || isWalkIn(customerId) || saysAsAbove(customerId)))
      return false;
    this.lastBuyer = customerId;
    const c = this.mapping.columns;
    const statusText = this.statusCol === undefined ? '' : (texts[this.statusCol] ?? '');
    const status = statusText === '' ? null : this.statusKind(statusText);
    if (status !== null && LEFT_OUT.has(status)) return false;
    // A top-up is placed the general way, which keeps where it went; an order sent back whole
    // (退回) is read there as its purchase and its refund.
    if (status === 'top-up' || status === 'returned') return false;
    // A gift card sold and money held or paid out are left to the general way, which counts them
    // apart (OrderCounts.giftCards, heldMoney), and so are payments on account (payments).
    const item = c.product === undefined ? '' : (texts[c.product] ?? '');
    // None of them matches an empty cell, which most rows have here.
    if (
      (item !== '' && (GIFT_CARD.test(item) || HELD_MONEY.test(item) || PAYMENT_ON_ACCOUNT.test(item))) ||
      (statusText !== '' && (COLLECTED_FOR_OTHERS.test(statusText) || PAYMENT_STATUS.test(statusText)))
    )
      return false;
    // A payment cell saying the order was cancelled or only offered, or a debt paid, is left to the
    // general way too.
    const paid = this.paidCol === undefined ? '' : (texts[this.paidCol] ?? '');
    if (paid !== '') {
      const kind = orderStatusKind(paid);
      if (kind === 'cancelled' || kind === 'open-deal' || saysPaidIn(paid)) return false;
    }
    // Most rows have neither a status nor a payment column: nothing to note.
    if (!this.consumption && (statusText !== '' || c.payment !== undefined))
      this.noteWhatTheCardPaid(status, statusText, c.payment === undefined ? '' : (texts[c.payment] ?? ''));
    // A voided order's remark (voidedCol) is left to the general way, which leaves it out.
    const remark = this.voidedCol === undefined ? '' : (texts[this.voidedCol] ?? '');
    if (status === null && remark !== '' && remarkStatusKind(remark) === 'cancelled') return false;
    const refundText = this.refundedCol === undefined ? '' : (texts[this.refundedCol] ?? '');
    const refundWritten =
      refundText === '' ? 0 : scaleAmount(Math.abs(plainNumber(refundText)), this.refundScale);
    // A refund cell that is no plain number is left to the general way, which reports it.
    if (Number.isNaN(refundWritten)) return false;
    const refunded = refundBeside(amount, refundWritten);
    const orderId = this.orders.keepsOrderIds && c.orderId !== undefined ? texts[c.orderId] || null : null;
    const signed = this.orderAmount(status, amount, refunded);
    const at =
      known >= 0
        ? this.orders.addKeyed(row, known, day, signed, orderId)
        : this.orders.addDay(row, customerId, day, signed, orderId);
    const key = this.orders.keyAt(at);
    if (!vetted) this.vet(key);
    this.placed(at, status, amount, refunded);
    if (refunded > 0) this.orders.addKeyed(row, key, day, -refunded, orderId);
    if (Number.isNaN(plainAmount)) this.countCurrency(texts[this.amountCol]);
    return true;
  }

  /**
   * The row with the buyer of the order above where its buyer cell says as above (j.w., dito,
   * 同上, 〃: saysAsAbove), as a ledger writes a second invoice to the same buyer; else the row.
   */
  private withBuyerAbove(cells: readonly Cell[]): readonly Cell[] {
    const cell = cells[this.idCol];
    if (typeof cell !== 'string' || this.lastBuyer === null || !saysAsAbove(cell.trim())) return cells;
    return withBuyer(cells, this.idCol, this.lastBuyer);
  }

  /** Notes that the buyer of key `key` is neither masked nor a walk-in (see vettedBuyers). */
  private vet(key: number): void {
    if (key >= this.vettedBuyers.length) {
      const grown = new Uint8Array(Math.max(1024, 2 * key + 2));
      grown.set(this.vettedBuyers);
      this.vettedBuyers = grown;
    }
    this.vettedBuyers[key] = 1;
  }

  /**
   * The amount of a row as a plain number (plainNumber), or NaN: its amount cell, or where the
   * ledger writes none, its quantity times its unit price (both plain numbers; NaN for a row
   * the short way leaves to the general way).
   */
  private plainAmountOf(cells: readonly Cell[]): number {
    if (this.priced === null) {
      const cell = cells[this.amountCol];
      return typeof cell === 'string' ? plainNumber(cell) : Number.NaN;
    }
    const quantity = cells[this.priced.quantity];
    const price = cells[this.priced.unitPrice];
    if (typeof quantity !== 'string' || typeof price !== 'string') return Number.NaN;
    return pricedAmount(plainNumber(quantity), plainNumber(price));
  }

  /**
   * Whether an order row is another line of the order above, as Shopify exports an order of
   * several items: one row per item, the buyer and the date written on each, the order's total
   * and financial status on the first alone. Such a row has no amount and no status, and the
   * buyer and date of the row above; it adds nothing to the order already read.
   */
  private continuesOrderAbove(cells: readonly Cell[], above: readonly Cell[]): boolean {
    if (!isBlankCell(cells[this.priced?.quantity ?? this.amountCol])) return false;
    if (this.statusCol !== undefined && !isBlankCell(cells[this.statusCol])) return false;
    const buyer = cellToText(cells[this.idCol] ?? null).trim();
    return (
      buyer !== '' &&
      buyer === cellToText(above[this.idCol] ?? null).trim() &&
      cellToText(cells[this.dateCol] ?? null).trim() === cellToText(above[this.dateCol] ?? null).trim()
    );
  }

  /**
   * The kind of a status cell (orderStatusKind), where a payment status column's unpaid is a sale
   * on credit, an ordinary order (null).
   */
  private statusKind(text: string | null): OrderStatusKind | null {
    const kind =
      this.statusCol === this.mapping.columns.status ? orderStatusKind(text) : remarkStatusKind(text);
    return kind === 'unpaid' && (this.paymentStatus || this.billBook) ? null : kind;
  }

  /**
   * Keeps where an order went (`at`) that finish may take back or give its purchase back: a
   * top-up (topUpAt), and a refund written as a positive amount under a payment status with
   * nothing given back beside it (refundRows). Both ways of reading a row call it alike.
   */
  private placed(at: number, status: OrderStatusKind | null, amount: number, refunded: number): void {
    if (status === 'top-up') this.topUpAt.push(at);
    else if (status === 'refund' && refunded === 0 && amount > 0 && this.paymentStatus)
      this.refundRows.push(at);
  }

  /**
   * Notes whether a row says the ledger records what the member card paid for (see
   * OrderCounts.topUpsLeftOut): a status naming a line of what was bought (消费, isConsumption), or
   * a payment column naming the card (储值卡, isCardPayment).
   */
  private noteWhatTheCardPaid(status: OrderStatusKind | null, statusText: string, paymentText: string): void {
    this.consumption =
      (status === null && statusText !== '' && isConsumption(statusText)) ||
      (paymentText !== '' && isCardPayment(paymentText));
  }

  /**
   * Whether a row is a line of the log that no order stands on: no buyer, no amount (nor its
   * quantity and price) and nothing but words beside its date, as a delivery log notes a day off
   * (11/02/2026 | NO DELIVERY - Undas (Nov 1 & 2)). A row with a buyer or an amount is an order,
   * whatever it lacks, and is told what.
   */
  private saysNoOrder(cells: readonly Cell[]): boolean {
    if (!isBlankCell(cells[this.idCol]) || (this.nameCol >= 0 && !isBlankCell(cells[this.nameCol])))
      return false;
    const priced = this.priced;
    if (priced === null ? !isBlankCell(cells[this.amountCol]) : !isBlankCell(cells[priced.unitPrice]))
      return false;
    let words = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (c === this.dateCol || isBlankCell(cell)) continue;
      if (typeof cell !== 'string' || !LETTER.test(cell)) return false;
      words = true;
    }
    return words;
  }

  /** Counts an order read by its buyer's name, its id left blank (see OrderCounts.namedBuyers). */
  private countNamedBuyer(row: number): void {
    if (this.counts.namedBuyers++ < NAMED_BUYER_ROWS) this.counts.namedBuyerRows.push(row);
  }

  /** Counts a top-up read as an order (see OrderCounts.topUps). */
  private countTopUp(amount: number): void {
    this.counts.topUps++;
    this.counts.topUpTotal += amount;
  }

  /**
   * Whether a row of Abono is a credit note: Spain's abono, money given back, written as a negative
   * amount (Abono: rotura en transporte, −528,00). Mexico's abono, a payment on account, is written
   * as the money paid in.
   */
  private isCreditNote(item: string, statusText: string | null, amountText: string | null): boolean {
    return (ABONO.test(item) || ABONO.test(statusText ?? '')) && numberOrNaN(amountText ?? '') < 0;
  }

  /**
   * The money of a row left out and counted apart (a walk-in's sale, a gift card sold): its amount
   * cell read, 0 where it reads as no number or the rows are priced by quantity and unit price.
   */
  private amountLeftOut(amountText: string | null): number {
    return this.priced === null ? scaleAmount(numberOrNaN(amountText ?? ''), this.amountScale) || 0 : 0;
  }

  /** Counts the currency an amount cell names, if it names one (see OrderCounts.currencies). */
  private countCurrency(cell: Cell | undefined): void {
    countCurrency(this.counts.currencies, cell);
  }

  /**
   * Keeps the day of a date text read the general way (2025/6/1, 2025年6月1日, 45000: a column
   * mostly repeats a few hundred days), for addPlain to read the text again without the date
   * parser; up to READ_DATES texts. A row that waited for the day order (3/5/2025) is read last
   * and not kept; read as a whole table, a column has one day order throughout.
   */
  private rememberDate(cell: Cell | undefined, date: IsoDate): void {
    if (typeof cell !== 'string' || this.readDates.size >= READ_DATES) return;
    this.readDates.set(cell, toDayNumber(date));
  }

  /**
   * The cells of the current row as an order (into `slot` when it waited, and its refund into
   * `refundSlot`), or its issues.
   */
  private readOrder(
    status: 'refund' | 'partial-refund' | 'returned' | 'top-up' | null,
    slot: number,
    refundSlot: number,
  ): void {
    const read = this.read;
    const issues = this.issues;
    const c = this.mapping.columns;
    const written = read.text(this.idCol);
    const name = written === null && this.nameCol >= 0 ? read.text(this.nameCol) : null;
    const customerId = name === null ? written : namedBuyerId(name);
    if (customerId === null) read.report(this.idCol, 'missing', this.missingBuyer);
    // Most order dates are written 2025-06-30: a real date up to today is read by char code,
    // anything else (other forms, impossible or future dates) by the date parser and its issues.
    const cell = read.cells[this.dateCol];
    const isoDay = typeof cell === 'string' ? isoDayNumber(cell) : Number.NaN;
    const fast = isoDay <= this.todayDay;
    const beforeDate = issues.length;
    const date = fast ? null : read.date(this.dateCol, 'order-date');
    if (date !== null && slot < 0) this.rememberDate(cell, date);
    if (!fast && date === null && issues.length === beforeDate) {
      read.report(this.dateCol, 'missing', { code: 'order-without-date' });
    }
    const beforeAmount = issues.length;
    const amount = this.amountOf(read);
    if (amount === null && issues.length === beforeAmount) {
      read.report(this.priced?.quantity ?? this.amountCol, 'missing', { code: 'order-without-amount' });
    }
    const refundCell = this.refundedCol === undefined ? null : read.cells[this.refundedCol];
    const refundRead = isBlankCell(refundCell)
      ? 0
      : scaleAmount(Math.abs(read.signedAmount(this.refundedCol) ?? 0), this.refundScale);
    // An order sent back whole (退回) is its purchase and a refund of all of it; a 退回 line of
    // its own, written as a negative amount (an ERP's 銷貨退回), is a refund.
    if (status === 'returned' && (amount ?? 0) < 0) status = 'refund';
    const refund = status === 'returned' ? Math.abs(amount ?? 0) : refundBeside(amount ?? 0, refundRead);
    if (customerId === null || (!fast && date === null) || amount === null) {
      if (slot >= 0) this.orders.drop(slot);
      if (refundSlot >= 0) this.orders.drop(refundSlot);
      return;
    }
    const signed = this.orderAmount(status, amount, refund);
    this.countCurrency(read.cells[this.priced?.unitPrice ?? this.amountCol]);
    // Order numbers are read only where they are kept (they name orders in the review).
    const orderId = this.orders.keepsOrderIds ? read.text(c.orderId) : null;
    const iso = date ?? (cell as string);
    // Into its reserved position when the row waited (at ≥ 0), else added.
    const put = (at: number, value: number): number => {
      if (at >= 0) {
        this.orders.fill(at, read.row, customerId, iso, value, orderId);
        return at;
      }
      if (fast) return this.orders.addDay(read.row, customerId, isoDay, value, orderId);
      return this.orders.add(read.row, customerId, iso, value, orderId);
    };
    const at = put(slot, signed);
    this.placed(at, status, amount, refund);
    if (name !== null) this.countNamedBuyer(read.row);
    if (refund > 0) put(refundSlot, -refund);
    else if (refundSlot >= 0) this.orders.drop(refundSlot);
  }

  /**
   * A row's amount as the general way reads it (issues reported): its amount cell, or its
   * quantity times its unit price; null for none.
   */
  private amountOf(read: CellReader): number | null {
    if (this.priced === null) return scaleAmount(read.signedAmount(this.amountCol), this.amountScale);
    const quantity = read.signedAmount(this.priced.quantity);
    const price = read.signedAmount(this.priced.unitPrice);
    return quantity === null || price === null ? null : pricedAmount(quantity, price);
  }

  /**
   * The amount an order row adds, given its status and what its refunded column gives back
   * (0 for nothing or no such column), both ways of reading a row alike: a refund status with
   * nothing given back beside it makes the whole amount a refund (under a payment status, where
   * that refund takes back more than the buyer bought on the rows above, the row is its own order
   * refunded: see OrderColumnsBuilder.giveBackOwnPurchases); else the row is the purchase
   * (its refund, if any, added apart). Counts a top-up, and a partial refund whose part is not
   * written (OrderCounts).
   */
  private orderAmount(status: OrderStatusKind | null, amount: number, refunded: number): number {
    const signed = status === 'refund' && refunded === 0 ? -Math.abs(amount) : amount;
    if (status === 'top-up') this.countTopUp(signed);
    // A partial refund written as its own negative row is the part given back, known.
    else if (status === 'partial-refund' && refunded === 0 && amount > 0) this.counts.partialRefunds++;
    return signed;
  }

  /** The orders read, once every row has been added. */
  finish(): OrdersRead {
    this.groups.finish();
    this.counts.groupedRows = this.groups.filledRows;
    this.counts.yearlessDate = this.read.yearlessExample;
    if (this.headings && this.groups.filledRows.length === 0) {
      throw lacksColumns(this.mapping.header.slice(0, this.idCol), ['customerId']);
    }
    if (this.dayOrder !== null && this.waiting.length > 0) this.readWaitingRows(this.dayOrder.order);
    this.orders.giveBackOwnPurchases(this.refundRows);
    if (this.consumption && this.topUpAt.length > 0) {
      for (const at of this.topUpAt) this.orders.drop(at);
      this.counts.topUpsLeftOut = true;
    }
    return {
      columns: this.orders.build(),
      issues: this.issues,
      mapping: this.mapping,
      skipped: this.skipped,
      counts: this.counts,
      buyer: this.buyer,
    };
  }

  /** Reads the rows that waited for the day order, their issues put back in row order. */
  private readWaitingRows(dayOrder: DayOrder | null): void {
    this.read.useDayOrder(this.dateCol, dayOrder);
    const inserts: { at: number; issues: CellIssue[] }[] = [];
    for (const waiting of this.waiting) {
      const before = this.issues.length;
      this.read.at(waiting.row, waiting.cells);
      this.readOrder(waiting.status, waiting.slot, waiting.refundSlot);
      inserts.push({ at: waiting.issuesBefore, issues: this.issues.splice(before) });
    }
    // From the last, so that the earlier positions stay where they were.
    for (let k = inserts.length - 1; k >= 0; k--) {
      const insert = inserts[k] as { at: number; issues: CellIssue[] };
      if (insert.issues.length > 0) this.issues.splice(insert.at, 0, ...insert.issues);
    }
  }
}

/** The orders table's header lacks `missing`: what the error says. */
function lacksColumns(
  header: readonly string[],
  missing: readonly (typeof REQUIRED_ORDER_FIELDS)[number][],
): HeaderNotRecognisedError {
  const lacking = missing.map((f) => displayName(ORDER_FIELD_SYNONYMS[f]));
  return new HeaderNotRecognisedError(
    'orders',
    [...header],
    REQUIRED_ORDER_FIELDS.map((f) => displayName(ORDER_FIELD_SYNONYMS[f])),
    `The orders table has no column for: ${lacking.join(', ')}.`,
    undefined,
    lacking,
  );
}

/** How messages name the buyers read from a report's group headings (see OrderRowReader). */
const HEADING_COLUMN = { zh: '客户（分组标题）', en: 'Customer (group heading)' } as const;

/** Whether a buyer cell is masked, by what the buyer column holds (see maskedText.ts). */
const MASKED_BUYER: Record<'customerId' | ContactKind, (text: string) => boolean> = {
  customerId: isMaskedId,
  email: isMaskedEmail,
  phone: isMaskedPhone,
  name: isMaskedName,
};

/** A row's amount from its quantity and unit price, to the cent (NaN where either is NaN). */
function pricedAmount(quantity: number, price: number): number {
  return Math.round(quantity * price * 100) / 100;
}

/**
 * What an order row's refunded column gives back beside its amount: the refund written there,
 * except on a row that is a refund itself (its amount below zero), whose refunded column says the
 * same again (退款 -500 beside 退款金额 500 is one refund of 500, not two).
 */
function refundBeside(amount: number, refunded: number): number {
  return amount < 0 ? 0 : refunded;
}

/**
 * An amount cell the short way may take though isOwnText refuses it (320 元, ¥1,200.00 with a
 * space or a sign its quick test does not know): the cell is still its own text, as the general
 * way's text of the cell, so the tests for totals, notes and repeated headers see what they
 * would see there.
 */
function isOwnAmountText(cell: string): boolean {
  return normalizeText(cell) === cell && !isPlaceholderText(cell);
}

/** A cell with nothing in it but spaces. */
function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || cellToText(cell).trim() === '';
}

/**
 * The rows of an account ledger (三栏式明细账: 月 | 日 | 客户 | 摘要 | 借方 | 贷方 | 借或贷 | 余额), made
 * readable as orders: the date from its 月 and 日 columns, into the column one past the header's
 * (mapOrderHeader), read as a date without its year is; a return written in 贷方 (退回, 退货, 折让)
 * as a refund of that amount; and what else 贷方 holds told apart, money the customer paid in
 * (收到货款, a bank transfer), no sale. Its 摘要 says which lines are totals: 期初余额 (the balance
 * brought in), 本月合计, 本年累计.
 */
class AccountLedgerRows {
  constructor(
    private readonly month: number | undefined,
    private readonly day: number | undefined,
    private readonly credit: number | undefined,
    private readonly summary: number | undefined,
    /** Whether the date is read from 月 and 日 (else the table has a date column of its own). */
    private readonly composedDate: boolean,
  ) {}

  /** The row with its date composed and a return in 贷方 moved to the amount, negative. */
  row(cells: readonly Cell[], dateCol: number, amountCol: number): readonly Cell[] {
    let out: Cell[] | null = null;
    if (this.composedDate && this.month !== undefined && this.day !== undefined) {
      const m = textOf(cells[this.month]);
      const d = textOf(cells[this.day]);
      out = [...cells];
      while (out.length < dateCol) out.push('');
      out[dateCol] = /^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d) ? `${m}月${d}日` : '';
    }
    const credit = this.credit === undefined ? '' : textOf(cells[this.credit]);
    if (
      credit !== '' &&
      amountCol >= 0 &&
      isBlankCell(cells[amountCol]) &&
      RETURN_SUMMARY.test(this.summaryOf(cells))
    ) {
      const value = numberOrNaN(credit);
      if (!Number.isNaN(value)) {
        out ??= [...cells];
        out[amountCol] = -Math.abs(value);
      }
    }
    return out ?? cells;
  }

  /** What the customer paid in on a row whose 贷方 holds no return and 借方 nothing: its money. */
  paidIn(cells: readonly Cell[]): number {
    if (this.credit === undefined) return 0;
    const credit = textOf(cells[this.credit]);
    if (credit === '' || RETURN_SUMMARY.test(this.summaryOf(cells))) return 0;
    const value = numberOrNaN(credit);
    return Number.isNaN(value) ? 0 : value;
  }

  /** Whether the 摘要 says the row is a balance brought in or a total (期初余额, 本月合计). */
  isTotal(cells: readonly Cell[]): boolean {
    return LEDGER_TOTAL.test(this.summaryOf(cells));
  }

  private summaryOf(cells: readonly Cell[]): string {
    return this.summary === undefined ? '' : textOf(cells[this.summary]);
  }
}

/** A 摘要 saying goods came back or the price was lowered: 退回, 退货, 折让, 红冲. */
const RETURN_SUMMARY = /^(?:退回|退货|退款|折让|销售折让|红冲|返品|return|credit note)/i;
/** A 摘要 of a balance or a total: 期初余额, 上月结转, 本月合计, 本年累计, 本期发生额. */
const LEDGER_TOTAL =
  /^(?:期初余额|期末余额|上[月年期]结转|结转下[月年期]|本[月年期](?:合计|累计|发生额)|全部客户本月合计|opening balance|closing balance|balance b\/f|balance c\/f)$/i;

function textOf(cell: Cell | undefined): string {
  return cellToText(cell ?? null).trim();
}

/** Column `column`'s bit in a mask of columns (skippedReasonOfTexts' noLabels); none past 30. */
function bit(column: number): number {
  return column >= 0 && column < 31 ? 1 << column : 0;
}
