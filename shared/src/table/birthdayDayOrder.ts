import { HEADERS_ABROAD } from '../model/headersAbroad.ts';
import type { Cell } from '../model/table.ts';
import type { DayOrder } from '../parse/parseDate.ts';
import { columnDayOrderTally } from './cellReader.ts';
import { normalizeHeader } from './normalizeHeader.ts';

/**
 * The order a birthday column's 12/9 is read in: the order its other dates settle (25/12 makes
 * it day-first), else day-first under a header in a language that writes the day before the
 * month (Födelsedag, Geburtstag, Cumpleaños: every language of HEADERS_ABROAD), else none, and
 * parseBirthday reads it month-first, as Chinese and US tables write it.
 */
export function birthdayDayOrder(
  rows: readonly (readonly Cell[])[],
  col: number,
  header: string,
): DayOrder | null {
  const tally = columnDayOrderTally(rows, col);
  if (tally.mixed) return null;
  return tally.order ?? (dayFirstBirthdayWords().has(normalizeHeader(header)) ? 'day-first' : null);
}

/** The birthday headers of HEADERS_ABROAD, normalized; made on first use. */
let dayFirstWords: ReadonlySet<string> | null = null;

function dayFirstBirthdayWords(): ReadonlySet<string> {
  dayFirstWords ??= new Set(
    HEADERS_ABROAD.flatMap((language) => language.customers.birthday ?? []).map(normalizeHeader),
  );
  return dayFirstWords;
}
