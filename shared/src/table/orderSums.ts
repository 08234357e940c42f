import type { OrderColumns, OrderSums } from './orderColumns.ts';

// The fields of OrderSums.sums, per id.
export const PURCHASES = 0;
export const SPEND = 1;
export const REFUNDS = 2;
export const REFUNDED = 3;
export const FIRST_DAY = 4;
export const LAST_DAY = 5;
/** The numbers of one id (or customer) in OrderSums.sums. */
export const SUMS = 6;

/**
 * Each customer id's orders summed, in table order (so a customer's spend is added up order
 * after order, as the orders go). A negative amount is a refund: it lowers the spend, is counted
 * apart and dates no purchase.
 */
export function sumOrdersByKey(columns: OrderColumns): OrderSums {
  const keys = columns.ids.length;
  const sums = new Float64Array(keys * SUMS);
  for (let key = 0, at = 0; key < keys; key++, at += SUMS) {
    sums[at + FIRST_DAY] = Number.NaN;
    sums[at + LAST_DAY] = Number.NaN;
  }
  const firstRow = new Int32Array(keys).fill(-1);
  const { idKey, day, amount, row } = columns;
  for (let k = 0; k < columns.length; k++) {
    const key = idKey[k] as number;
    const at = key * SUMS;
    const value = amount[k] as number;
    if (firstRow[key] === -1) firstRow[key] = row[k] as number;
    sums[at + SPEND] = (sums[at + SPEND] as number) + value;
    if (value < 0) {
      sums[at + REFUNDS] = (sums[at + REFUNDS] as number) + 1;
      sums[at + REFUNDED] = (sums[at + REFUNDED] as number) - value;
      continue;
    }
    sums[at + PURCHASES] = (sums[at + PURCHASES] as number) + 1;
    const d = day[k] as number;
    if (!(d >= (sums[at + FIRST_DAY] as number))) sums[at + FIRST_DAY] = d;
    if (!(d <= (sums[at + LAST_DAY] as number))) sums[at + LAST_DAY] = d;
  }
  return { sums, firstRow };
}

/**
 * The sums of the given columns: those the reader summed with them (the orders thread), taken
 * from the columns, else summed now. The columns live as long as the analysis (the report and
 * the CLV fit read them), their sums are read once: at a million ids they are 50 MB, let go here
 * rather than held to the end. A second caller sums the columns again, to the same numbers.
 */
export function takeOrderSums(columns: OrderColumns): OrderSums {
  const { sums } = columns;
  if (sums === undefined) return sumOrdersByKey(columns);
  (columns as { sums?: OrderSums }).sums = undefined;
  return sums;
}
