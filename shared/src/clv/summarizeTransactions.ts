import { fromDayNumber, type IsoDate, isIsoDate, toDayNumber } from '../model/dates.ts';
import { type RfmTriple, type TimeUnit, UNIT_DAYS } from './clvTypes.ts';

/** A purchase as the CLV models need it (an OrderRecord fits). */
export interface Transaction {
  customerId: string;
  date: IsoDate;
  amount: number;
}

/** One customer's calibration-period history in BG/NBD and Gamma-Gamma terms. */
export interface CustomerHistory extends RfmTriple {
  customerId: string;
  /**
   * Mean value of the repeat purchase occasions (all purchases of one day form one occasion,
   * their amounts summed), excluding the first occasion; 0 when there is no repeat. This is the
   * m_x of the Gamma-Gamma paper and lifetimes' `monetary_value`.
   */
  monetaryValue: number;
  firstPurchase: IsoDate;
  lastPurchase: IsoDate;
  /** Spend of all calibration-period purchases, the first included. */
  totalSpend: number;
}

export interface TransactionSummary {
  /** Customers in order of their first transaction in the input. */
  customers: CustomerHistory[];
  /** Transactions dated after the calibration end (ignored). */
  afterCalibrationEnd: number;
  /** Transactions with an unusable date or amount (ignored). */
  unusable: number;
}

/**
 * Transactions as columns: the i-th purchase is customer `customerIds[i]` on day number `days[i]`
 * (days since 1970-01-01, NaN when unusable) for `amounts[i]`. Large files are read straight into
 * this shape, without an object per purchase.
 */
export interface TransactionColumns {
  customerIds: readonly string[];
  days: ArrayLike<number>;
  amounts: ArrayLike<number>;
}

/** TransactionColumns with the i-th purchase's customer id as `keyIds[keys[i]]`, each id kept once. */
export interface KeyedTransactionColumns {
  keys: ArrayLike<number>;
  keyIds: readonly string[];
  days: ArrayLike<number>;
  amounts: ArrayLike<number>;
}

/**
 * Per-customer (x, t_x, T) and mean repeat spend from raw transactions, as
 * lifetimes' `summary_data_from_transaction_data` with `monetary_value_col`: transactions after
 * `calibrationEnd` are ignored, several purchases on one day count as one occasion, and times are
 * whole days divided by the unit length (CDNOW: t_x = 30.43 weeks = 213 days / 7), with T
 * measured from the first purchase to the calibration end itself.
 */
export function summarizeTransactions(
  transactions: readonly Transaction[],
  options: { calibrationEnd: IsoDate; unit: TimeUnit },
): TransactionSummary {
  const n = transactions.length;
  const dayCache = new Map<string, number>();
  const customerIds: string[] = new Array(n);
  const days = new Float64Array(n);
  const amounts = new Float64Array(n);
  let lastDate = '';
  let lastDay = Number.NaN;
  for (let i = 0; i < n; i++) {
    const t = transactions[i] as Transaction;
    let day = t.date === lastDate ? lastDay : dayCache.get(t.date);
    if (day === undefined) {
      day = isIsoDate(t.date) ? toDayNumber(t.date) : Number.NaN;
      dayCache.set(t.date, day);
    }
    lastDate = t.date;
    lastDay = day;
    customerIds[i] = t.customerId;
    days[i] = day;
    amounts[i] = t.amount;
  }
  return summarizeTransactionColumns({ customerIds, days, amounts }, options);
}

/**
 * summarizeTransactions for transactions given as columns. Each pass over the purchases is a
 * function of its own: each runs once, so V8 compiles its loop optimised while it runs (on-stack
 * replacement, on another thread), and a small function's code is ready sooner than one
 * function's holding every loop.
 */
export function summarizeTransactionColumns(
  transactions: TransactionColumns | KeyedTransactionColumns,
  options: { calibrationEnd: IsoDate; unit: TimeUnit },
): TransactionSummary {
  const endDay = toDayNumber(options.calibrationEnd);
  const numbered = numberCustomers(transactions, endDay);
  const grouped = groupByCustomer(
    numbered.txCustomer,
    numbered.txDay,
    transactions.amounts,
    numbered.ids.length,
  );
  const customers = customerHistories(grouped, numbered.ids, endDay, UNIT_DAYS[options.unit]);
  return { customers, afterCalibrationEnd: numbered.afterCalibrationEnd, unusable: numbered.unusable };
}

/**
 * Each purchase's customer, numbered in order of appearance (-1 for a purchase left out: after
 * the calibration end or unusable), and its day.
 */
function numberCustomers(
  transactions: TransactionColumns | KeyedTransactionColumns,
  endDay: number,
): {
  txCustomer: Int32Array;
  txDay: Float64Array;
  ids: string[];
  afterCalibrationEnd: number;
  unusable: number;
} {
  const customerIndex = new Map<string, number>();
  const ids: string[] = [];
  const n = transactions.days.length;
  const keyed = 'keys' in transactions ? transactions : null;
  const listed = 'customerIds' in transactions ? transactions.customerIds : [];
  // With keys, a customer's index is found by its key; numbered, as by id, in order of appearance.
  const customerOfKey = keyed === null ? null : new Int32Array(keyed.keyIds.length).fill(-1);
  const txCustomer = new Int32Array(n);
  const txDay = new Float64Array(n);
  let afterCalibrationEnd = 0;
  let unusable = 0;
  let lastId = '';
  let lastIndex = -1;
  for (let i = 0; i < n; i++) {
    const day = transactions.days[i] as number;
    if (Number.isNaN(day) || !Number.isFinite(transactions.amounts[i] as number)) {
      unusable++;
      txCustomer[i] = -1;
      continue;
    }
    if (day > endDay) {
      afterCalibrationEnd++;
      txCustomer[i] = -1;
      continue;
    }
    let c: number | undefined;
    if (keyed !== null && customerOfKey !== null) {
      const key = keyed.keys[i] as number;
      c = customerOfKey[key] as number;
      if (c < 0) {
        c = ids.length;
        customerOfKey[key] = c;
        ids.push(keyed.keyIds[key] as string);
      }
    } else {
      // Order tables usually list a customer's purchases together: skip the lookup for a repeat id.
      const id = listed[i] as string;
      c = id === lastId && lastIndex >= 0 ? lastIndex : customerIndex.get(id);
      if (c === undefined) {
        c = ids.length;
        customerIndex.set(id, c);
        ids.push(id);
      }
      lastId = id;
      lastIndex = c;
    }
    txCustomer[i] = c;
    txDay[i] = day;
  }
  return { txCustomer, txDay, ids, afterCalibrationEnd, unusable };
}

/**
 * Counting sort by customer: one flat array of (day, amount) per customer, no per-row objects;
 * customer c's purchases are at [start[c], start[c + 1]).
 */
function groupByCustomer(
  txCustomer: Int32Array,
  txDay: Float64Array,
  txAmount: ArrayLike<number>,
  customers: number,
): { start: Int32Array; days: Float64Array; amounts: Float64Array } {
  const n = txCustomer.length;
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) {
    const c = txCustomer[i] as number;
    if (c >= 0) start[c + 1] = (start[c + 1] as number) + 1;
  }
  for (let c = 0; c < customers; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, customers);
  const days = new Float64Array(start[customers] as number);
  const amounts = new Float64Array(start[customers] as number);
  for (let i = 0; i < n; i++) {
    const c = txCustomer[i] as number;
    if (c < 0) continue;
    const at = fill[c] as number;
    fill[c] = at + 1;
    days[at] = txDay[i] as number;
    amounts[at] = txAmount[i] as number;
  }
  return { start, days, amounts };
}

/** Each customer's history from their purchases grouped by groupByCustomer. */
function customerHistories(
  grouped: { start: Int32Array; days: Float64Array; amounts: Float64Array },
  ids: readonly string[],
  endDay: number,
  unitDays: number,
): CustomerHistory[] {
  const { start, days, amounts } = grouped;
  const isoCache = new Map<number, IsoDate>();
  const iso = (day: number): IsoDate => {
    let text = isoCache.get(day);
    if (text === undefined) {
      text = fromDayNumber(day);
      isoCache.set(day, text);
    }
    return text;
  };
  const customers = ids.length;
  const result: CustomerHistory[] = new Array(customers);
  for (let c = 0; c < customers; c++) {
    const from = start[c] as number;
    const to = start[c + 1] as number;
    sortByDay(days, amounts, from, to);
    const firstDay = days[from] as number;
    let lastDay = firstDay;
    let occasions = 0;
    let repeatSpend = 0;
    let totalSpend = 0;
    for (let i = from; i < to; i++) {
      const day = days[i] as number;
      const amount = amounts[i] as number;
      totalSpend += amount;
      if (day === firstDay) continue;
      repeatSpend += amount;
      if (day !== lastDay) {
        occasions++;
        lastDay = day;
      }
    }
    result[c] = {
      customerId: ids[c] as string,
      frequency: occasions,
      recency: (lastDay - firstDay) / unitDays,
      T: (endDay - firstDay) / unitDays,
      monetaryValue: occasions > 0 ? repeatSpend / occasions : 0,
      firstPurchase: iso(firstDay),
      lastPurchase: iso(lastDay),
      totalSpend,
    };
  }
  return result;
}

/** Sorts days[from, to) ascending, carrying amounts along (most runs are short and already sorted). */
function sortByDay(days: Float64Array, amounts: Float64Array, from: number, to: number): void {
  if (to - from > 64) {
    const order = Array.from({ length: to - from }, (_, i) => from + i);
    order.sort((i, j) => (days[i] as number) - (days[j] as number) || i - j);
    const d = order.map((i) => days[i] as number);
    const m = order.map((i) => amounts[i] as number);
    days.set(d, from);
    amounts.set(m, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const day = days[i] as number;
    if (day >= (days[i - 1] as number)) continue;
    const amount = amounts[i] as number;
    let j = i - 1;
    while (j >= from && (days[j] as number) > day) {
      days[j + 1] = days[j] as number;
      amounts[j + 1] = amounts[j] as number;
      j--;
    }
    days[j + 1] = day;
    amounts[j + 1] = amount;
  }
}
