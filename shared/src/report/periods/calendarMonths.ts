import { daysInMonth, fromDayNumber, type IsoDate, toDayNumber, ymdToIso } from '../../model/dates.ts';

// Calendar months as integers (year × 12 + month − 1), so periods, cohorts and trends step
// through months with plain arithmetic.

/** The month of an ISO date, e.g. 2026-03-15 → 2026 × 12 + 2. */
export function monthOf(date: IsoDate): number {
  // Char codes instead of slice + Number: this runs once per order.
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return year * 12 + month - 1;
}

/** The month of a day number. */
export function monthOfDay(day: number): number {
  return monthOf(fromDayNumber(day));
}

/** `YYYY-MM` of a month. */
export function monthLabel(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The first day of a month. */
export function monthStart(month: number): IsoDate {
  return ymdToIso(Math.floor(month / 12), (month % 12) + 1, 1);
}

/** The last day of a month. */
export function monthEnd(month: number): IsoDate {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return ymdToIso(year, m, daysInMonth(year, m));
}

/** Day numbers of the first day of each month from `first` to `last + 1`, for bucketing days. */
export function monthStartDays(first: number, last: number): number[] {
  const starts: number[] = [];
  for (let m = first; m <= last + 1; m++) starts.push(toDayNumber(monthStart(m)));
  return starts;
}
