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

/**
 * Purchases as columns (see KeyedTransactionColumns in the core): the i-th purchase is customer
 * `keyIds[keys[i]]` (ids as written, each kept once, in order of their first purchase) on day
 * number `days[i]` for `amounts[i]`.
 */
export interface CdnowTransactions {
  keys: Int32Array;
  keyIds: string[];
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
 * text is scanned in place: no array of lines, no string per field, and a string per customer id
 * only where it differs from the line before (the files list a customer's purchases together,
 * sorted by customer: see mergeRuns for the others).
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

  // The master file's lines are 28 characters long; the columns grow if the guess is short.
  const columns = new Columns(Math.ceil(length / 24));
  // The id of each run of purchases with one id, and whether each run's id sorts after the one
  // before: then no two runs share an id, and no map of ids is needed to find repeats.
  const runIds: string[] = [];
  let ascending = true;
  const issues: CdnowLineIssue[] = [];
  const dayOf = new Map<number, number>();
  const starts = new Int32Array(16);
  const ends = new Int32Array(16);
  // Where the last purchase's id was written, and its run.
  let idStart = 0;
  let idEnd = -1;
  let run = -1;
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
    if (count !== layout.width) {
      issues.push(lineIssue(text, line, lineStart, end, t().clv.cdnowColumns(layout.width, count)));
      continue;
    }
    const day = dayNumber(text, starts[layout.date] as number, ends[layout.date] as number, dayOf);
    if (Number.isNaN(day)) {
      const field = text.slice(starts[layout.date], ends[layout.date]);
      issues.push(lineIssue(text, line, lineStart, end, t().clv.cdnowDate(field)));
      continue;
    }
    const amount = decimal(text, starts[layout.amount] as number, ends[layout.amount] as number);
    if (!Number.isFinite(amount)) {
      const field = text.slice(starts[layout.amount], ends[layout.amount]);
      issues.push(lineIssue(text, line, lineStart, end, t().clv.cdnowAmount(field)));
      continue;
    }
    const from = starts[layout.id] as number;
    const to = ends[layout.id] as number;
    if (!sameText(text, from, to, idStart, idEnd)) {
      const id = text.slice(from, to);
      if (ascending && run >= 0 && !((runIds[run] as string) < id)) ascending = false;
      run = runIds.length;
      runIds.push(id);
      idStart = from;
      idEnd = to;
    }
    columns.push(run, day, amount);
  }
  const { keys, days, amounts } = columns.finish();
  // The master file is sorted by customer: its runs are its customers.
  if (ascending) return { keys, keyIds: runIds, days, amounts, issues };
  return { ...mergeRuns(keys, runIds), days, amounts, issues };
}

/**
 * Keys by id instead of by run, for files that list a customer's purchases in several places:
 * each id kept once, in order of its first purchase.
 */
function mergeRuns(runKeys: Int32Array, runIds: readonly string[]): { keys: Int32Array; keyIds: string[] } {
  const keyOf = new Map<string, number>();
  const keyIds: string[] = [];
  const keyOfRun = new Int32Array(runIds.length);
  for (let run = 0; run < runIds.length; run++) {
    const id = runIds[run] as string;
    let key = keyOf.get(id);
    if (key === undefined) {
      key = keyIds.length;
      keyOf.set(id, key);
      keyIds.push(id);
    }
    keyOfRun[run] = key;
  }
  for (let i = 0; i < runKeys.length; i++) runKeys[i] = keyOfRun[runKeys[i] as number] as number;
  return { keys: runKeys, keyIds };
}

/** The key, day and amount columns, grown as purchases are read. */
class Columns {
  length = 0;
  keys: Int32Array;
  days: Float64Array;
  amounts: Float64Array;

  constructor(capacity: number) {
    this.keys = new Int32Array(capacity);
    this.days = new Float64Array(capacity);
    this.amounts = new Float64Array(capacity);
  }

  push(key: number, day: number, amount: number): void {
    const at = this.length;
    if (at === this.keys.length) this.grow();
    this.keys[at] = key;
    this.days[at] = day;
    this.amounts[at] = amount;
    this.length = at + 1;
  }

  /** The columns as read so far (views of the buffers: copying them would touch fresh memory). */
  finish(): { keys: Int32Array; days: Float64Array; amounts: Float64Array } {
    const n = this.length;
    return {
      keys: this.keys.subarray(0, n),
      days: this.days.subarray(0, n),
      amounts: this.amounts.subarray(0, n),
    };
  }

  private grow(): void {
    const capacity = Math.max(16, this.keys.length * 2);
    const keys = new Int32Array(capacity);
    const days = new Float64Array(capacity);
    const amounts = new Float64Array(capacity);
    keys.set(this.keys);
    days.set(this.days);
    amounts.set(this.amounts);
    this.keys = keys;
    this.days = days;
    this.amounts = amounts;
  }
}

function lineIssue(text: string, line: number, start: number, end: number, message: string): CdnowLineIssue {
  return { line, text: text.slice(start, end).trim(), message };
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

/** Whether text[start, end) and text[otherStart, otherEnd) hold the same characters. */
function sameText(text: string, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  for (let i = start, j = otherStart; i < end; i++, j++) {
    if (text.charCodeAt(i) !== text.charCodeAt(j)) return false;
  }
  return true;
}
