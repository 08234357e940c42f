/**
 * Calendar dates without time zones. The core reasons in whole days: a date is an ISO string
 * `YYYY-MM-DD` at the edges (JSON, cells, reports) and a day number (days since 1970-01-01) in
 * hot loops.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` string. */
export function toDayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(utcMidnight(y, m, d) / MS_PER_DAY);
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcMidnight(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

/** `YYYY-MM-DD` for a day number. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** True when y-m-d is a real calendar date (2026-02-29 and 2026-13-45 are not). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(utcMidnight(y, m + 1, 0)).getUTCDate();
}

export function ymdToIso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a well-formed, real `YYYY-MM-DD` date. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  return isValidYmd(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/** Spreadsheet serial numbers count days from 1899-12-30 (Sheets, and Excel from 1900-03-01 on). */
const SERIAL_EPOCH_OFFSET = 25_569;

/** The Excel/Sheets serial number of a day number. */
export function dayNumberToSerial(day: number): number {
  return day + SERIAL_EPOCH_OFFSET;
}

/** The day number of an Excel/Sheets serial number (its whole days). */
export function serialToDayNumber(serial: number): number {
  return Math.floor(serial) - SERIAL_EPOCH_OFFSET;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number of a `YYYY-MM-DD` text of a real date from year 1000 on, else NaN: read by char
 * code, for the hot loop over a million order dates.
 */
export function isoDayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const y = asciiDigits(text, 0, 4);
  const m = asciiDigits(text, 5, 7);
  const d = asciiDigits(text, 8, 10);
  if (y < 1000 || m < 1 || m > 12 || d < 1) return Number.NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number))) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/**
 * Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar, without a Date: Howard
 * Hinnant's days_from_civil (https://howardhinnant.github.io/date_algorithms.html).
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number written by the ASCII digits text[from, to), or −1 when one is not a digit. */
export function asciiDigits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
