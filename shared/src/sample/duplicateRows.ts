import type { Cell } from '../model/table.ts';
import type { Random } from '../random/random.ts';
import { companyVariant } from './companies.ts';
import { chineseMobileDigits, formatChineseMobile, recasedEmail } from './contacts.ts';
import { COL, SUMMARY_HEADER } from './customerHeader.ts';
import type { CustomerRowContext } from './customerRowContext.ts';

// Duplicates copy an earlier row, as when two salespeople enter the same customer: an exact one
// keeps the email in another letter case, a likely one keeps name and company (with another
// legal suffix) but not the contact details. They carry no purchases or complaints: those
// belong to the original row.

function pickEarlier(random: Random, usable: Uint8Array, i: number): number {
  for (let attempt = 0; attempt < 12 && i > 0; attempt++) {
    const j = random.int(i);
    if (usable[j] === 1) return j;
  }
  return -1;
}

export function exactDuplicate(
  context: CustomerRowContext,
  rows: Cell[][],
  usable: Uint8Array,
  i: number,
): Cell[] | null {
  const { random } = context;
  const j = pickEarlier(random, usable, i);
  if (j < 0) return null;
  const row = withoutHistory(context, rows[j] as Cell[]);
  row[COL.id] = context.ids[i] as string;
  row[COL.email] = recasedEmail(String(row[COL.email]), random);
  return row;
}

export function likelyDuplicate(
  context: CustomerRowContext,
  rows: Cell[][],
  usable: Uint8Array,
  i: number,
  seen: Set<string>,
): Cell[] | null {
  const { random } = context;
  const j = pickEarlier(random, usable, i);
  if (j < 0) return null;
  const row = withoutHistory(context, rows[j] as Cell[]);
  row[COL.id] = context.ids[i] as string;
  row[COL.company] = companyVariant(String(row[COL.company]), random);
  // Entered by someone else from a business card: another number, no email.
  let digits = chineseMobileDigits(random);
  while (seen.has(digits)) digits = chineseMobileDigits(random);
  seen.add(digits);
  row[COL.mobile] = random.chance(0.2) ? '' : formatChineseMobile(digits, random);
  row[COL.email] = '';
  return row;
}

/** A copy of a row without its purchase summary and complaint: those belong to the original. */
function withoutHistory(context: CustomerRowContext, source: Cell[]): Cell[] {
  const row = source.slice();
  const shift = context.summaryColumns ? SUMMARY_HEADER.length : 0;
  if (shift > 0) row.fill('', 8, 8 + shift);
  // 满意度, 投诉状态, 投诉日期, 推荐意愿.
  row.fill('', COL.satisfaction + shift, COL.satisfaction + shift + 4);
  return row;
}
