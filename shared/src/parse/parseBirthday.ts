import type { Cell } from '../model/table.ts';
import { monthDayFault, zhNumber } from './calendarText.ts';
import { normalizeText } from './cellToText.ts';
import { isLunarBirthdayText, parseLunarBirthday } from './lunarBirthday.ts';
import { fail, ok, type ParseResult } from './ParseResult.ts';
import { type DateParseOptions, parseDate } from './parseDate.ts';

const ZH_NUM = '[\\d〇零一二两兩三四五六七八九十]';
const ZH_MD = new RegExp(String.raw`^(${ZH_NUM}{1,3})\s*月\s*(${ZH_NUM}{1,3})\s*[日号號]?$`);
const DASHED = /^--(\d{1,2})-(\d{1,2})$/;
const MD = /^(\d{1,2})([-/.])(\d{1,2})$/;

/**
 * Parses a birthday: any date parseDate accepts (→ `YYYY-MM-DD`), or a month and day without a
 * year (3月5日, 03-05, 3/5, --03-05 → `--03-05`, the vCard/ISO 8601 year-less form). Year-less
 * numbers are month-first, as both Chinese and US users write them, unless only day-first makes
 * sense (25/12 → --12-25). 2月29日 is a valid birthday. A birthday of the lunar calendar
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
      return a > 12 && b <= 12 ? monthDay(s, b, a) : monthDay(s, a, b);
    }
    match = ZH_MD.exec(s);
    if (match) {
      const m = zhNumber(match[1] ?? '');
      const d = zhNumber(match[2] ?? '');
      if (m === null || d === null) return fail({ code: 'birthday-expected', text: s });
      return monthDay(s, m, d);
    }
  }
  const full = parseDate(cell, options);
  // Not a date at all: say what a birthday may look like (a year-less 3月5日 too), not just a date.
  if (!full.ok && full.problem.code === 'date-expected') {
    return fail({ code: 'birthday-expected', text: full.problem.text });
  }
  return full;
}

function monthDay(text: string, m: number, d: number): ParseResult<string> {
  const fault = monthDayFault(m, d);
  if (fault !== null) return fail({ code: 'not-a-real-date', text, fault });
  return ok(`--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}
