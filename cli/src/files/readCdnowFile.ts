import { isValidYmd, type Transaction, ymdToIso } from '@crm/shared';
import { decodeText } from './decodeText.ts';
import { readBytes } from './fileErrors.ts';

/** A line of a CDNOW-style text file that could not be read. */
export interface CdnowLineIssue {
  line: number;
  text: string;
  message: string;
}

export interface CdnowTransactions {
  transactions: Transaction[];
  issues: CdnowLineIssue[];
}

const YYYYMMDD = /^\d{8}$/;

/**
 * Reads the whitespace-separated CDNOW transaction files (Fader & Hardie's data set, as shipped
 * with lifetimes): the sample has 5 columns without a header (customer id, id within the sample,
 * YYYYMMDD, number of CDs, dollars), the master 4 columns after a header line (customer_id, date,
 * number_of_cds, dollar_value). Returns null when the text is not in this format, so the caller
 * can read it as an ordinary table. Bad lines become issues; they never throw.
 */
export function parseCdnowText(text: string): CdnowTransactions | null {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && (lines[first] as string).trim() === '') first++;
  if (first === lines.length) return null;
  const head = tokens(lines[first] as string);
  let layout: { id: number; date: number; amount: number; width: number };
  let start = first;
  if (head.length >= 4 && /^\d+$/.test(head[0] as string)) {
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
    start = first + 1;
  }

  const transactions: Transaction[] = [];
  const issues: CdnowLineIssue[] = [];
  const dates = new Map<string, string | null>();
  const fields: string[] = [];
  // The master file has 70k lines: fields are cut by hand rather than with split(/\s+/).
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    const count = splitFields(line, fields);
    if (count === 0) continue;
    const problem = (message: string) => issues.push({ line: i + 1, text: line.trim(), message });
    if (count !== layout.width) {
      problem(`expected ${layout.width} columns, found ${count}`);
      continue;
    }
    const raw = fields[layout.date] as string;
    let date = dates.get(raw);
    if (date === undefined) {
      date = isoFromYyyymmdd(raw);
      dates.set(raw, date);
    }
    if (date === null) {
      problem(`"${raw}" is not a date as YYYYMMDD`);
      continue;
    }
    const amount = Number(fields[layout.amount]);
    if (!Number.isFinite(amount)) {
      problem(`"${fields[layout.amount]}" is not an amount`);
      continue;
    }
    transactions.push({ customerId: fields[layout.id] as string, date, amount });
  }
  return { transactions, issues };
}

/** Cuts a line at spaces and tabs into `out`; returns the number of fields. */
function splitFields(line: string, out: string[]): number {
  let count = 0;
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && isBlank(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && !isBlank(line.charCodeAt(i))) i++;
    out[count++] = line.slice(from, i);
  }
  return count;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

function tokens(line: string): string[] {
  return line.trim().split(/\s+/);
}

function isoFromYyyymmdd(text: string): string | null {
  if (!YYYYMMDD.test(text)) return null;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  const d = Number(text.slice(6, 8));
  return isValidYmd(y, m, d) ? ymdToIso(y, m, d) : null;
}

/** Reads a CDNOW-style .txt file, or returns null when the file is not in that format. */
export async function readCdnowFile(path: string): Promise<CdnowTransactions | null> {
  return parseCdnowText(decodeText(await readBytes(path)));
}
