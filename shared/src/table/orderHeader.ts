import type { OrderField } from '../model/fields.ts';
import type { HeaderMapping } from './mapHeader.ts';
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
 * a customer table: the customer id, else the email (online shops' exports: Shopify,
 * WooCommerce), else the mobile (淘宝's 联系手机), else the phone, else the platform's buyer
 * account (买家会员名), compared with the customers' ids, the only column a customer table has
 * for it; last the customer's name, as a sales ledger without ids writes it (购货单位, 客户,
 * 姓名), compared with the customers' names and companies: the weakest, since two people may
 * share one.
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
 * The same columns for orders read alone (`crm clv`), where the buyer only has to be told from
 * the others: the platform's account is then taken before an email or phone, which platforms
 * export masked (138****5678) and which two people may share.
 */
const ORDERS_ALONE_BUYER_FIELDS: readonly OrderBuyerField[] = [
  'customerId',
  'buyerAccount',
  'email',
  'mobile',
  'phone',
  'customerName',
];

/**
 * Whether an orders header lacks a column it needs (REQUIRED_ORDER_FIELDS, buyers read `alone`
 * as orderBuyerField reads them): the buyer may be named by another column than the customer
 * id, and a ledger that writes no amount gives each row's as its quantity times its unit price.
 */
export function lacksOrderField(
  field: (typeof REQUIRED_ORDER_FIELDS)[number],
  columns: HeaderMapping<OrderField>['columns'],
  alone = false,
): boolean {
  if (field === 'customerId') return orderBuyerField(columns, alone) === undefined;
  if (field === 'amount' && amountFromPrice(columns)) return false;
  return columns[field] === undefined;
}

/** Whether the amount of an order row is its quantity times its unit price (no amount column). */
export function amountFromPrice(columns: HeaderMapping<OrderField>['columns']): boolean {
  return columns.amount === undefined && columns.quantity !== undefined && columns.unitPrice !== undefined;
}

/**
 * Which column of an orders header names the buyer (ORDER_BUYER_FIELDS, or for orders read
 * alone ORDERS_ALONE_BUYER_FIELDS), or undefined for none.
 */
export function orderBuyerField(
  columns: HeaderMapping<OrderField>['columns'],
  alone = false,
): OrderBuyerField | undefined {
  return (alone ? ORDERS_ALONE_BUYER_FIELDS : ORDER_BUYER_FIELDS).find(
    (field) => columns[field] !== undefined,
  );
}

/** How the buyer column is compared to the customers': the id, or an email or phone number. */
export function buyerKindOf(field: OrderBuyerField): 'customerId' | ContactKind {
  if (field === 'mobile') return 'phone';
  if (field === 'buyerAccount') return 'customerId';
  return field === 'customerName' ? 'name' : field;
}

/**
 * Order headers that name the status only where no other column does (see mapHeader): a type
 * column says 销售 or 退货 in a ledger without a status, but 有赞's 订单类型 (普通订单, 拼团订单)
 * stands before its 订单状态, which says whether the order went through.
 */
export const WEAK_ORDER_HEADERS: ReadonlySet<string> = new Set(['订单类型', 'Type'].map(normalizeHeader));
