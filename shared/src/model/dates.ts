/**
 * Calendar dates without time zones. The core reasons in whole days: a date is an ISO string
 * `YYYY-MM-DD` at the edges (JSON, cells, reports) and a day number (days since 1970-01-01) in
 * hot loops.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a valid `YYYY-MM-DD` string. Arithmetic (daysFromCivil), not a Date:
 * every date of a large table passes here, most of them more than once. A day or month past its
 * end counts on into the next, as Date does (2025-02-30 is 2025-03-02).
 */
export function toDayNumber(date: IsoDate): number {
  // Read by char code, without a substring or a number conversion: daysFromCivil counts a day
  // past its month's end on into the next as it is. Other texts take the general way below.
  if (date.length === 10) {
    const y = asciiDigits(date, 0, 4);
    const m = asciiDigits(date, 5, 7);
    const d = asciiDigits(date, 8, 10);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 0) return daysFromCivil(y, m, d);
  }
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Months past December (or before January) move the year, as Date's do.
  const months = m - 1;
  const years = Math.floor(months / 12);
  return daysFromCivil(y + years, months - years * 12 + 1, d);
}

/** The first and last day numbers fromDayNumber writes by arithmetic: 0001-01-01 to 9999-12-31. */
const FIRST_WRITTEN_DAY = -719_162;
const LAST_WRITTEN_DAY = 2_932_896;

/**
 * `YYYY-MM-DD` for a day number: Howard Hinnant's civil_from_days, not a Date and its ISO text,
 * for the years 1 to 9999; any other day as Date writes it.
 */
export function fromDayNumber(day: number): IsoDate {
  if (!(Number.isInteger(day) && day >= FIRST_WRITTEN_DAY && day <= LAST_WRITTEN_DAY)) {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  }
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return ymdToIso(y, m, d);
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

/**
 * The days of month `m` of year `y` (proleptic Gregorian). Other arguments are taken as Date takes
 * them: month 13 is January of y + 1, fractions are cut off, and NaN gives NaN.
 */
export function daysInMonth(y: number, m: number): number {
  if (Number.isInteger(y) && Number.isInteger(m) && m >= 1 && m <= 12) {
    return m === 2 ? (isLeapYear(y) ? 29 : 28) : (DAYS_IN_MONTH[m - 1] as number);
  }
  if (!Number.isFinite(y) || !Number.isFinite(m)) return Number.NaN;
  const month = Math.trunc(m);
  const years = Math.floor((month - 1) / 12);
  return daysInMonth(Math.trunc(y) + years, month - years * 12);
}

function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Two-digit texts of 0–31, for the month and day of an ISO date. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

export function ymdToIso(y: number, m: number, d: number): IsoDate {
  const year = y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0');
  return `${year}-${TWO_DIGITS[m] ?? String(m).padStart(2, '0')}-${TWO_DIGITS[d] ?? String(d).padStart(2, '0')}`;
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
  if (d > daysInMonth(y, m)) return Number.NaN;
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
