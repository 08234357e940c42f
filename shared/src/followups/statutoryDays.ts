/// <reference path="./lunar-javascript.d.ts" />
import lunarJavascript from 'lunar-javascript';
import { daysFromCivil, toDayNumber } from '../model/dates.ts';

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

/**
 * The days off China's law itself gives in `year` (《全国年节及纪念日放假办法》, as revised in
 * force from 2025): 元旦 (1 January), 春节 (除夕 and the first three days of the lunar year), 清明
 * (the day of the solar term), 劳动节 (1 and 2 May), 端午 (lunar 5/5), 中秋 (lunar 8/15) and 国庆
 * (1–3 October), as day numbers. The State Council adds to these each year, moving weekends
 * about (调休) to make longer breaks, and publishes that late in the year before; for a year it
 * has not published yet (statutoryDays null), these days are surely off, and the rest is not
 * known. Null for a year lunar-javascript cannot convert.
 */
export function legalDaysOff(year: number): number[] | null {
  if (!Number.isInteger(year) || year < 2025 || year > 9998) return null;
  let days = legalByYear.get(year);
  if (days === undefined) {
    const { Lunar } = lunarJavascript;
    const lunar = (month: number, day: number) =>
      toDayNumber(Lunar.fromYmd(year, month, day).getSolar().toYmd());
    const springFestival = lunar(1, 1);
    const qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable().清明;
    days = [
      daysFromCivil(year, 1, 1),
      springFestival - 1,
      springFestival,
      springFestival + 1,
      springFestival + 2,
      ...(qingming === undefined ? [] : [toDayNumber(qingming.toYmd())]),
      daysFromCivil(year, 5, 1),
      daysFromCivil(year, 5, 2),
      lunar(5, 5),
      lunar(8, 15),
      daysFromCivil(year, 10, 1),
      daysFromCivil(year, 10, 2),
      daysFromCivil(year, 10, 3),
    ];
    legalByYear.set(year, days);
  }
  return days;
}

const legalByYear = new Map<number, number[]>();
