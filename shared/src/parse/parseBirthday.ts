import type { IsoDate } from '../model/dates.ts';
import type { Cell } from '../model/table.ts';
import { monthDayFault, zhNumber } from './calendarText.ts';
import { normalizeText } from './cellToText.ts';
import { isLunarBirthdayText, parseLunarBirthday } from './lunarBirthday.ts';
import { fail, ok, type ParseResult } from './ParseResult.ts';
import { type DateParseOptions, isYearlessDate, parseDate } from './parseDate.ts';

const ZH_NUM = '[\\d〇零一二两兩三四五六七八九十]';
const ZH_MD = new RegExp(String.raw`^(${ZH_NUM}{1,3})\s*月\s*(${ZH_NUM}{1,3})\s*[日号號]?$`);
const DASHED = /^--(\d{1,2})-(\d{1,2})$/;
const MD = /^(\d{1,2})([-/.])(\d{1,2})$/;

/**
 * Parses a birthday: any date parseDate accepts (→ `YYYY-MM-DD`), or a month and day without a
 * year (3月5日, 03-05, 3/5, 3 nov., Nov 3, --03-05 → `--03-05`, the vCard/ISO 8601 year-less
 * form; never this year's day, which parseDate makes of a date in a ledger). Year-less numbers
 * are month-first, as both Chinese and US users write them, unless only day-first makes sense
 * (25/12 → --12-25) or the column is read day-first (`options.dayOrder`: its other dates, or a
 * header in a language that writes the day first, as a Swedish Födelsedag's 12/9 is the 12th of
 * September). 2月29日 is a valid birthday. A birthday of the lunar calendar
 * (农历三月初五, 1990-03-05（农历）) is `L--03-05` / `L1990-03-05` (see parseLunarBirthday).
 */
export function parseBirthday(cell: Cell, options: DateParseOptions = {}): ParseResult<string> {
  if (typeof cell === 'string') {
    const s = normalizeText(cell);
    if (isLunarBirthdayText(s)) return parseLunarBirthday(s);
    let match = DASHED.exec(s);
    if (match) return monthDay(s, Number(match[1]), Number(match[2]));
    match = MD.exec(s);
    if (match) {
      const a = Number(match[1]);
      const b = Number(match[3]);
      const dayFirst = (a > 12 && b <= 12) || (b <= 12 && options.dayOrder === 'day-first');
      return dayFirst ? monthDay(s, b, a) : monthDay(s, a, b);
    }
    match = ZH_MD.exec(s);
    if (match) {
      const m = zhNumber(match[1] ?? '');
      const d = zhNumber(match[2] ?? '');
      if (m === null || d === null) return fail({ code: 'birthday-expected', text: s });
      return monthDay(s, m, d);
    }
  }
  // A month and a day written otherwise without a year (3 nov., Nov 3, 7. 10.): read as a day
  // of a leap year, so that 29 Feb is one, and kept without it.
  if (typeof cell === 'string' && isYearlessDate(cell)) {
    const day = parseDate(cell, { ...options, today: LEAP_YEAR_END });
    if (day.ok && day.value !== null) return ok(`--${day.value.slice(5)}`);
  }
  const full = parseDate(cell, options);
  // Not a date at all: say what a birthday may look like (a year-less 3月5日 too), not just a date.
  if (!full.ok && full.problem.code === 'date-expected') {
    return fail({ code: 'birthday-expected', text: full.problem.text });
  }
  return full;
}

/** The last day of a leap year, up to which a year-less birthday is read (see parseBirthday). */
const LEAP_YEAR_END = '2024-12-31' as IsoDate;

function monthDay(text: string, m: number, d: number): ParseResult<string> {
  const fault = monthDayFault(m, d);
  if (fault !== null) return fail({ code: 'not-a-real-date', text, fault });
  return ok(`--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}
