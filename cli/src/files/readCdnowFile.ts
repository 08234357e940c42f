import { isValidYmd, toDayNumber, ymdToIso } from '@crm/shared';
import { t } from '../texts/currentTexts.ts';
import { decodeText } from './decodeText.ts';
import { readBytes } from './fileErrors.ts';

/** A line of a CDNOW-style text file that could not be read. */
export interface CdnowLineIssue {
  line: number;
  text: string;
  message: string;
}

/** Purchases as columns (see TransactionColumns in the core): ids as written, day numbers, amounts. */
export interface CdnowTransactions {
  customerIds: string[];
  days: Float64Array;
  amounts: Float64Array;
  issues: CdnowLineIssue[];
}

const YYYYMMDD = /^\d{8}$/;

/**
 * Reads the whitespace-separated CDNOW transaction files (Fader & Hardie's data set, as shipped
 * with lifetimes): the sample has 5 columns without a header (customer id, id within the sample,
 * YYYYMMDD, number of CDs, dollars), the master 4 columns after a header line (customer_id, date,
 * number_of_cds, dollar_value). Returns null when the text is not in this format, so the caller
 * can read it as an ordinary table. Bad lines become issues; they never throw.
 *
 * The master file has 70k lines and `crm clv` on it should take well under half a second, so the
 * text is scanned in place: no array of lines, no string per field except the customer id.
 */
export function parseCdnowText(text: string): CdnowTransactions | null {
  const length = text.length;
  let pos = 0;
  let line = 1;
  // First non-empty line: a header, or the first transaction.
  let head: string[] = [];
  while (pos < length) {
    const end = lineEnd(text, pos);
    head = text.slice(pos, end).trim().split(/\s+/).filter(Boolean);
    if (head.length > 0) break;
    pos = end + 1;
    line++;
  }
  if (head.length === 0) return null;
  let layout: { id: number; date: number; amount: number; width: number };
  if (/^\d+$/.test(head[0] as string)) {
    const dateAt = head.length === 5 ? 2 : head.length === 4 ? 1 : -1;
    if (dateAt < 0 || !YYYYMMDD.test(head[dateAt] as string)) return null;
    layout = { id: 0, date: dateAt, amount: head.length - 1, width: head.length };
  } else {
    const names = head.map((name) => name.toLowerCase());
    const id = names.indexOf('customer_id');
    const date = names.indexOf('date');
    const amount = names.indexOf('dollar_value');
    if (id < 0 || date < 0 || amount < 0) return null;
    layout = { id, date, amount, width: names.length };
    pos = lineEnd(text, pos) + 1;
    line++;
  }

  const customerIds: string[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  const issues: CdnowLineIssue[] = [];
  const dayOf = new Map<number, number>();
  const starts = new Int32Array(16);
  const ends = new Int32Array(16);
  for (; pos < length; line++) {
    const end = lineEnd(text, pos);
    // Cut the line into fields (spaces, tabs, a CR before the newline).
    let count = 0;
    let i = pos;
    while (i < end) {
      while (i < end && isBlank(text.charCodeAt(i))) i++;
      if (i >= end) break;
      if (count < starts.length) starts[count] = i;
      while (i < end && !isBlank(text.charCodeAt(i))) i++;
      if (count < ends.length) ends[count] = i;
      count++;
    }
    const lineStart = pos;
    pos = end + 1;
    if (count === 0) continue;
    const problem = (message: string) =>
      issues.push({ line, text: text.slice(lineStart, end).trim(), message });
    if (count !== layout.width) {
      problem(t().clv.cdnowColumns(layout.width, count));
      continue;
    }
    const day = dayNumber(text, starts[layout.date] as number, ends[layout.date] as number, dayOf);
    if (Number.isNaN(day)) {
      problem(t().clv.cdnowDate(text.slice(starts[layout.date], ends[layout.date])));
      continue;
    }
    const amount = decimal(text, starts[layout.amount] as number, ends[layout.amount] as number);
    if (!Number.isFinite(amount)) {
      problem(t().clv.cdnowAmount(text.slice(starts[layout.amount], ends[layout.amount])));
      continue;
    }
    customerIds.push(text.slice(starts[layout.id], ends[layout.id]));
    days.push(day);
    amounts.push(amount);
  }
  return { customerIds, days: Float64Array.from(days), amounts: Float64Array.from(amounts), issues };
}

/** Reads a CDNOW-style .txt file, or returns null when the file is not in that format. */
export async function readCdnowFile(path: string): Promise<CdnowTransactions | null> {
  return parseCdnowText(decodeText(await readBytes(path)));
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

/** Day number of a YYYYMMDD field, NaN when it is not a real date; cached per distinct date. */
function dayNumber(text: string, start: number, end: number, cache: Map<number, number>): number {
  if (end - start !== 8) return Number.NaN;
  let ymd = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    ymd = ymd * 10 + digit;
  }
  let day = cache.get(ymd);
  if (day === undefined) {
    const y = Math.floor(ymd / 10000);
    const m = Math.floor(ymd / 100) % 100;
    const d = ymd % 100;
    day = isValidYmd(y, m, d) ? toDayNumber(ymdToIso(y, m, d)) : Number.NaN;
    cache.set(ymd, day);
  }
  return day;
}

/**
 * A plain decimal such as 29.33 or -5: mantissa / 10^scale, which IEEE division rounds exactly
 * as Number() would (both operands are exact below 15 digits). Anything else goes to Number().
 */
function decimal(text: string, start: number, end: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && scale < 0) {
      scale = 0;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9 || digits >= 15) return Number(text.slice(start, end));
    mantissa = mantissa * 10 + digit;
    digits++;
    if (scale >= 0) scale++;
  }
  if (digits === 0) return Number.NaN;
  const value = scale > 0 ? mantissa / 10 ** scale : mantissa;
  return negative ? -value : value;
}
