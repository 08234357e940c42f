import { fromDayNumber, type IsoDate, toDayNumber } from '../model/dates.ts';
import type { OrderRecord } from '../model/records.ts';
import { IdKeys } from './idKeys.ts';

/**
 * The orders of a table as columns, in table order: order `i` is on sheet row `row[i]`, names
 * the customer id `ids[idKey[i]]`, is dated day `day[i]` (days since 1970-01-01) and is worth
 * `amount[i]` (negative for a refund). A million orders are a few typed arrays, not a million
 * objects; each distinct customer id is kept once, so each is looked up in the customer table
 * once, however many orders name it.
 */
export interface OrderColumns {
  readonly length: number;
  readonly row: Int32Array;
  readonly idKey: Int32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  /** The distinct customer ids (trimmed, as written). */
  readonly ids: readonly string[];
  /** The order numbers, when the reader was asked to keep them (else null). */
  readonly orderIds: readonly (string | null)[] | null;
  /**
   * The orders of each id summed (sumOrdersByKey), when the reader summed them: taken once, by
   * the purchase statistics (takeOrderSums).
   */
  readonly sums?: OrderSums | undefined;
}

/**
 * The orders of each customer id summed: what the purchase statistics need of a million orders,
 * in a few numbers per id. The orders thread sums them as soon as it has read them, while the
 * main thread is still reading the customer table; the statistics then go over the ids, not
 * over every order again.
 */
export interface OrderSums {
  /**
   * Per id (by its key in OrderColumns.ids), SUMS numbers side by side (see orderSums.ts):
   * purchases, net spend (purchases less refunds), refunds, their total, and the day numbers of
   * the first and last purchase (NaN for none).
   */
  readonly sums: Float64Array;
  /** Per id, the sheet row of its first order (−1 for an id no order kept names). */
  readonly firstRow: Int32Array;
}

/** Builds OrderColumns one order at a time, growing its arrays by doubling. */
export class OrderColumnsBuilder {
  private size = 0;
  private row: Int32Array;
  private idKey: Int32Array;
  private day: Int32Array;
  private amount: Float64Array;
  private idKeys = new IdKeys();
  private readonly orderIds: (string | null)[] | null;
  // Order tables usually list a customer's orders together, or repeat a date: skip those lookups.
  private lastId: string | null = null;
  private lastKey = -1;
  private readonly dayOfDate = new Map<IsoDate, number>();

  /**
   * `expected`: about how many orders will come (a reader's estimate from the file's size), so
   * that the columns are made once at about their size rather than doubled from 1,024 on, each
   * time copied whole. An estimate too low only means they grow from there.
   */
  constructor(keepOrderIds = false, expected = 0) {
    this.orderIds = keepOrderIds ? [] : null;
    const size = Math.max(1024, Math.ceil(expected));
    this.row = new Int32Array(size);
    this.idKey = new Int32Array(size);
    this.day = new Int32Array(size);
    this.amount = new Float64Array(size);
  }

  /** Whether the order numbers are kept (they cost a string per order). */
  get keepsOrderIds(): boolean {
    return this.orderIds !== null;
  }

  get length(): number {
    return this.size;
  }

  /** Adds an order; returns its position. */
  add(row: number, customerId: string, date: IsoDate, amount: number, orderId: string | null): number {
    if (this.size === this.row.length) this.grow();
    const at = this.size++;
    this.set(at, row, customerId, date, amount, orderId);
    return at;
  }

  /** add, with the date as a day number; returns its position. */
  addDay(row: number, customerId: string, day: number, amount: number, orderId: string | null): number {
    return this.addKeyed(row, this.keyOf(customerId), day, amount, orderId);
  }

  /**
   * addDay for a buyer whose key is at hand (knownKey), without looking the id up again;
   * returns its position.
   */
  addKeyed(row: number, key: number, day: number, amount: number, orderId: string | null): number {
    if (this.size === this.row.length) this.grow();
    const at = this.size++;
    this.row[at] = row;
    this.idKey[at] = key;
    this.day[at] = day;
    this.amount[at] = amount;
    if (this.orderIds !== null) this.orderIds[at] = orderId;
    return at;
  }

  /** The key of an id some order has been given already, or -1 (numbering none). */
  knownKey(id: string): number {
    if (id === this.lastId) return this.lastKey;
    const key = this.idKeys.find(id);
    if (key >= 0) {
      this.lastId = id;
      this.lastKey = key;
    }
    return key;
  }

  /** The key of the buyer of the order at `at`. */
  keyAt(at: number): number {
    return this.idKey[at] as number;
  }

  /** Holds a position for an order decided later (see fill and drop). */
  reserve(): number {
    if (this.size === this.row.length) this.grow();
    const at = this.size++;
    this.drop(at);
    if (this.orderIds !== null) this.orderIds[at] = null;
    return at;
  }

  /** Fills a reserved position. */
  fill(
    at: number,
    row: number,
    customerId: string,
    date: IsoDate,
    amount: number,
    orderId: string | null,
  ): void {
    this.set(at, row, customerId, date, amount, orderId);
  }

  /** Leaves a position empty (reserved, or an order taken back): build() drops it. */
  drop(at: number): void {
    this.idKey[at] = -1;
  }

  private set(
    at: number,
    row: number,
    customerId: string,
    date: IsoDate,
    amount: number,
    orderId: string | null,
  ) {
    this.row[at] = row;
    this.idKey[at] = this.keyOf(customerId);
    let day = this.dayOfDate.get(date);
    if (day === undefined) {
      day = toDayNumber(date);
      this.dayOfDate.set(date, day);
    }
    this.day[at] = day;
    this.amount[at] = amount;
    if (this.orderIds !== null) this.orderIds[at] = orderId;
  }

  private keyOf(id: string): number {
    if (id === this.lastId) return this.lastKey;
    const key = this.idKeys.keyOf(id);
    this.lastId = id;
    this.lastKey = key;
    return key;
  }

  private grow(): void {
    const size = Math.max(1024, this.row.length * 2);
    const grown = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.row = grown(this.row, new Int32Array(size));
    this.idKey = grown(this.idKey, new Int32Array(size));
    this.day = grown(this.day, new Int32Array(size));
    this.amount = grown(this.amount, new Float64Array(size));
  }

  /**
   * Of the refunds at `positions` (each written as a positive amount its status calls a refund),
   * the ones that take back more than their buyer bought on the rows above them: such a row is an
   * order refunded on its own row (a groomer's £45.00 | Refunded, the only groom that day), not a
   * refund of an earlier order. Each is given its purchase back, at its row and day, so that it
   * counts as the purchase and the refund it is. One pass over the orders.
   */
  giveBackOwnPurchases(positions: readonly number[]): number {
    if (positions.length === 0) return 0;
    const byKey = new Map<number, { at: number; bought: number }[]>();
    for (const at of positions) {
      const key = this.idKey[at] as number;
      if (key < 0) continue;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [{ at, bought: 0 }]);
      else list.push({ at, bought: 0 });
    }
    for (let i = 0; i < this.size; i++) {
      const amount = this.amount[i] as number;
      if (!(amount > 0)) continue;
      const list = byKey.get(this.idKey[i] as number);
      if (list === undefined) continue;
      for (const refund of list)
        if ((this.row[i] as number) < (this.row[refund.at] as number)) refund.bought += amount;
    }
    let given = 0;
    for (const list of byKey.values())
      for (const { at, bought } of list) {
        const refunded = -(this.amount[at] as number);
        if (bought >= refunded) continue;
        if (this.size === this.row.length) this.grow();
        const i = this.size++;
        this.row[i] = this.row[at] as number;
        this.idKey[i] = this.idKey[at] as number;
        this.day[i] = this.day[at] as number;
        this.amount[i] = refunded;
        if (this.orderIds !== null) this.orderIds[i] = this.orderIds[at] ?? null;
        given++;
      }
    return given;
  }

  /** The columns, trimmed to their length, without the dropped positions; ends the builder. */
  build(): OrderColumns {
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      if ((this.idKey[i] as number) < 0) continue;
      if (kept !== i) {
        this.row[kept] = this.row[i] as number;
        this.idKey[kept] = this.idKey[i] as number;
        this.day[kept] = this.day[i] as number;
        this.amount[kept] = this.amount[i] as number;
        if (this.orderIds !== null) this.orderIds[kept] = this.orderIds[i] ?? null;
      }
      kept++;
    }
    if (this.orderIds !== null) this.orderIds.length = kept;
    const columns: OrderColumns = {
      length: kept,
      row: this.row.slice(0, kept),
      idKey: this.idKey.slice(0, kept),
      day: this.day.slice(0, kept),
      amount: this.amount.slice(0, kept),
      ids: this.idKeys.ids,
      orderIds: this.orderIds,
    };
    // The builder's own arrays have room to grow (up to twice the orders): let them go now,
    // whoever still holds the builder (a stream's reader lives as long as its parser).
    this.row = new Int32Array(0);
    this.idKey = new Int32Array(0);
    this.day = new Int32Array(0);
    this.amount = new Float64Array(0);
    this.size = 0;
    this.idKeys = new IdKeys();
    this.dayOfDate.clear();
    this.lastId = null;
    return columns;
  }
}

/**
 * The first character of an order's buyer where its customer-id cell was left blank and the
 * orders table names the customer beside it (姓名, 客户名称): such an order's buyer is that name,
 * kept among the orders' ids behind this control character, which cells do not hold, so that a
 * name is never taken for an id written the same. It is matched to the customers as an order
 * naming its buyer by name is (nameIndexesOf), by customerIndexesOf.
 */
const NAMED_BUYER = '\u0000';

/** The buyer of an order whose customer id was left blank, named by `name` (see NAMED_BUYER). */
export function namedBuyerId(name: string): string {
  return NAMED_BUYER + name;
}

/** The name an order's buyer id stands for when its customer id was left blank (NAMED_BUYER), else null. */
export function namedBuyerOf(id: string): string | null {
  return id.charCodeAt(0) === 0 ? id.slice(1) : null;
}

/** Orders as columns: as they are when read as columns, else numbered from their records. */
export function asOrderColumns(orders: readonly OrderRecord[] | OrderColumns): OrderColumns {
  return Array.isArray(orders) ? orderColumnsOf(orders) : (orders as OrderColumns);
}

/** Order records as columns (for callers that hold records, such as tests and fixtures). */
export function orderColumnsOf(orders: readonly OrderRecord[]): OrderColumns {
  const builder = new OrderColumnsBuilder(true);
  for (const order of orders)
    builder.add(order.row, order.customerId, order.date, order.amount, order.orderId);
  return builder.build();
}

/** The columns as order records, one object per order (dates shared per day). */
export function orderRecordsOf(columns: OrderColumns): OrderRecord[] {
  const dates = new Map<number, IsoDate>();
  const records: OrderRecord[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const day = columns.day[i] as number;
    let date = dates.get(day);
    if (date === undefined) {
      date = fromDayNumber(day);
      dates.set(day, date);
    }
    records[i] = {
      row: columns.row[i] as number,
      customerId: columns.ids[columns.idKey[i] as number] as string,
      date,
      amount: columns.amount[i] as number,
      orderId: columns.orderIds?.[i] ?? null,
    };
  }
  return records;
}
