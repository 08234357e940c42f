/// <reference path="./lunar-javascript.d.ts" />
// The reference makes the module declaration travel with this file into other tsconfigs (cli, test).
import lunarJavascript from 'lunar-javascript';
import { type IsoDate, ymdToIso } from '../model/dates.ts';
import type { Holiday } from '../model/keys.ts';

/** Lunar festivals as (lunar month, lunar day) of the lunar year that starts in the same Gregorian year. */
const LUNAR_HOLIDAYS: readonly (readonly [Holiday, number, number])[] = [
  ['spring-festival', 1, 1],
  ['lantern-festival', 1, 15],
  ['dragon-boat', 5, 5],
  ['mid-autumn', 8, 15],
];

const SOLAR_HOLIDAYS: readonly (readonly [Holiday, number, number])[] = [
  ['new-year', 1, 1],
  ['national-day', 10, 1],
];

// Lunar conversion is slow next to plain date arithmetic; a year's dates never change.
const cache = new Map<number, readonly { holiday: Holiday; date: IsoDate }[]>();

/**
 * Gregorian dates of the holidays the follow-ups greet for, in one year, earliest first:
 * New Year (01-01), Spring Festival (lunar 1/1), Lantern Festival (lunar 1/15), Dragon Boat
 * (lunar 5/5), Mid-Autumn (lunar 8/15) and National Day (10-01). Lunar dates come from
 * lunar-javascript. Years outside 1–9998 give an empty list.
 */
export function holidayDates(year: number): { holiday: Holiday; date: IsoDate }[] {
  if (!Number.isInteger(year) || year < 1 || year > 9998) return [];
  let dates = cache.get(year);
  if (dates === undefined) {
    const list: { holiday: Holiday; date: IsoDate }[] = SOLAR_HOLIDAYS.map(([holiday, m, d]) => ({
      holiday,
      date: ymdToIso(year, m, d),
    }));
    for (const [holiday, m, d] of LUNAR_HOLIDAYS) {
      list.push({ holiday, date: lunarJavascript.Lunar.fromYmd(year, m, d).getSolar().toYmd() });
    }
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    dates = list;
    cache.set(year, dates);
  }
  return dates.map((entry) => ({ ...entry }));
}
