import { describe, expect, it } from 'vitest';
import { type ConfigInput, resolveConfig } from '../config/config.ts';
import { fromDayNumber, toDayNumber } from '../model/dates.ts';
import { legalDaysOff, statutoryDays } from './statutoryDays.ts';
import { WorkCalendar, workCalendarOf } from './workCalendar.ts';

type WorkDaysInput = NonNullable<NonNullable<ConfigInput['followUps']>['workDays']>;

function calendar(workDays: WorkDaysInput = {}): WorkCalendar {
  return new WorkCalendar(resolveConfig({ followUps: { workDays } }).followUps.workDays);
}

const working = (c: WorkCalendar, date: string) => c.isWorkingDay(toDayNumber(date));

describe('WorkCalendar', () => {
  // The days as lunar-javascript's HolidayUtil has them for 2026 (State Council notice).
  it.each([
    // date, weekday, works (Monday–Friday team with China's public holidays)
    ['2026-09-18', 'Fri', true],
    ['2026-09-19', 'Sat', false],
    ['2026-09-20', 'Sun', true], // 国庆 调休
    ['2026-09-25', 'Fri', false], // 中秋
    ['2026-09-26', 'Sat', false],
    ['2026-09-27', 'Sun', false],
    ['2026-09-28', 'Mon', true],
    ['2026-09-30', 'Wed', true],
    ['2026-10-01', 'Thu', false], // 国庆 1–7
    ['2026-10-02', 'Fri', false],
    ['2026-10-05', 'Mon', false],
    ['2026-10-07', 'Wed', false],
    ['2026-10-08', 'Thu', true],
    ['2026-10-09', 'Fri', true],
    ['2026-10-10', 'Sat', true], // 国庆 调休
    ['2026-10-11', 'Sun', false],
    ['2026-02-13', 'Fri', true],
    ['2026-02-14', 'Sat', true], // 春节 调休
    ['2026-02-15', 'Sun', false], // 春节 15–23
    ['2026-02-16', 'Mon', false],
    ['2026-02-17', 'Tue', false], // 正月初一
    ['2026-02-23', 'Mon', false],
    ['2026-02-24', 'Tue', true],
    ['2026-02-28', 'Sat', true], // 春节 调休
    ['2026-01-01', 'Thu', false], // 元旦
    ['2026-01-04', 'Sun', true], // 元旦 调休
    ['2026-11-24', 'Tue', true],
    ['2026-11-28', 'Sat', false],
  ] as const)('%s (%s) is a working day: %s', (date, _weekday, works) => {
    expect(working(calendar(), date)).toBe(works);
  });

  it.each<[WorkDaysInput, string, boolean]>([
    // settings, date, works
    [{ publicHolidays: 'none' }, '2026-10-01', true],
    [{ publicHolidays: 'none' }, '2026-10-10', false],
    [{ everyDay: true }, '2026-10-01', true],
    [{ everyDay: true }, '2026-11-28', true],
    [{ everyDay: true, daysOff: ['2026-02-16'] }, '2026-02-16', false],
    [{ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }, '2026-11-28', true],
    [{ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }, '2026-10-03', false],
    [{ daysOff: ['2026-11-24'] }, '2026-11-24', false],
    [{ extraWorkingDays: ['2026-10-03'] }, '2026-10-03', true],
    [{ extraWorkingDays: ['2026-11-28'] }, '2026-11-28', true],
    // Past the statutory days lunar-javascript knows (2026 in 1.7.7): the working week and the
    // days off the law itself gives; the 调休 arrangement is not known.
    [{}, '2027-10-01', false],
    [{}, '2027-10-04', true],
    [{}, '2027-02-05', false], // 除夕, a Friday
    [{}, '2027-02-08', false], // 正月初三, a Monday
    [{}, '2027-02-09', true],
    [{}, '2027-04-05', false], // 清明, a Monday
    [{}, '2027-06-09', false], // 端午
    [{}, '2027-09-15', false], // 中秋
    [{ publicHolidays: 'none' }, '2027-02-08', true],
  ])('with %j, %s is a working day: %s', (settings, date, works) => {
    expect(working(calendar(settings), date)).toBe(works);
  });

  it.each([
    // from, working days, the day they end on
    ['2026-11-20', 1, '2026-11-23'], // Friday + 1: Monday
    ['2026-11-21', 1, '2026-11-23'], // from a Saturday
    ['2026-11-24', 0, '2026-11-24'],
    ['2026-11-21', 0, '2026-11-23'],
    ['2026-09-30', 1, '2026-10-08'], // over 国庆
    ['2026-09-18', 7, '2026-09-29'], // 09-20 worked, 中秋 off
    ['2026-10-09', 1, '2026-10-10'], // to the 调休 Saturday
    ['2026-02-13', 3, '2026-02-25'], // 02-14 worked, then 春节
  ] as const)('%s plus %i working days is %s', (from, n, to) => {
    expect(fromDayNumber(calendar().addWorkingDays(toDayNumber(from), n))).toBe(to);
  });

  it('finds the working days around a stretch off', () => {
    const c = calendar();
    expect(fromDayNumber(c.onOrBefore(toDayNumber('2026-10-01')))).toBe('2026-09-30');
    expect(fromDayNumber(c.onOrAfter(toDayNumber('2026-10-01')))).toBe('2026-10-08');
    expect(fromDayNumber(c.onOrBefore(toDayNumber('2026-02-17')))).toBe('2026-02-14');
    expect(fromDayNumber(c.onOrAfter(toDayNumber('2026-11-24')))).toBe('2026-11-24');
  });

  it('names the years whose statutory days are not known, unless the public-holiday calendar is off', () => {
    const span = [toDayNumber('2026-12-20'), toDayNumber('2027-01-19')] as const;
    expect(calendar().unknownYears(...span)).toEqual([2027]);
    expect(calendar().unknownYears(toDayNumber('2026-09-01'), toDayNumber('2026-10-31'))).toEqual([]);
    expect(calendar({ publicHolidays: 'none' }).unknownYears(...span)).toEqual([]);
    expect(calendar({ everyDay: true }).unknownYears(...span)).toEqual([]);
  });

  it('is made once for a configuration', () => {
    const config = resolveConfig({});
    expect(workCalendarOf(config)).toBe(workCalendarOf(config));
  });
});

describe('legalDaysOff', () => {
  it('gives the thirteen days off the law gives, 2027 as lunar-javascript converts it', () => {
    expect((legalDaysOff(2027) ?? []).map(fromDayNumber)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
  });

  // Each year's published arrangement gives at least the days the law gives.
  it.each([2025, 2026])('are all days off in the State Council’s arrangement for %i', (year) => {
    const published = statutoryDays(year);
    expect(published).not.toBeNull();
    for (const day of legalDaysOff(year) ?? [])
      expect([fromDayNumber(day), published?.get(day)]).toEqual([fromDayNumber(day), false]);
  });

  it('is for the law in force from 2025 only', () => {
    expect(legalDaysOff(2024)).toBeNull();
  });
});

describe('followUps.workDays settings', () => {
  it.each([
    [{ weekdays: [] }, 'name at least one working weekday'],
    [{ weekdays: ['monday'] }, 'Invalid option'],
    [{ daysOff: ['2026-02-30'] }, 'expected a date written YYYY-MM-DD'],
    [{ daysOff: ['2026/10/08'] }, 'expected a date written YYYY-MM-DD'],
    [{ publicHolidays: 'US' }, 'Invalid option'],
    [{ daysOff: ['2026-10-10'], extraWorkingDays: ['2026-10-10'] }, '2026-10-10 is both a day off'],
  ])('refuses %j', (workDays, message) => {
    expect(() => resolveConfig({ followUps: { workDays: workDays as WorkDaysInput } })).toThrow(message);
  });

  it('defaults to Monday–Friday with China’s public holidays and SLAs in working days', () => {
    expect(resolveConfig({}).followUps).toMatchObject({
      workDays: {
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        publicHolidays: 'CN',
        everyDay: false,
        daysOff: [],
        extraWorkingDays: [],
      },
      complaintSlaCount: 'working-days',
    });
    expect(resolveConfig({ followUps: { horizonDays: 10 } }).followUps.workDays.publicHolidays).toBe('CN');
  });
});
