/// <reference path="./lunar-javascript.d.ts" />
import lunarJavascript from 'lunar-javascript';
import { toDayNumber } from '../model/dates.ts';

/**
 * The day (number) a lunar birthday falls on in lunar year `year`: lunar month `month`, day
 * `day`, or the month's last day when it has only 29 (a birthday on the 30th of a short month is
 * kept on the 29th, as a 29 February one is on the 28th). Null outside the years
 * lunar-javascript covers. Conversions are remembered: a table shares a few hundred lunar dates.
 */
export function lunarBirthdayDay(year: number, month: number, day: number): number | null {
  const key = (year * 13 + month) * 31 + day;
  let found = cache.get(key);
  if (found === undefined) {
    found = convert(year, month, day);
    cache.set(key, found);
  }
  return found;
}

const cache = new Map<number, number | null>();

function convert(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || year < 1 || year > 9998) return null;
  const length = lunarJavascript.LunarMonth.fromYm(year, month)?.getDayCount();
  if (length === undefined) return null;
  return toDayNumber(lunarJavascript.Lunar.fromYmd(year, month, Math.min(day, length)).getSolar().toYmd());
}
