import {
  CUSTOMER_NAME_FIELDS,
  type CustomerField,
  ORDER_FIELD_SYNONYMS,
  type OrderField,
} from '../model/fields.ts';
import { toNfkc } from '../parse/nfkc.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { type HeaderMapping, mapHeader } from './mapHeader.ts';
import { normalizeHeader } from './normalizeHeader.ts';
import type { ContactKind } from './readerProblem.ts';

// What an orders header must name, which of its columns names the buyer, and which of its words
// name a field only where no other column does: the rules readOrdersTable, the choice of sheets
// (tableRequirements) and the search for a person's data (findPerson) share.

/**
 * Without these an order row says nothing about a customer's purchases. The customer may be
 * named by an email or a phone column instead of the customer id (see orderBuyerField).
 */
export const REQUIRED_ORDER_FIELDS = ['customerId', 'date', 'amount'] as const;

/**
 * The columns that can name an order's buyer, in the order one is chosen to match the orders to
 * a customer table without a platform-account column: the customer id, else the email (online
 * shops' exports: Shopify, WooCommerce), else the mobile (淘宝's 联系手机), else the phone, else
 * the platform's buyer account (买家会员名), compared with the customers' ids; last the
 * customer's name, as a sales ledger without ids writes it (购货单位, 客户, 姓名), compared with
 * the customers' names and companies: the weakest, since two people may share one.
 */
export const ORDER_BUYER_FIELDS = [
  'customerId',
  'email',
  'mobile',
  'phone',
  'buyerAccount',
  'customerName',
] as const;
export type OrderBuyerField = (typeof ORDER_BUYER_FIELDS)[number];

/**
 * The same columns with the platform's account right after a customer id, for a customer table
 * that records each buyer's account (its platformAccount column, 旺旺号), which the account is
 * then compared with, and for orders read alone (`crm clv`), where the buyer only has to be told
 * from the others. Shop platforms export the buyer's number and email masked (138****5678),
 * which names no one and which two people may share, while the account is the platform's own
 * name for the buyer (the number beside it is often the recipient's, 收货人手机); a seller who
 * wrote the accounts down means the orders to be matched by them. A customer id the orders write
 * is still the seller's own key, and comes first.
 */
const ACCOUNT_FIRST_BUYER_FIELDS: readonly OrderBuyerField[] = [
  'customerId',
  'buyerAccount',
  'email',
  'mobile',
  'phone',
  'customerName',
];

/** What the orders are matched to, which decides the buyer column (see orderBuyerField). */
export interface BuyerMatch {
  /** The orders are read alone, matched to no customer table (`crm clv`). */
  alone?: boolean;
  /** The customer table has a platform-account column (see customerAccountsOf). */
  accounts?: boolean;
}

/**
 * Whether an orders header lacks a column it needs (REQUIRED_ORDER_FIELDS, the buyer chosen as
 * orderBuyerField chooses it for `match`): the buyer may be named by another column than the
 * customer id, and a ledger that writes no amount gives each row's as its quantity times its
 * unit price.
 */
export function lacksOrderField(
  field: (typeof REQUIRED_ORDER_FIELDS)[number],
  columns: HeaderMapping<OrderField>['columns'],
  match: BuyerMatch = {},
): boolean {
  if (field === 'customerId') return orderBuyerField(columns, match) === undefined;
  if (field === 'amount' && amountFromPrice(columns)) return false;
  return columns[field] === undefined;
}

/** The required fields (REQUIRED_ORDER_FIELDS, in order) an orders header lacks; see lacksOrderField. */
export function missingOrderFields(
  columns: HeaderMapping<OrderField>['columns'],
  match: BuyerMatch = {},
): (typeof REQUIRED_ORDER_FIELDS)[number][] {
  return REQUIRED_ORDER_FIELDS.filter((f) => lacksOrderField(f, columns, match));
}

/**
 * Whether an orders header lacks its buyer column and nothing else: a header that may head a
 * report grouped under the customers' headings (see BuyerGroups), whose buyers are then read into
 * a column one past the header's (withHeadingBuyers).
 */
export function lacksOnlyBuyer(missing: readonly (typeof REQUIRED_ORDER_FIELDS)[number][]): boolean {
  return missing.length === 1 && missing[0] === 'customerId';
}

/** `columns` with the buyers of a report under headings in the column one past a header of `width`. */
export function withHeadingBuyers<C extends Partial<Record<string, number>>>(
  columns: C,
  width: number,
): C & { customerName: number } {
  return { ...columns, customerName: width };
}

/** Whether the amount of an order row is its quantity times its unit price (no amount column). */
export function amountFromPrice(columns: HeaderMapping<OrderField>['columns']): boolean {
  return columns.amount === undefined && columns.quantity !== undefined && columns.unitPrice !== undefined;
}

/**
 * Where an orders table keeps each row's amount: its amount column, or, for a ledger without one,
 * its quantity and unit-price columns (the amount is their product).
 */
export type AmountColumns = { amount: number } | { quantity: number; unitPrice: number };

/** Where an orders table keeps each row's amount (amountFromPrice), or null for nowhere. */
export function amountColumnsOf(columns: HeaderMapping<OrderField>['columns']): AmountColumns | null {
  if (amountFromPrice(columns))
    return { quantity: columns.quantity as number, unitPrice: columns.unitPrice as number };
  return columns.amount === undefined ? null : { amount: columns.amount };
}

/**
 * Which column of an orders header names the buyer (ORDER_BUYER_FIELDS; ACCOUNT_FIRST_BUYER_FIELDS
 * where the customer table has a platform-account column, or for orders read alone), or
 * undefined for none.
 */
export function orderBuyerField(
  columns: HeaderMapping<OrderField>['columns'],
  match: BuyerMatch = {},
): OrderBuyerField | undefined {
  const fields = match.alone || match.accounts ? ACCOUNT_FIRST_BUYER_FIELDS : ORDER_BUYER_FIELDS;
  return fields.find((field) => columns[field] !== undefined);
}

/**
 * Whether the buyer column of an orders header depends on whether the customer table has a
 * platform-account column: a reading of the orders begun before the customer table was at hand
 * (the CLI's orders thread) is then read again once it is.
 */
export function buyerDependsOnAccounts(columns: HeaderMapping<OrderField>['columns']): boolean {
  return orderBuyerField(columns) !== orderBuyerField(columns, { accounts: true });
}

/**
 * Whether a customer table's columns record the buyers' platform accounts (旺旺号, Buyer
 * Username), which orders naming their buyer by the platform's account are matched to.
 */
export function customerAccountsOf(columns: HeaderMapping<CustomerField>['columns']): boolean {
  return columns.platformAccount !== undefined;
}

/**
 * How the buyer column is read: as an id (the platform's account too: a text naming one buyer),
 * or as an email or phone number.
 */
export function buyerKindOf(field: OrderBuyerField): 'customerId' | ContactKind {
  if (field === 'mobile') return 'phone';
  if (field === 'buyerAccount') return 'customerId';
  return field === 'customerName' ? 'name' : field;
}

/** What an order's buyer is compared with in the customer table (see joinKindOf). */
export type BuyerKind = 'customerId' | 'account' | ContactKind;

/** What a customer table offers the orders' buyer column to be compared with. */
export interface CustomerKeys {
  /** A platform-account column (customerAccountsOf). */
  accounts: boolean;
  /** A customer-id column. */
  ids: boolean;
  /** A column that names the customer (CUSTOMER_NAME_FIELDS: name, company, short name). */
  names: boolean;
}

/**
 * What the buyer column is compared with in the customer table: its ids, its emails or phone
 * numbers, or for the platform's account its platform-account column where it has one, else its
 * ids. An orders column of customer ids is compared with the customers' names and companies
 * where the customer table has no ids but names: QuickBooks' sales by customer and many a ledger
 * write the customer under "Customer" or 客户编码, a column that can only ever hold what the
 * customer table knows them by.
 */
export function joinKindOf(field: OrderBuyerField, keys: CustomerKeys): BuyerKind {
  if (field === 'buyerAccount' && keys.accounts) return 'account';
  if (field === 'customerId' && !keys.ids && keys.names) return 'name';
  return buyerKindOf(field);
}

/** What a customer table's columns offer the orders to be matched by (see joinKindOf). */
export function customerKeysOf(columns: HeaderMapping<CustomerField>['columns']): CustomerKeys {
  return {
    accounts: customerAccountsOf(columns),
    ids: columns.id !== undefined,
    names: CUSTOMER_NAME_FIELDS.some((field) => columns[field] !== undefined),
  };
}

/**
 * Order headers that name the status only where no other column does (see mapHeader): a type
 * column says 销售 or 退货 in a ledger without a status, but 有赞's 订单类型 (普通订单, 拼团订单)
 * stands before its 订单状态, which says whether the order went through. A Hungarian book's Típus
 * says which document was written (számla, nyugta, díjbekérő), as a Croatian book's Vrsta does
 * (račun, ponuda, uplata) and a Serbian one's Vrsta dokumenta (faktura, predračun, uplata), a Romanian one's Tip (factură, ofertă, încasare) and a Slovak one's Druh
 * (faktúra, cenová ponuka, úhrada), a Bulgarian one's Вид (фактура, оферта, плащане), a Latvian one's Dokumenta veids
 * (rēķins-pavadzīme, cenu piedāvājums, apmaksa) and a German
 * one's Art or Belegart (Rechnung, Gutschrift, Angebot). A wholesaler's 店名 or 花店 names
 * the buyer where no 老板 column does, and its 门店编号 the buyer's number where no 客户编号 or
 * 会员卡号 does (a chain's own orders name the branch that sold by it).
 */
export const WEAK_ORDER_HEADERS: ReadonlySet<string> = new Set(
  [
    '订单类型',
    'Type',
    '类型',
    '交易类型',
    '消费类型',
    '流水类型',
    'Owner',
    'Paid',
    '回款状态',
    'Típus',
    'Bizonylat típusa',
    'Vrsta',
    'Vrsta dokumenta',
    'Tip',
    'Druh',
    'Вид',
    'Вид документа',
    'Dokumento rūšis',
    'Dokumento rusis',
    'Dokumenta veids',
    'Art',
    'Belegart',
    '店名',
    '花店',
    '店铺',
    '门店编号',
    '店铺编号',
    '门店代码',
    '门店号',
  ].map(normalizeHeader),
);

/** The name of the date read from a ledger's 月 and 日 columns (mapOrderHeader). */
export const MONTH_DAY_HEADER = '月/日';

/**
 * Headers of a code alone, the buyer's where the column stands right before the buyer's name
 * (Código | Cliente, 编号 | 客户).
 */
const CODE_BEFORE_NAME: ReadonlySet<string> = new Set(
  ['Código', 'Codigo', 'Cód.', 'Code', 'Kód', 'Codice', 'Cod.', '编号', '编码', '代码', '編號', '編碼'].map(
    normalizeHeader,
  ),
);

/** The price headers that are a row's amount where no quantity stands beside them. */
const PRICE_AS_AMOUNT: ReadonlySet<string> = new Set(['Price', 'Sale Price', '售价'].map(normalizeHeader));

/** An orders header mapped as the orders reader maps it: synonyms, the user's overrides, weak words. */
export function mapOrderHeader(
  header: readonly string[],
  overrides: Readonly<Record<string, OrderField>> = {},
): HeaderMapping<OrderField> {
  let mapping = mapHeader([...header], ORDER_FIELD_SYNONYMS, { ...overrides }, WEAK_ORDER_HEADERS);
  // A price and no quantity beside it (a groomer's Service | Price): each row's price is its
  // amount. Not a unit price (单价, Unit Price), which needs the quantity it is multiplied by.
  const { amount: _, quantity, unitPrice, ...others } = mapping.columns;
  if (
    mapping.columns.amount === undefined &&
    quantity === undefined &&
    unitPrice !== undefined &&
    PRICE_AS_AMOUNT.has(normalizeHeader(header[unitPrice] ?? ''))
  )
    mapping = { ...mapping, columns: { ...others, amount: unitPrice } };
  // A code right before the buyer's name (Código | Cliente): the buyer's code, as the customer
  // list numbers them, where no column is headed as the customer id.
  const { customerId, customerName } = mapping.columns;
  if (
    customerId === undefined &&
    customerName !== undefined &&
    customerName > 0 &&
    !Object.values(overrides).includes('customerId') &&
    CODE_BEFORE_NAME.has(normalizeHeader(header[customerName - 1] ?? '')) &&
    !Object.values(mapping.columns).includes(customerName - 1)
  )
    mapping = { ...mapping, columns: { ...mapping.columns, customerId: customerName - 1 } };
  // 月 | 日 without a date column (an account ledger): the date is read from the two, in a column
  // one past the header's (see OrderRowReader), named for messages.
  const { month, day } = mapping.columns;
  if (mapping.columns.date === undefined && month !== undefined && day !== undefined)
    mapping = {
      ...mapping,
      header: [...mapping.header, MONTH_DAY_HEADER],
      columns: { ...mapping.columns, date: mapping.header.length },
    };
  const amount = mapping.columns.amount;
  if (amount === undefined || Object.values(overrides).includes('amount')) return mapping;
  // The headers as both rules below compare them: lower case, full width and traditional folded.
  const names = header.map((text) => foldTraditional(toNfkc(text).trim().toLowerCase()));
  const chosen =
    convertedAmountColumn(names, amount) ??
    preTaxAmountColumn(names, amount) ??
    paidAfterDiscountColumn(names, amount);
  return chosen === null ? mapping : { ...mapping, columns: { ...mapping.columns, amount: chosen } };
}

/**
 * The column of the amounts before tax, where a ledger writes each sale before tax, the tax and
 * the total with it (Subtotal | HST | Total, Ex GST | GST | Total inc GST, 不含税金额 | 税额 |
 * 价税合计): the business's income is before tax, which it collects for the tax office (as the
 * notes under such sheets say). Null where the header (`names`, compared as mapOrderHeader folds
 * them) has no tax column, or no such amount.
 */
function preTaxAmountColumn(names: readonly string[], amount: number): number | null {
  const tax = names.findIndex((name) => TAX_COLUMN.test(name));
  if (tax < 0) return null;
  const at = names.findIndex((name, column) => column !== amount && PRE_TAX_AMOUNT.test(name));
  if (at >= 0) return at;
  // Fee | GST 18% | Total: the fee, charged before the tax beside it.
  const before = tax - 1;
  return before >= 0 && before !== amount && CHARGED_BEFORE_TAX.test(names[before] ?? '') ? before : null;
}

/**
 * The column of what was paid after a discount, where a till's or a shop's ledger writes the bill,
 * the discount taken off and what was paid (消费金额 | 折扣 | 实收, Amount | Discount | Paid): the
 * sale is what the customer paid. Null where the header (`names`) has no discount column, or no
 * such paid amount.
 */
function paidAfterDiscountColumn(names: readonly string[], amount: number): number | null {
  if (!names.some((name) => DISCOUNT_COLUMN.test(name))) return null;
  const at = names.findIndex((name, column) => column !== amount && PAID_AMOUNT.test(name));
  return at < 0 ? null : at;
}

/** A column of the discount taken off each bill: 折扣, 优惠, 折让, 减免, Discount. */
const DISCOUNT_COLUMN =
  /^(?:折扣|折扣金额|优惠|优惠金额|折让|折让金额|减免|减免金额|会员折扣|discount|discount amount|disc\.?)(?:\s*[(（][^()（）]{1,12}[)）])?$/;
/** What was paid after it: 实收, 实付, 实收金额, 实付金额, Paid, Amount Paid, Net Paid. */
const PAID_AMOUNT =
  /^(?:实收|实付|实收金额|实付金额|实收款|实付款|amount paid|paid amount|net paid|amount received)(?:\s*[(（][^()（）]{1,12}[)）])?$/;

/**
 * A column of each sale's tax: GST, HST, VAT, Tax, 税额, 增值税, and as other countries name it
 * (MwSt., USt., IVA, TVA, PPN, KDV) (perhaps with its rate: GST 18%, VAT (20%), MwSt. 19 %).
 */
const TAX_COLUMN =
  /^(?:gst|hst|pst|qst|vat|sst|tax|sales tax|dph|税额|税金|增值税|销项税额|mwst\.?|ust\.?|iva|tva|ppn|kdv|igv|itbis)(?:\s*[(（][^()（）]{1,12}[)）]|\s*@?\s*\d{1,2}(?:\.\d{1,2})?\s*%)?$/;
/** What a sale is charged, written just before its tax: Fee, Amount, Price, 金额, 学费. */
const CHARGED_BEFORE_TAX =
  /^(?:fee|fees|course fee|tuition|tuition fee|amount|price|charges?|base amount|taxable (?:value|amount)|金额|学费|费用|服务费)$/;
/**
 * The amount before tax: Subtotal, Ex GST, Net, Amount excl. VAT, 不含税金额, 未税金额; Netto, Montant
 * HT, Base imponible, Imponibile.
 */
const PRE_TAX_AMOUNT =
  /^(?:sub-?\s?total|netto|nettobetrag|montant ht|total ht|base imponible|imponibile|base(?:\s*[(（]\s*(?:s\/|sem)\s*iva\s*[)）])?|valor sem iva|total sem iva|ex(?:cl\.?|cluding)?\s+(?:gst|hst|vat|tax)|net|net amount|amount\s+ex(?:cl\.?|cluding)?\s+(?:gst|hst|vat|tax)|不含税金额|未税金额|金额[(（]不含税[)）])$/;

/**
 * The column of the amounts converted into one currency, where a ledger of invoices in several
 * writes each amount in its own currency (Amount, beside a Currency column) and again in the
 * business's own (Amount in GBP, 金额（人民币）, 本币金额): the converted one is the amount, as a
 * sum of the first would add euros, dollars and pounds together. Null where the header (`names`)
 * has no currency column or no such converted amount.
 */
function convertedAmountColumn(names: readonly string[], amount: number): number | null {
  if (!names.some((name) => CURRENCY_COLUMN.test(name))) return null;
  // The amount is the converted one already (出货金额（折人民币）), whatever else is converted
  // beside it (收款金额（折人民币）, what was paid).
  if (CONVERTED_INTO.test(names[amount] ?? '')) return null;
  const at = names.findIndex(
    (name, column) => column !== amount && AMOUNT_WORD.test(name) && CONVERTED_INTO.test(name),
  );
  return at < 0 ? null : at;
}

/** A column of each row's currency: Currency, 币种, 币别, 货币. */
const CURRENCY_COLUMN = /^(?:currency|curr\.?|币种|币别|货币|币制)$/;
const AMOUNT_WORD = /amount|total|value|金额|合计/;
/** The currency an amount was converted into, named in its header. */
const CONVERTED_INTO =
  /(?:\bin\s+|\(\s*|（\s*|\b)(?:gbp|usd|eur|cny|rmb|hkd|sgd|myr|aud|nzd|cad|twd|jpy)\b|人民币|本币|本位币|base currency|home currency/;
