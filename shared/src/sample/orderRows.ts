import type { Cell } from '../model/table.ts';
import type { Random } from '../random/random.ts';
import type { DateFormats } from './dateFormats.ts';
import type { PurchaseLog } from './purchases.ts';
import type { SampleRates } from './sampleRates.ts';

export const ORDER_HEADER = ['客户编号', '订单编号', '订单日期', '金额'] as const;

/**
 * The Orders table in date order, as a shop system exports it, with order numbers
 * SO + yymmdd + sequence of the day. A counting sort by day keeps a million orders O(n).
 */
export function buildOrderRows(
  log: PurchaseLog,
  ids: readonly string[],
  firstDay: number,
  today: number,
  dates: DateFormats,
  random: Random,
  rates: SampleRates,
): Cell[][] {
  const span = today - firstDay + 1;
  const starts = new Int32Array(span + 1);
  for (let k = 0; k < log.length; k++) {
    const d = (log.day[k] as number) - firstDay + 1;
    starts[d] = (starts[d] as number) + 1;
  }
  for (let d = 0; d < span; d++) starts[d + 1] = (starts[d + 1] as number) + (starts[d] as number);
  const order = new Int32Array(log.length);
  const next = starts.slice(0, span);
  for (let k = 0; k < log.length; k++) {
    const d = (log.day[k] as number) - firstDay;
    order[next[d] as number] = k;
    next[d] = (next[d] as number) + 1;
  }

  const rows: Cell[][] = new Array(log.length);
  let previousDay = -1;
  let sequence = 0;
  for (let n = 0; n < log.length; n++) {
    const k = order[n] as number;
    const day = log.day[k] as number;
    sequence = day === previousDay ? sequence + 1 : 1;
    previousDay = day;
    // SO + yymmdd + 4-digit sequence: 12 characters, short enough for V8 to store one flat
    // string per order rather than a rope of three.
    const orderId = `SO${dates.compactOf(day)}${sequenceText(sequence)}`;
    const date = random.chance(rates.futureOrder)
      ? dates.isoOf(today + random.between(1, 90))
      : dates.messy(day, random);
    let amount = log.amount[k] as number;
    // A refund typed as a negative order.
    if (random.chance(rates.negativeAmount)) amount = -amount;
    rows[n] = [ids[log.customer[k] as number] as string, orderId, date, messyAmount(amount, random)];
  }
  return rows;
}

const SEQUENCES: string[] = [];

function sequenceText(sequence: number): string {
  if (sequence >= 10_000) return String(sequence);
  let text = SEQUENCES[sequence];
  if (text === undefined) {
    text = String(sequence).padStart(4, '0');
    SEQUENCES[sequence] = text;
  }
  return text;
}

/** Mostly plain numbers; sometimes ¥1,234.50, 1,234.50 or 1234.5 元 as typed text. */
export function messyAmount(amount: number, random: Random): Cell {
  const style = random.next();
  if (style < 0.85) return amount;
  const sign = amount < 0 ? '-' : '';
  if (style < 0.91) return `${sign}¥${grouped(amount)}`;
  if (style < 0.95) return `${amount} 元`;
  return `${sign}${grouped(amount)}`;
}

/** 1234.5 → 1,234.50 (sign dropped). */
function grouped(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
