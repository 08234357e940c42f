import { fromDayNumber, type IsoDate } from '../model/dates.ts';
import type { Language } from '../model/keys.ts';
import type { CustomerRecord, OrderRecord, PurchaseStats } from '../model/records.ts';
import type { CellIssue } from '../model/table.ts';
import {
  contactIndexesOf,
  contactKeyOf,
  type NameIndexes,
  nameIndexesOf,
  nameKeyOf,
} from './contactIndex.ts';
import { accountIndexOf, CustomerIndex, type IdsWrittenDifferently, idsAt } from './customerIndex.ts';
import { asOrderColumns, namedBuyerOf, type OrderColumns } from './orderColumns.ts';
import type { BuyerKind } from './orderHeader.ts';
import {
  FIRST_DAY,
  LAST_DAY,
  PURCHASES,
  REFUNDED,
  REFUNDS,
  SPEND,
  SUMS,
  takeOrderSums,
} from './orderSums.ts';
import type { ContactKind, ReaderProblem } from './readerProblem.ts';
import { readerProblemText } from './readerTexts.ts';

/** Where unknown-customer issues point and how they read. */
export interface DerivePurchaseStatsOptions {
  /** Header text of the orders' customer-id column (default `客户编号/Customer ID`). */
  customerIdColumn?: string;
  /**
   * Header text of the orders' customer-name column, by which orders whose customer id was left
   * blank are matched (namedBuyerId; default `姓名/Name`).
   */
  customerNameColumn?: string;
  /** Language of the issue messages (default Chinese, as the configuration's). */
  language?: Language;
  /** The index of `records` when the reader built one (CustomersRead.index); else built here. */
  index?: CustomerIndex;
  /**
   * What the orders' buyer column is compared with (joinKindOf): the customers' ids (the
   * default), their platform accounts (accountIndexOf), or their emails or phones
   * (contactIndexesOf).
   */
  buyer?: BuyerKind;
  /** Where a phone without a country code is (config.defaultRegion); for `buyer: 'phone'`. */
  region?: string;
}

/** What derivePurchaseStats gives. */
export interface PurchaseStatsRead {
  /** Per record, in the same order. */
  stats: PurchaseStats[];
  issues: CellIssue[];
  /**
   * The record index of each customer id of the orders (by its key in the ids of the orders as
   * columns, asOrderColumns(orders)), or −1 for an id not in the table: how the stats matched
   * orders to customers (null without orders).
   */
  customerOfKey: Int32Array | null;
  /** The orders counted for a customer whose id they write differently (null for none). */
  idsWrittenDifferently: IdsWrittenDifferently | null;
}

/**
 * Purchase history per customer, aligned with `records`.
 *
 * With orders: count, net spend (purchases less refunds, the refunds counted apart), first and
 * last purchase come from the orders whose customer id
 * matches the row's id (see CustomerIndex); customers without orders, or without an id, get
 * orderCount 0. Orders for ids not in the table give one `unknown-customer` issue per id, at the
 * row of its first order. The orders are summed per id (sumOrdersByKey, by the orders thread when
 * there is one), and the ids matched to customers: a million orders are gone through once.
 *
 * Without orders (null), the summary columns are used:
 * - orderCount empty but a purchase date or a positive spend known → 1 purchase;
 * - a last purchase without a first purchase, for a one-time buyer → first = last;
 * - a buyer (orderCount > 0) without a last purchase → lastPurchase = firstPurchase when known,
 *   else null: the customer counts as a buyer whose recency is unknown.
 */
export function derivePurchaseStats(
  records: CustomerRecord[],
  orders: OrderRecord[] | OrderColumns | null,
  options: DerivePurchaseStatsOptions = {},
): PurchaseStatsRead {
  if (orders === null)
    return { stats: records.map(fromSummary), issues: [], customerOfKey: null, idsWrittenDifferently: null };
  const columns = asOrderColumns(orders);
  const { sums, firstRow } = takeOrderSums(columns);
  const n = records.length;
  // Each customer's sums side by side (SUMS numbers apart), as each id's are: most customers are
  // named by one id, whose sums are copied; a customer named by several ids (1001, 01001) adds
  // them up.
  const acc = new Float64Array(n * SUMS);
  for (let i = 0; i < n; i++) {
    acc[i * SUMS + FIRST_DAY] = Number.NaN;
    acc[i * SUMS + LAST_DAY] = Number.NaN;
  }
  // One lookup per distinct id, not per order.
  const index = options.index ?? new CustomerIndex(records);
  const buyer = options.buyer ?? 'customerId';
  const named = buyer === 'name' ? nameIndexesOf(records, columns.ids) : null;
  const customerOfKey =
    buyer === 'customerId'
      ? customerIndexesOf(records, columns.ids, index)
      : buyer === 'account'
        ? customerIndexesOf(records, columns.ids, accountIndexOf(records))
        : buyer === 'name'
          ? (named as NameIndexes).indexes
          : contactIndexesOf(records, columns.ids, buyer, options.region ?? 'CN');
  const unknownKeys: number[] = [];
  for (let key = 0, from = 0; key < columns.ids.length; key++, from += SUMS) {
    const i = customerOfKey[key] as number;
    if (i < 0) {
      if ((firstRow[key] as number) >= 0) unknownKeys.push(key);
      continue;
    }
    const at = i * SUMS;
    // The four sums one by one: a loop over them would go through an iterator per id.
    acc[at + PURCHASES] = (acc[at + PURCHASES] as number) + (sums[from + PURCHASES] as number);
    acc[at + SPEND] = (acc[at + SPEND] as number) + (sums[from + SPEND] as number);
    acc[at + REFUNDS] = (acc[at + REFUNDS] as number) + (sums[from + REFUNDS] as number);
    acc[at + REFUNDED] = (acc[at + REFUNDED] as number) + (sums[from + REFUNDED] as number);
    const first = sums[from + FIRST_DAY] as number;
    const last = sums[from + LAST_DAY] as number;
    if (first < (acc[at + FIRST_DAY] as number) || Number.isNaN(acc[at + FIRST_DAY] as number))
      acc[at + FIRST_DAY] = first;
    if (last > (acc[at + LAST_DAY] as number) || Number.isNaN(acc[at + LAST_DAY] as number))
      acc[at + LAST_DAY] = last;
  }
  const dates = new Map<number, IsoDate>();
  const dateOf = (d: number): IsoDate | null => {
    if (Number.isNaN(d)) return null;
    // Day numbers are whole: looked up as a small integer, not as a double boxed for each lookup.
    const day = d | 0;
    if (day !== d) return fromDayNumber(d);
    let date = dates.get(day);
    if (date === undefined) {
      date = fromDayNumber(day);
      dates.set(day, date);
    }
    return date;
  };
  const stats: PurchaseStats[] = new Array<PurchaseStats>(n);
  for (let i = 0, at = 0; i < n; i++, at += SUMS) {
    stats[i] = {
      firstPurchase: dateOf(acc[at + FIRST_DAY] as number),
      lastPurchase: dateOf(acc[at + LAST_DAY] as number),
      // Counts as integers (| 0): a number read from a Float64Array would make V8 keep the field
      // as a double, boxed apart from the object, 16 more bytes per count at every customer.
      orderCount: (acc[at + PURCHASES] as number) | 0,
      totalSpend: roundCents(acc[at + SPEND] as number),
      refunds: (acc[at + REFUNDS] as number) | 0,
      refundTotal: roundCents(acc[at + REFUNDED] as number),
      source: 'orders',
    };
  }
  const column = options.customerIdColumn ?? '客户编号/Customer ID';
  const issues: CellIssue[] = [];
  // Each unknown id once, at its first order, in the order the ids first come.
  unknownKeys.sort((a, b) => (firstRow[a] as number) - (firstRow[b] as number));
  // An email or phone written two ways (Li@x.com, li@x.com) is one buyer: one issue, at its first
  // order, counting the orders of both.
  const sameBuyer =
    buyer === 'customerId' || buyer === 'account'
      ? null
      : sameContactKeys(columns.ids, unknownKeys, buyer, options.region ?? 'CN');
  let namesShared: Map<string, number[]> | null = null;
  for (const key of unknownKeys) {
    if (sameBuyer !== null && !sameBuyer.has(key)) continue;
    const id = columns.ids[key] as string;
    const name = namedBuyerOf(id);
    let spend = 0;
    let count = 0;
    for (const other of sameBuyer?.get(key) ?? [key]) {
      const from = other * SUMS;
      spend += sums[from + SPEND] as number;
      count += (sums[from + PURCHASES] as number) + (sums[from + REFUNDS] as number);
    }
    const amount = roundCents(spend);
    if (name !== null) namesShared ??= named?.shared ?? nameIndexesOf(records, []).shared;
    const problem: ReaderProblem =
      name !== null
        ? blankIdProblem(name, count, amount, namesShared?.get(nameKeyOf(name)), records, column)
        : buyer === 'customerId'
          ? unknownIdProblem(id, count, amount, index, records)
          : buyer === 'account'
            ? { code: 'orders-unknown-account', id, orders: count, amount }
            : unknownContactProblem(buyer, id, count, amount, named?.shared.get(nameKeyOf(id)), records);
    issues.push({
      row: firstRow[key] as number,
      column: name === null ? column : (options.customerNameColumn ?? '姓名/Name'),
      value: name ?? id,
      message: readerProblemText(problem, options.language ?? 'zh'),
      kind: 'unknown-customer',
      table: 'orders',
    });
  }
  const idsWrittenDifferently =
    buyer === 'customerId' && index.folded
      ? foldedOrders(columns.ids, customerOfKey, index, records, sums, firstRow)
      : null;
  return { stats, issues, customerOfKey, idsWrittenDifferently };
}

/**
 * The one customer whose name is `written` but for one character, not the first (陈思琪 for an
 * order's 陈思淇, a slip of the pen): a Chinese name of two to four characters, or a Latin one of
 * five letters or more. Null for none, or for two or more. One lookup per character of the name,
 * in an index of the customers' names made once per table (namesOneApartOf).
 */
function nameOneApart(
  written: string,
  records: readonly CustomerRecord[],
): { name: string; row: number } | null {
  const key = written.trim();
  if (!(HAN_NAME_LENGTH.test(key) || (LATIN_NAME_LENGTH.test(key) && key.length >= 5))) return null;
  const index = namesOneApartOf(records);
  let found: { name: string; row: number } | null = null;
  for (let i = 1; i < key.length; i++) {
    const near = index.get(withoutCharacter(key, i));
    if (near === undefined || near.name === key) continue;
    if (near === SEVERAL || (found !== null && found.name !== near.name)) return null;
    found = near;
  }
  return found;
}

/** Names that differ in one place from two customers' different names. */
const SEVERAL = { name: '', row: 0 };

/**
 * Each customer's name with one of its characters (not the first) left out, keyed to that name and
 * its last row, or to SEVERAL where two different names meet on a key.
 */
function namesOneApartOf(records: readonly CustomerRecord[]): Map<string, { name: string; row: number }> {
  let index = NAMES_ONE_APART.get(records);
  if (index !== undefined) return index;
  index = new Map();
  for (const record of records) {
    const name = record.name?.trim();
    if (name === undefined || name.length < 2) continue;
    for (let i = 1; i < name.length; i++) {
      const key = withoutCharacter(name, i);
      const was = index.get(key);
      index.set(key, was === undefined || was.name === name ? { name, row: record.row } : SEVERAL);
    }
  }
  NAMES_ONE_APART.set(records, index);
  return index;
}

const NAMES_ONE_APART = new WeakMap<readonly CustomerRecord[], Map<string, { name: string; row: number }>>();

/** A text with its character at `i` marked as left out (the mark is no character of a name). */
function withoutCharacter(text: string, i: number): string {
  return `${text.slice(0, i)}\u0000${text.slice(i + 1)}`;
}

const HAN_NAME_LENGTH = /^\p{Script=Han}{2,4}$/u;
const LATIN_NAME_LENGTH = /^\p{Script=Latin}[\p{Script=Latin} '’-]+$/u;

/**
 * Why the orders of an email, phone or name count for no one: not in the table, or (a name) on
 * several of its rows, `sharedBy` their record indexes.
 */
function unknownContactProblem(
  by: ContactKind,
  id: string,
  orders: number,
  amount: number,
  sharedBy: readonly number[] | undefined,
  records: readonly CustomerRecord[],
): ReaderProblem {
  if (sharedBy === undefined) {
    const near = by === 'name' ? nameOneApart(id, records) : null;
    return { code: 'orders-unknown-contact', by, id, orders, amount, ...(near === null ? {} : { near }) };
  }
  const rows = sharedBy.map((i) => (records[i] as CustomerRecord).row);
  return { code: 'orders-ambiguous-contact', by, id, orders, amount, rows };
}

/**
 * Why the orders whose customer id (`idColumn`) was left blank count for no one: the name beside
 * it is in no row, or in several (`sharedBy`), which their ids would tell apart.
 */
function blankIdProblem(
  name: string,
  orders: number,
  amount: number,
  sharedBy: readonly number[] | undefined,
  records: readonly CustomerRecord[],
  idColumn: string,
): ReaderProblem {
  const problem = unknownContactProblem('name', name, orders, amount, sharedBy, records);
  return problem.code === 'orders-ambiguous-contact' ? { ...problem, idColumn } : problem;
}

/** Why the orders of an id count for no one: not in the table, matching several, or cut short. */
function unknownIdProblem(
  id: string,
  orders: number,
  amount: number,
  index: CustomerIndex,
  records: readonly CustomerRecord[],
): ReaderProblem {
  const fold = index.foldOf(id);
  if (fold?.scientific) return { code: 'orders-scientific-customer', id, orders, amount };
  if (fold !== undefined && fold.candidates.length > 1)
    return {
      code: 'orders-ambiguous-customer',
      id,
      orders,
      amount,
      matches: idsAt(records, fold.candidates),
    };
  return { code: 'orders-unknown-customer', id, orders, amount };
}

/** The orders of the ids matched by their folded key (see CustomerIndex), or null for none. */
function foldedOrders(
  ids: readonly string[],
  customerOfKey: Int32Array,
  index: CustomerIndex,
  records: readonly CustomerRecord[],
  sums: Float64Array,
  firstRow: Int32Array,
): IdsWrittenDifferently | null {
  let count = 0;
  let first = -1;
  for (let key = 0; key < ids.length; key++) {
    const row = firstRow[key] as number;
    const id = ids[key] as string;
    if (
      (customerOfKey[key] as number) < 0 ||
      row < 0 ||
      namedBuyerOf(id) !== null ||
      index.foldOf(id) === undefined
    )
      continue;
    count += (sums[key * SUMS + PURCHASES] as number) + (sums[key * SUMS + REFUNDS] as number);
    if (first < 0 || row < (firstRow[first] as number)) first = key;
  }
  if (first < 0) return null;
  const id = ids[first] as string;
  return { count, row: firstRow[first] as number, id, as: records[customerOfKey[first] as number]?.id ?? '' };
}

/**
 * The unknown emails or phones (`keys`, in the order of their first orders) that are one value
 * written differently (contactKeyOf): each first one with all of them; the others left out.
 */
function sameContactKeys(
  ids: readonly string[],
  keys: readonly number[],
  by: ContactKind,
  region: string,
): Map<number, number[]> {
  const firstOf = new Map<string, number[]>();
  const groups = new Map<number, number[]>();
  for (const key of keys) {
    const contact = contactKeyOf(ids[key] as string, by, region);
    const group = firstOf.get(contact);
    if (group === undefined) {
      const own = [key];
      firstOf.set(contact, own);
      groups.set(key, own);
    } else group.push(key);
  }
  return groups;
}

/**
 * The record index (see CustomerIndex) of each id, or −1 for an id not in the table; `index`,
 * when given, is that of `records`. The buyer of an order whose customer id was left blank is
 * found by the name beside it (namedBuyerId), as orders naming their buyers by name are
 * (nameIndexesOf).
 */
export function customerIndexesOf(
  records: readonly CustomerRecord[],
  ids: readonly string[],
  index: CustomerIndex = new CustomerIndex(records),
): Int32Array {
  const indexes = new Int32Array(ids.length);
  // Orders whose customer id was left blank, by the name beside it (namedBuyerId): their keys
  // and those names.
  const named: number[] = [];
  const names: string[] = [];
  for (let key = 0; key < ids.length; key++) {
    const id = ids[key] as string;
    const name = namedBuyerOf(id);
    if (name === null) indexes[key] = index.find(id);
    else {
      named.push(key);
      names.push(name);
    }
  }
  if (named.length > 0) {
    const byName = nameIndexesOf(records, names).indexes;
    for (let k = 0; k < named.length; k++) indexes[named[k] as number] = byName[k] as number;
  }
  return indexes;
}

/** Sums of many cents drift (0.1 + 0.2); amounts are money, so keep two decimals. */
function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}

function fromSummary(record: CustomerRecord): PurchaseStats {
  let { firstPurchase, lastPurchase, orderCount } = record;
  const totalSpend = record.totalSpend ?? 0;
  if (orderCount === null) {
    orderCount = lastPurchase !== null || firstPurchase !== null || totalSpend > 0 ? 1 : 0;
  }
  if (orderCount > 0) {
    if (lastPurchase === null) lastPurchase = firstPurchase;
    if (firstPurchase === null && orderCount === 1) firstPurchase = lastPurchase;
  }
  return {
    firstPurchase,
    lastPurchase,
    orderCount,
    totalSpend,
    refunds: 0,
    refundTotal: 0,
    source: 'summary',
  };
}
