import { fail, ok, type ParseResult } from './ParseResult.ts';

/** 农历 / 阴历 (and the traditional 農曆 / 陰曆): a literal search, linear in any cell. */
const LUNAR_WORD = /农历|阴历|農曆|陰曆/u;
/** The word with its brackets and spaces, taken out of a cell short enough to be a date. */
const LUNAR_MARK = /[(（]?\s*(?:农历|阴历|農曆|陰曆)\s*[)）]?/u;
/** Longer than any way of writing a lunar date (1990 年 农历 十二月 廿九 with spaces). */
const LUNAR_DATE_MAX_CHARS = 40;
const LUNAR_MONTHS: Readonly<Record<string, number>> = {
  正: 1,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  冬: 11,
  十二: 12,
  腊: 12,
  臘: 12,
};
const DIGITS = '一二三四五六七八九';
/** 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十: the days of a lunar month as written. */
const ZH_DATE =
  /^(?:(\d{4})\s*年)?\s*(?:[闰閏]\s*)?(正|十一|十二|冬|腊|臘|[一二三四五六七八九十])月\s*(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)$/u;
const NUMERIC_DATE = /^(?:(\d{4})\s*[-/.年]\s*)?(?:[闰閏]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$/u;

/** True when a birthday cell says its date is of the lunar calendar (农历三月初五). */
export function isLunarBirthdayText(text: string): boolean {
  return LUNAR_WORD.test(text);
}

/**
 * A lunar birthday (农历三月初五, 1990年农历三月初五, 1990-03-05（农历）, 农历3月5日) as
 * `L1990-03-05`, or `L--03-05` without a year: lunar month 1–12 and day 1–30. The follow-ups
 * greet on the Gregorian date it falls on each year. A birthday in a leap month (农历闰四月初八)
 * is kept on the same day of the ordinary month (四月初八), as families keep it: a given leap
 * month comes back only once in many years (闰四月: 2001, 2012, 2020).
 */
export function parseLunarBirthday(text: string): ParseResult<string> {
  if (text.length > LUNAR_DATE_MAX_CHARS) return fail({ code: 'birthday-expected', text });
  const rest = text.replace(LUNAR_MARK, '').trim();
  let year: string | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const zh = ZH_DATE.exec(rest);
  if (zh) {
    year = zh[1];
    month = LUNAR_MONTHS[zh[2] ?? ''];
    day = lunarDay(zh[3] ?? '');
  } else {
    const numeric = NUMERIC_DATE.exec(rest);
    if (numeric) {
      year = numeric[1];
      month = Number(numeric[2]);
      day = Number(numeric[3]);
    }
  }
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 30) {
    return fail({ code: 'birthday-expected', text });
  }
  return ok(`L${year ?? '-'}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

function lunarDay(text: string): number {
  const units = (char: string | undefined) => DIGITS.indexOf(char ?? '') + 1;
  if (text === '初十') return 10;
  if (text === '二十') return 20;
  if (text === '三十') return 30;
  if (text.startsWith('初')) return units(text[1]);
  if (text.startsWith('十')) return 10 + units(text[1]);
  return 20 + units(text[1]);
}
