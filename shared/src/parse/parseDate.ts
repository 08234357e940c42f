import { fromDayNumber, type IsoDate, isValidYmd, serialToDayNumber, ymdToIso } from '../model/dates.ts';
import type { Cell } from '../model/table.ts';
import {
  calendarFault,
  monthFromName,
  THAI_MONTH_SOURCE,
  thaiMonthFromName,
  zhNumber,
} from './calendarText.ts';
import { normalizeText } from './cellToText.ts';
import { EMPTY, fail, ok, type ParseResult } from './ParseResult.ts';

/** How to read JS Date cells. */
export interface DateParseOptions {
  /**
   * 'local' (default) reads a Date by its local calendar day, as Apps Script hands sheet dates over;
   * 'utc' reads its UTC day, as exceljs does for .xlsx dates.
   */
  dateObjects?: 'local' | 'utc';
  /**
   * How to read 3/5/2024, when the other dates of its column have settled it (see
   * columnDayOrder); without it such a date is refused as ambiguous.
   */
  dayOrder?: DayOrder | null;
  /**
   * The day a date written without its year (9月3日, 11月28号, as ledgers kept for the year at
   * hand write them) is read up to: the latest such day on or before it. Without it such a date
   * is refused.
   */
  today?: IsoDate | null;
}

/** Whether D/M/YYYY-or-M/D/YYYY dates put the month or the day first. */
export type DayOrder = 'month-first' | 'day-first';

const MIN_SERIAL = 1;
/** 9999-12-31. */
const MAX_SERIAL = 2_958_465;

const ISO_FAST = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Optional day of the week and time of day after a date; ignored. The time as ISO, English and
 * Chinese clocks write it: 14:30, 9:05 PM, and 上午 9:15:00 / 下午3:20 as Windows and .NET write a
 * time in Chinese (用友 and 金蝶 exports); the weekday as shop and booking exports add it:
 * 2024-03-05(周二), 2024年3月5日 星期二, and in brackets as Japanese and English write it:
 * 2026/11/03(火), 11/6（金曜日）, 11/6 (Fri), 11/2(월).
 */
const TIME = String.raw`(?:\s*[(（]?(?:周|星期|礼拜|週|禮拜)[一二三四五六日天][)）]?|\s*[(（](?:[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?)[)）])?(?:(?:T|\s*(?:[上下中]午|凌晨|早上|晚上)\s*|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?|[AaPp]\.?[Mm]\.?))?)?`;
const YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const ZH_NUM = '[\\d〇零一二两兩三四五六七八九十]';
const ZH_YMD = new RegExp(
  String.raw`^(${ZH_NUM}{4})\s*[年년]\s*(${ZH_NUM}{1,3})\s*[月월]\s*(${ZH_NUM}{1,3})\s*[日号號일]?${TIME}$`,
);
/**
 * A date in Taiwan's Republic of China (民國) years, year 1 being 1912: 民國113年3月5日,
 * 113年3月5日, 113/03/05, 民国99.12.1. Without 民國 only a three-digit year (100 and on) is
 * taken so: 24年3月5日 may be a short 2024.
 */
const ROC_YMD = new RegExp(
  String.raw`^(民[国國]\s*)?(\d{2,3})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?|([-/.])(\d{1,2})\5(\d{1,2}))${TIME}$`,
);
const ROC_YEAR_ONE = 1911;
/** Years of the Buddhist era a date may be written in (2443 is 1900, 2643 is 2100): 543 ahead. */
const BUDDHIST_ERA_OFFSET = 543;
const BUDDHIST_ERA_FIRST = 2443;
const BUDDHIST_ERA_LAST = 2643;
/**
 * A date in a Japanese era's years, as Japanese ledgers and forms write it: 令和8年11月11日,
 * R8.11.4, 平成31年4月30日, H31/4/30, 令和元年5月1日 (元 its first year).
 */
const JAPANESE_ERA_YMD = new RegExp(
  String.raw`^(令和|平成|昭和|[RHS])\s*(\d{1,2}|元)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|([-/.])(\d{1,2})\5(\d{1,2}))${TIME}$`,
  'i',
);
/** The year before each era's first: 令和 1 is 2019, 平成 1 1989, 昭和 1 1926. */
const ERA_YEAR_ZERO: Readonly<Record<string, number>> = {
  令和: 2018,
  r: 2018,
  平成: 1988,
  h: 1988,
  昭和: 1925,
  s: 1925,
};
/**
 * 1130305: a 民國 date written compact (year 100 and on), as Taiwan's forms and invoices do. As a
 * spreadsheet serial number it would be a day in the 4900s.
 */
const ROC_COMPACT = /^(1\d{2})(\d{2})(\d{2})$/;
const DMY_OR_MDY = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
/**
 * A month's name as D_MONTH_Y and the others read it: English, or a language MONTHS_ABROAD names,
 * accents and all (märz, août, Okt., października, Kasım).
 */
const MONTH_WORD = '[A-Za-z\u00c0-\u017f\u0400-\u04ff]{3,12}';
/**
 * The year's word after a date, as Bulgarian and Russian write it (01.12.2025 г., 12 декември
 * 2025 г.) and Ukrainian (12 березня 2026 р.): read past, as a weekday before it is.
 */
const YEAR_WORD_AFTER = /(?<=\d)\s*[гр]\.?$/;

/**
 * The date without its year's word (YEAR_WORD_AFTER); looked for only where the text ends in г or
 * р (a dot after either), as few dates do: the pattern would otherwise be tried from every
 * character of every date.
 */
function withoutYearWord(text: string): string {
  const end = text.endsWith('.') ? text.length - 1 : text.length;
  const last = text.charAt(end - 1);
  return last === 'г' || last === 'р' ? text.replace(YEAR_WORD_AFTER, '') : text;
}
/**
 * A day, a month named and a year: 9 Nov 2026, 12-Oct-2026, 7-oct-26 (as Excel's dd-mmm-yy shows
 * it), 15 de octubre de 2026, and the day with its dot as German writes it (12. Jänner 2026), a dot
 * after the year too as Serbian does (6. mart 2026.).
 */
const D_MONTH_Y = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th|\.)?[\s-]+(?:de\s+)?(${MONTH_WORD})\.?,?[\s-]+(?:de\s+)?(\d{4}|\d{2})\.?${TIME}$`,
);
const MONTH_D_Y = new RegExp(
  String.raw`^(${MONTH_WORD})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})${TIME}$`,
);
/**
 * The year first, then the month named and the day, as Hungarian writes it (2025. márc. 6.) and
 * Lithuanian with the words for year and day (2026 m. kovo 12 d.).
 */
const Y_MONTH_D = new RegExp(
  String.raw`^(\d{4})(?:\.|\s+m\.)?\s+(${MONTH_WORD})\.?\s+(\d{1,2})(?:\.|\s+d\.)?${TIME}$`,
);
/**
 * The year first with the word for it, then the day and the month named, as Latvian writes a date
 * (2026. gada 5. martā, 2026. g. 5. marts).
 */
const Y_D_MONTH = new RegExp(String.raw`^(\d{4})\.\s*(?:gada|g\.)\s+(\d{1,2})\.\s*(${MONTH_WORD})${TIME}$`);
/**
 * A month named and a day, without their year: Nov 9, November 9th, 9 Nov, 9th of November, 15
 * de octubre, 2/nov, 7-oct.
 */
const MONTH_D = new RegExp(String.raw`^(${MONTH_WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?${TIME}$`);
const D_MONTH = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of|de)\s+|[\s/-]+)(${MONTH_WORD})\.?${TIME}$`,
);
/**
 * A Thai date: a day, a month by its abbreviation (ต.ค.) or its name (ตุลาคม), and perhaps a year
 * of the Buddhist era, in four digits or two (3 ต.ค. 69 is 3 October 2569, that is 2026).
 */
const THAI_D_MONTH_Y = new RegExp(`^(\\d{1,2})\\s*(${THAI_MONTH_SOURCE})\\s*(\\d{4}|\\d{2})?$`);
/** The Buddhist-era century a two-digit Thai year is in (69 is 2569). */
const BUDDHIST_CENTURY = 2500;

/**
 * A weekday before a date with a day and a month (Mon, 2 Nov; lun 2/nov; Jum, 9 Okt; Fr. 6.11.),
 * in English, Spanish, German, Indonesian, French and Portuguese: read past. A day must follow
 * it, then a month's name or a second number, so that Mar 9 stays the 9th of March.
 */
const WEEKDAY_FIRST =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lun|mar|mi[eé]|jue|vie|s[aá]b|dom|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sen|sel|rab|kam|jum|min|senin|selasa|rabu|kamis|jumat|sabtu|minggu|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|seg|ter|qua|qui|sex|segunda|ter[cç]a|quarta|quinta|sexta)\.?,?\s+(?=\d{1,2}(?:[\s/.-]*[A-Za-z\u00c0-\u00ff]|[/.-]\d))/i;
/** A month and a day without their year: 9月3日, 11月28号, 9月3日（周三）, 11월 9일. */
const ZH_MONTH_DAY = new RegExp(String.raw`^(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]${TIME}$`);
/**
 * A month and a day with a dot between them, without their year, as Chinese ledgers write them
 * (9.3, 11.25): read as 9月3日 is, given today. A spreadsheet serial number that small would be a
 * day of January 1900.
 */
const DOT_MONTH_DAY = /^(\d{1,2})\.(\d{1,2})$/;
/**
 * A day, a dot, the month, a dot and the year, a space after each dot, as Czech, Slovak, German and
 * Polish write a date (1. 10. 2026, 14. 3. 1979), and Croatian with a dot after the year too
 * (1. 9. 2026.): the day first.
 */
const DAY_DOT_SPACED = /^(\d{1,2})\.\s+(\d{1,2})\.\s*(\d{4})\.?$/;
/**
 * A day, a month and a year with a dot after each and no spaces, as Latvian and Serbian invoices
 * write a date (10.03.2026.): the dot after the year says the day is first.
 */
const DAY_DOT_YEAR_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.$/;
/**
 * The same with the year left out and the month's dot kept (7. 10., 19.10.): read given today. The
 * dot after the month tells it from 9.3, a Chinese ledger's month and day.
 */
const DAY_DOT_MONTH_DOT = /^(\d{1,2})\.\s*(\d{1,2})\.$/;
/**
 * The year, the month and the day, each with a dot after it and perhaps a space, as Hungarian
 * writes a date (2026. 10. 01., 2026.10.16.): the year first, so never ambiguous.
 */
const YEAR_DOTTED = /^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?$/;
/**
 * A month and a day, or a day and a month, with a slash or a dash and no year: 10/20, 20/10, 11/8,
 * and 10-3 and 11-28 as a Chinese ledger writes them. (Its groups as DMY_OR_MDY's: the first
 * number, the separator, the second.)
 */
const SLASH_MONTH_DAY = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})${TIME}$`);
const SERIAL_TEXT = /^\d{1,7}(?:\.\d+)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Parses a date cell into `YYYY-MM-DD`: ISO (2024-03-05, with an optional time, ignored),
 * 2024/3/5, 2024.3.5, 2024年3月5日 / 2024年03月05号 (also in Chinese numerals), Taiwan's 民國 years
 * (民國113年3月5日, 113/03/05, 1130305: 2024-03-05), compact 20240305,
 * 5 Mar 2024 / March 5, 2024, day-first or month-first D/M/YYYY (or D/M/YY) only when unambiguous (13/3/2024,
 * 3/13/2024), 9月3日 and 9.3 without their year given `options.today` (the latest 9月3日 up to
 * it),
 * Japanese era years (令和8年11月11日, R8.11.4: 2026-11-11, 2026-11-04),
 * spreadsheet serial numbers (1 … 2958465, numbers or numeric text such as '45356'),
 * and JS Date objects. Impossible dates (2026-02-29) are rejected with the reason.
 */
export function parseDate(cell: Cell, options: DateParseOptions = {}): ParseResult<IsoDate> {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'string') {
    if (ISO_FAST.test(cell)) {
      const y = Number(cell.slice(0, 4));
      const m = Number(cell.slice(5, 7));
      const d = Number(cell.slice(8, 10));
      // Already in its ISO form: the cell's own string, not a second copy per customer.
      if (calendarFault(y, m, d) === null && y >= MIN_YEAR) return ok(cell as IsoDate);
      return fromYmd(cell, y, m, d);
    }
    return parseDateText(cell, options.dayOrder, options.today);
  }
  if (typeof cell === 'number') {
    const text = String(cell);
    return options.today && DOT_MONTH_DAY.test(text)
      ? fromMonthDayNumber(text, options.today)
      : fromNumber(cell, text);
  }
  if (typeof cell === 'boolean') return fail({ code: 'date-boolean', text: cell ? 'TRUE' : 'FALSE' });
  if (cell instanceof Date) return fromDateObject(cell, options.dateObjects ?? 'local');
  return fail({ code: 'date-expected', text: String(cell) });
}

/** Years before 1000 are typos here, and Date.UTC maps years 0–99 to 1900–1999. */
const MIN_YEAR = 1000;

function fromYmd(text: string, written: number, m: number, d: number): ParseResult<IsoDate> {
  // A Buddhist-era year, as Thailand writes its dates (30/11/2569 is 30 November 2026).
  const y =
    written >= BUDDHIST_ERA_FIRST && written <= BUDDHIST_ERA_LAST ? written - BUDDHIST_ERA_OFFSET : written;
  const fault = calendarFault(y, m, d);
  if (fault !== null) return fail({ code: 'not-a-real-date', text, fault });
  if (y < MIN_YEAR) return fail({ code: 'date-implausible-year', text, year: y });
  return ok(ymdToIso(y, m, d));
}

function fromDateObject(date: Date, mode: 'local' | 'utc'): ParseResult<IsoDate> {
  if (Number.isNaN(date.getTime())) return fail({ code: 'date-object-invalid' });
  const y = mode === 'utc' ? date.getUTCFullYear() : date.getFullYear();
  const m = mode === 'utc' ? date.getUTCMonth() + 1 : date.getMonth() + 1;
  const d = mode === 'utc' ? date.getUTCDate() : date.getDate();
  if (!isValidYmd(y, m, d) || y < MIN_YEAR) return fail({ code: 'date-object-out-of-range', year: y });
  return ok(ymdToIso(y, m, d));
}

function fromNumber(n: number, text: string): ParseResult<IsoDate> {
  if (!Number.isFinite(n)) return fail({ code: 'date-expected', text });
  // A number such as 20240305 is a compact date typed into a number cell, not a serial.
  if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) {
    const s = String(n);
    return fromYmd(s, Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
  }
  // And 1130305 a compact 民國 date (ROC_COMPACT), which as a serial would be in the 4900s.
  if (Number.isInteger(n) && n >= 1_000_000 && n <= 1_999_999) {
    const s = String(n);
    return fromYmd(s, ROC_YEAR_ONE + Number(s.slice(0, 3)), Number(s.slice(3, 5)), Number(s.slice(5, 7)));
  }
  if (n < MIN_SERIAL || n >= MAX_SERIAL + 1) {
    return fail({ code: 'date-serial-out-of-range', text, max: MAX_SERIAL });
  }
  return ok(fromDayNumber(serialToDayNumber(n)));
}

function parseDateText(
  raw: string,
  dayOrder: DayOrder | null | undefined,
  today: IsoDate | null | undefined,
): ParseResult<IsoDate> {
  const written = normalizeText(raw);
  if (written === '') return EMPTY;
  const s = withoutYearWord(written.replace(WEEKDAY_FIRST, ''));
  let match = YMD.exec(s);
  if (match) return fromYmd(s, Number(match[1]), Number(match[3]), Number(match[4]));
  match = ZH_YMD.exec(s);
  if (match) {
    const y = zhNumber(match[1] ?? '');
    const m = zhNumber(match[2] ?? '');
    const d = zhNumber(match[3] ?? '');
    if (y === null || m === null || d === null) return fail({ code: 'date-expected', text: s });
    return fromYmd(s, y, m, d);
  }
  match = ROC_YMD.exec(s);
  if (match) {
    const year = Number(match[2]);
    if (match[1] !== undefined || year >= 100) {
      const m = match[3] ?? match[6];
      const d = match[4] ?? match[7];
      return fromYmd(s, ROC_YEAR_ONE + year, Number(m), Number(d));
    }
  }
  match = JAPANESE_ERA_YMD.exec(s);
  if (match) {
    const zero = ERA_YEAR_ZERO[(match[1] ?? '').toLowerCase()] ?? 0;
    const year = match[2] === '元' ? 1 : Number(match[2]);
    return fromYmd(s, zero + year, Number(match[3] ?? match[6]), Number(match[4] ?? match[7]));
  }
  match = COMPACT.exec(s);
  if (match) return fromYmd(s, Number(match[1]), Number(match[2]), Number(match[3]));
  match = ROC_COMPACT.exec(s);
  if (match) return fromYmd(s, ROC_YEAR_ONE + Number(match[1]), Number(match[2]), Number(match[3]));
  match = today ? DOT_MONTH_DAY.exec(s) : null;
  if (match && today && Number(match[1]) <= 12)
    return latestBefore(s, today, Number(match[1]), Number(match[2]));
  if (SERIAL_TEXT.test(s)) return fromNumber(Number(s), s);
  match = DAY_DOT_SPACED.exec(s);
  if (match) return fromYmd(s, Number(match[3]), Number(match[2]), Number(match[1]));
  match = DAY_DOT_YEAR_DOT.exec(s);
  if (match) return fromYmd(s, Number(match[3]), Number(match[2]), Number(match[1]));
  match = YEAR_DOTTED.exec(s);
  if (match) return fromYmd(s, Number(match[1]), Number(match[2]), Number(match[3]));
  match = today && s.endsWith('.') ? DAY_DOT_MONTH_DOT.exec(s) : null;
  if (match && today) return dottedMonthDay(s, Number(match[1]), Number(match[2]), dayOrder, today);
  match = DMY_OR_MDY.exec(s);
  if (match)
    return fromDayMonthOrMonthDay(s, Number(match[1]), Number(match[3]), fullYear(match[4] ?? ''), dayOrder);
  match = D_MONTH_Y.exec(s);
  if (match) return fromNamedMonth(s, fullYear(match[3] ?? ''), match[2] ?? '', Number(match[1]));
  match = MONTH_D_Y.exec(s);
  if (match) return fromNamedMonth(s, Number(match[3]), match[1] ?? '', Number(match[2]));
  match = Y_MONTH_D.exec(s);
  if (match) return fromNamedMonth(s, Number(match[1]), match[2] ?? '', Number(match[3]));
  match = Y_D_MONTH.exec(s);
  if (match) return fromNamedMonth(s, Number(match[1]), match[3] ?? '', Number(match[2]));
  match = THAI_D_MONTH_Y.exec(s);
  if (match) {
    const m = thaiMonthFromName(match[2] ?? '') ?? 0;
    const year = match[3];
    if (year === undefined)
      return today ? latestBefore(s, today, m, Number(match[1])) : fail({ code: 'date-expected', text: s });
    return fromYmd(
      s,
      year.length === 2 ? BUDDHIST_CENTURY + Number(year) : Number(year),
      m,
      Number(match[1]),
    );
  }
  match = today ? ZH_MONTH_DAY.exec(s) : null;
  if (match && today) return latestBefore(s, today, Number(match[1]), Number(match[2]));
  match = today ? (MONTH_D.exec(s) ?? D_MONTH.exec(s)) : null;
  if (match && today) {
    const named = /\d/.test(match[1] ?? '') ? match[2] : match[1];
    const day = /\d/.test(match[1] ?? '') ? match[1] : match[2];
    const m = monthFromName(named ?? '');
    if (m !== null) return latestBefore(s, today, m, Number(day));
  }
  match = today ? SLASH_MONTH_DAY.exec(s) : null;
  if (match && today) return slashMonthDay(s, Number(match[1]), Number(match[3]), dayOrder, today);
  return fail({ code: 'date-expected', text: s });
}

/**
 * 10/20 without its year: the month and the day (20 can be no month), in the latest year that
 * puts it on or before today, as 10月20日 is read; 20/10 the day first. 11/8 is either, read in
 * the column's order where the column has one and refused otherwise, saying both.
 */
function slashMonthDay(
  s: string,
  a: number,
  b: number,
  order: DayOrder | null | undefined,
  today: IsoDate,
): ParseResult<IsoDate> {
  const year = Number(today.slice(0, 4));
  const read = fromDayMonthOrMonthDay(s, a, b, year, order);
  if (!read.ok || read.value === null) return byWeekday(s, a, b, today) ?? read;
  return latestBefore(s, today, Number(read.value.slice(5, 7)), Number(read.value.slice(8, 10)));
}

/**
 * 7. 10. without its year: the day first, as Czech, German and Polish write it, unless the second
 * number can be no month (10. 14., as Hungarian writes the month first) or the column's other
 * dates put the month first (2026. 10. 01. beside 10. 12.).
 */
function dottedMonthDay(
  s: string,
  a: number,
  b: number,
  order: DayOrder | null | undefined,
  today: IsoDate,
): ParseResult<IsoDate> {
  const monthFirst = (a <= 12 && b > 12) || (order === 'month-first' && b <= 12);
  return monthFirst ? latestBefore(s, today, a, b) : latestBefore(s, today, b, a);
}

/**
 * 11/6(金) where the column does not settle the order: the weekday written after it does, where
 * it is the weekday of one reading (6 November, a Friday this year) and not of the other (11
 * June, a Thursday). Null where it names no weekday or settles nothing.
 */
function byWeekday(s: string, a: number, b: number, today: IsoDate): ParseResult<IsoDate> | null {
  if (a > 12 || b > 12 || a === b) return null;
  const written = weekdayOf(s);
  if (written === null) return null;
  const readings = [latestBefore(s, today, a, b), latestBefore(s, today, b, a)].filter(
    (read) => read.ok && read.value !== null && weekdayOfIso(read.value) === written,
  );
  return readings.length === 1 ? (readings[0] ?? null) : null;
}

/** The weekday a date's text names after it (0 Sunday … 6 Saturday), or null. */
function weekdayOf(s: string): number | null {
  const match = WEEKDAY_WRITTEN.exec(s);
  if (match === null) return null;
  const word = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
  const at = WEEKDAY_NAMES.findIndex((names) => names.includes(word));
  return at < 0 ? null : at;
}

const WEEKDAY_WRITTEN =
  /[(（]\s*([月火水木金土日월화수목금토일])|(?:周|星期|礼拜|週|禮拜)([一二三四五六日天])|[(（]\s*(mon|tue|wed|thu|fri|sat|sun)/i;
/** Each weekday's words, Sunday first: Japanese, Chinese, English. */
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['日', '天', 'sun', '일'],
  ['月', '一', 'mon', '월'],
  ['火', '二', 'tue', '화'],
  ['水', '三', 'wed', '수'],
  ['木', '四', 'thu', '목'],
  ['金', '五', 'fri', '금'],
  ['土', '六', 'sat', '토'],
];

function weekdayOfIso(iso: IsoDate): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/**
 * A month and a day typed with a dot and kept as a number (11.25): read as 11月25日 is. 9.2 may
 * have been 9.20 with its 0 dropped: refused, saying both; 9.4 can only be 9月4日.
 */
function fromMonthDayNumber(text: string, today: IsoDate): ParseResult<IsoDate> {
  const [month = '', day = ''] = text.split('.');
  const m = Number(month);
  if (m < 1 || m > 12) return fromNumber(Number(text), text);
  const d = Number(day);
  // 9.2 may be 9.20; 9.4 cannot be 9.40, nor 2.3 2.30 (no month has such a day, a leap year's
  // February neither).
  if (day.length === 1 && isValidYmd(2024, m, d * 10))
    return fail({ code: 'date-month-day-cut', text, month: m, day: d });
  return latestBefore(text, today, m, d);
}

/**
 * A year written in two digits at the end of a date (12/11/26, as a plumber's sheet writes one
 * among 12/11/2026): 2000–2049, else 1950–1999 (a birthday's 12/11/85).
 */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}

/** Month `m`, day `d` in the year of `today`, or the year before where that is after today. */
function latestBefore(s: string, today: IsoDate, m: number, d: number): ParseResult<IsoDate> {
  const year = Number(today.slice(0, 4));
  const later = m * 100 + d > Number(today.slice(5, 7)) * 100 + Number(today.slice(8, 10));
  return fromYmd(s, later ? year - 1 : year, m, d);
}

/** Whether a date cell's text writes a month and a day without their year (9月3日, 9.3, 10/20). */
export function isYearlessDate(text: string): boolean {
  if (DOT_MONTH_DAY.test(text)) return Number(text.slice(0, text.indexOf('.'))) <= 12;
  if (SLASH_MONTH_DAY.test(text)) return true;
  const named = MONTH_D.exec(text.trim()) ?? D_MONTH.exec(text.trim());
  if (named !== null)
    return monthFromName(/\d/.test(named[1] ?? '') ? (named[2] ?? '') : (named[1] ?? '')) !== null;
  return (
    (text.includes('月') || text.includes('월')) &&
    !text.includes('年') &&
    !text.includes('년') &&
    ZH_MONTH_DAY.test(normalizeText(text))
  );
}

/**
 * 13/3/2024 is day-first, 3/13/2024 month-first; 3/5/2024 could be either and is read in the
 * column's order when there is one, refused otherwise.
 */
function fromDayMonthOrMonthDay(
  s: string,
  a: number,
  b: number,
  y: number,
  order: DayOrder | null | undefined,
): ParseResult<IsoDate> {
  if (a === b || (b > 12 && a <= 12)) return fromYmd(s, y, a, b);
  if (a > 12 && b <= 12) return fromYmd(s, y, b, a);
  if (a <= 12 && b <= 12 && order) return order === 'month-first' ? fromYmd(s, y, a, b) : fromYmd(s, y, b, a);
  if (a > 12 && b > 12) {
    return fail({ code: 'not-a-real-date', text: s, fault: { kind: 'months', first: a, second: b } });
  }
  return fail({
    code: 'date-ambiguous',
    text: s,
    first: a,
    second: b,
    monthFirst: ymdToIso(y, a, b),
    dayFirst: ymdToIso(y, b, a),
  });
}

function fromNamedMonth(s: string, y: number, name: string, d: number): ParseResult<IsoDate> {
  const m = monthFromName(name);
  if (m === null) return fail({ code: 'date-expected', text: s });
  return fromYmd(s, y, m, d);
}

/**
 * The order a column's D/M/YYYY-or-M/D/YYYY dates follow, as its unambiguous ones show it:
 * 11/20/2026 anywhere in the column makes 11/02/2026 the 2nd of November. Null when no date
 * settles it or when the column holds both orders (each ambiguous date is then refused).
 */
export function columnDayOrder(cells: Iterable<Cell>): DayOrder | null {
  const tally = new DayOrderTally();
  for (const cell of cells) {
    tally.add(cell);
    if (tally.mixed) return null;
  }
  return tally.order;
}

/** columnDayOrder one cell at a time, for a column read as a stream. */
export class DayOrderTally {
  private monthFirst = false;
  private dayFirst = false;

  add(cell: Cell): void {
    if (typeof cell !== 'string' || cell.length > 40) return;
    // A date with its year (3/13/2024), or without it (11/21, 21/11(土)): the column's order either way.
    const text = cell.trim();
    // A year written first with dots (2026. 10. 01.) puts the month before the day in the
    // column's dates without their year too (10. 12.).
    if (text.charCodeAt(4) === 0x2e && YEAR_DOTTED.test(text)) {
      this.monthFirst = true;
      return;
    }
    const pair = dayAndMonthOf(text);
    if (pair === null) return;
    const [a, b] = pair;
    if (a <= 12 && b > 12 && b <= 31) this.monthFirst = true;
    else if (a > 12 && a <= 31 && b <= 12) this.dayFirst = true;
  }

  /** Both orders seen: the column settles nothing. */
  get mixed(): boolean {
    return this.monthFirst && this.dayFirst;
  }

  get order(): DayOrder | null {
    if (this.mixed) return null;
    return this.monthFirst ? 'month-first' : this.dayFirst ? 'day-first' : null;
  }
}

/** Whether parseDate reads `cell` differently by the day order: 3/5/2024, not 13/3/2024. */
export function dependsOnDayOrder(cell: Cell): boolean {
  if (typeof cell !== 'string' || ISO_FAST.test(cell)) return false;
  const pair = dayAndMonthOf(normalizeText(cell));
  return pair !== null && pair[0] !== pair[1] && pair[0] <= 12 && pair[1] <= 12;
}

/**
 * The two numbers of a date whose day and month may stand either way round, in the order written:
 * 3/5/2024, 11/21, 21/11(土), 7. 10.; null for any other text.
 */
function dayAndMonthOf(text: string): [number, number] | null {
  const match = DMY_OR_MDY.exec(text) ?? SLASH_MONTH_DAY.exec(text);
  if (match !== null) return [Number(match[1]), Number(match[3])];
  const dotted = text.endsWith('.') ? DAY_DOT_MONTH_DOT.exec(text) : null;
  return dotted === null ? null : [Number(dotted[1]), Number(dotted[2])];
}
