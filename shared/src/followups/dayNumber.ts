import { asciiDigits, daysFromCivil, type IsoDate, toDayNumber } from '../model/dates.ts';

/**
 * toDayNumber without allocations, for the per-customer loop (100k rows): reads the digits by
 * char code. Anything that is not `dddd-dd-dd` goes to toDayNumber.
 */
export function dayNumberOf(date: IsoDate): number {
  if (date.length !== 10) return toDayNumber(date);
  const y = asciiDigits(date, 0, 4);
  const m = asciiDigits(date, 5, 7);
  const d = asciiDigits(date, 8, 10);
  if (y < 0 || m < 0 || d < 0) return toDayNumber(date);
  return daysFromCivil(y, m, d);
}
