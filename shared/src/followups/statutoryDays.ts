/// <reference path="./lunar-javascript.d.ts" />
import lunarJavascript from 'lunar-javascript';
import { toDayNumber } from '../model/dates.ts';

/**
 * China's statutory days of one year (法定节假日 and 调休), by day number: false on a day off
 * (国庆 1–7 Oct, 春节 …), true on a 调休 working day (a Saturday or Sunday worked in exchange).
 * Days not listed follow the team's working week.
 */
export type StatutoryDays = ReadonlyMap<number, boolean>;

// The State Council publishes each year's days late in the year before; lunar-javascript carries
// those published up to its release (2001–2026 in 1.7.7). A year's days never change once read.
const byYear = new Map<number, StatutoryDays | null>();

/**
 * The statutory days of `year` from lunar-javascript's HolidayUtil, or null when the year is not
 * known to it (not yet published when the package was released, or before 2001).
 */
export function statutoryDays(year: number): StatutoryDays | null {
  let days = byYear.get(year);
  if (days === undefined) {
    const listed = Number.isInteger(year) ? lunarJavascript.HolidayUtil.getHolidays(year) : [];
    days =
      listed.length === 0
        ? null
        : new Map(listed.map((holiday) => [toDayNumber(holiday.getDay()), holiday.isWork()]));
    byYear.set(year, days);
  }
  return days;
}
