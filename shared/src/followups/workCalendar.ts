import type { Config } from '../config/config.ts';
import { daysFromCivil, toDayNumber } from '../model/dates.ts';
import { WEEKDAYS } from '../model/keys.ts';
import { legalDaysOff, statutoryDays } from './statutoryDays.ts';
import { yearOfDay } from './yearTable.ts';

/** The team's working-day settings (config.followUps.workDays). */
export type WorkDaysSettings = Config['followUps']['workDays'];

// However the days off are set, the search for a working day gives up after twenty years: the
// caller then keeps the day it started from, and the schedule still places nothing on a day off.
const SEARCH_LIMIT_DAYS = 7305;

/**
 * Which days the team works: its working week (default Monday–Friday), China's statutory days
 * off and 调休 working days (lunar-javascript's HolidayUtil; for a year not published yet, the
 * days off the law gives, legalDaysOff) unless turned off, and the team's own
 * days off and extra working days, which win over both. A team that works every day (retail)
 * works weekends and public holidays alike; its own days off still count. Days are day numbers
 * (days since 1970-01-01); each year's days are worked out once, when first asked.
 */
export class WorkCalendar {
  private readonly weekdays: readonly boolean[];
  private readonly publicHolidays: boolean;
  private readonly own = new Map<number, boolean>();
  private readonly years = new Map<number, Uint8Array>();
  // The year last looked at: a plan asks about a few weeks, nearly always in one year.
  private yearStart = 0;
  private yearEnd = -1;
  private yearDays: Uint8Array = new Uint8Array(0);

  constructor(settings: WorkDaysSettings) {
    const worked = new Set(settings.weekdays);
    this.weekdays = WEEKDAYS.map((weekday) => settings.everyDay || worked.has(weekday));
    this.publicHolidays = !settings.everyDay && settings.publicHolidays === 'CN';
    for (const date of settings.extraWorkingDays) this.own.set(toDayNumber(date), true);
    for (const date of settings.daysOff) this.own.set(toDayNumber(date), false);
  }

  /** True when the team works on `day`. */
  isWorkingDay(day: number): boolean {
    if (day < this.yearStart || day > this.yearEnd) this.lookAtYear(yearOfDay(day));
    return this.yearDays[day - this.yearStart] === 1;
  }

  /** `day` when the team works then, else the next day it does. */
  onOrAfter(day: number): number {
    for (let d = day; d < day + SEARCH_LIMIT_DAYS; d++) if (this.isWorkingDay(d)) return d;
    return day;
  }

  /** `day` when the team works then, else the last day before it that it does. */
  onOrBefore(day: number): number {
    for (let d = day; d > day - SEARCH_LIMIT_DAYS; d--) if (this.isWorkingDay(d)) return d;
    return day;
  }

  /**
   * The `n`th working day after `day` (a complaint received on Friday with one day's SLA is due
   * on Monday); for n = 0, `day` itself or, when the team is off then, its next working day.
   */
  addWorkingDays(day: number, n: number): number {
    let d = this.onOrAfter(day);
    if (n > 0 && d !== day) n--;
    for (let k = 0; k < n; k++) d = this.onOrAfter(d + 1);
    return d;
  }

  /**
   * The years from `fromDay`'s to `toDay`'s whose statutory days are not known (lunar-javascript
   * carries those published up to its release): in them only the working week and the team's own
   * days count. Empty when the public-holiday calendar is off.
   */
  unknownYears(fromDay: number, toDay: number): number[] {
    if (!this.publicHolidays) return [];
    const years: number[] = [];
    for (let y = yearOfDay(fromDay); y <= yearOfDay(toDay); y++) if (statutoryDays(y) === null) years.push(y);
    return years;
  }

  private lookAtYear(year: number): void {
    const start = daysFromCivil(year, 1, 1);
    let days = this.years.get(year);
    if (days === undefined) {
      days = this.yearOf(start, daysFromCivil(year + 1, 1, 1) - start, year);
      this.years.set(year, days);
    }
    this.yearStart = start;
    this.yearEnd = start + days.length - 1;
    this.yearDays = days;
  }

  private yearOf(start: number, length: number, year: number): Uint8Array {
    const days = new Uint8Array(length);
    // Day 0 (1970-01-01) was a Thursday, index 3 of WEEKDAYS.
    for (let i = 0; i < length; i++) days[i] = this.weekdays[(((start + i + 3) % 7) + 7) % 7] ? 1 : 0;
    const statutory = this.publicHolidays ? statutoryDays(year) : null;
    if (statutory !== null) for (const [day, work] of statutory) setDay(days, day - start, work);
    // A year whose arrangement is not published yet: the days off the law gives are off anyway.
    else if (this.publicHolidays)
      for (const day of legalDaysOff(year) ?? []) setDay(days, day - start, false);
    for (const [day, work] of this.own) setDay(days, day - start, work);
    return days;
  }
}

function setDay(days: Uint8Array, index: number, work: boolean): void {
  if (index >= 0 && index < days.length) days[index] = work ? 1 : 0;
}

// A plan's rules and its schedule ask the same settings for their calendar: made once.
const calendars = new WeakMap<WorkDaysSettings, WorkCalendar>();

/** The working-day calendar of a configuration's follow-ups. */
export function workCalendarOf(config: Config): WorkCalendar {
  const settings = config.followUps.workDays;
  let calendar = calendars.get(settings);
  if (calendar === undefined) {
    calendar = new WorkCalendar(settings);
    calendars.set(settings, calendar);
  }
  return calendar;
}
