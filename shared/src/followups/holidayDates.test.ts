import { describe, expect, it } from 'vitest';
import { holidayDates } from './holidayDates.ts';

describe('holidayDates', () => {
  it.each([
    [2025, 'new-year', '2025-01-01'],
    [2025, 'spring-festival', '2025-01-29'],
    [2025, 'lantern-festival', '2025-02-12'],
    [2025, 'dragon-boat', '2025-05-31'],
    [2025, 'mid-autumn', '2025-10-06'],
    [2025, 'national-day', '2025-10-01'],
    [2026, 'new-year', '2026-01-01'],
    [2026, 'spring-festival', '2026-02-17'],
    [2026, 'lantern-festival', '2026-03-03'],
    [2026, 'dragon-boat', '2026-06-19'],
    [2026, 'mid-autumn', '2026-09-25'],
    [2026, 'national-day', '2026-10-01'],
    [2027, 'new-year', '2027-01-01'],
    [2027, 'spring-festival', '2027-02-06'],
    [2027, 'lantern-festival', '2027-02-20'],
    [2027, 'dragon-boat', '2027-06-09'],
    [2027, 'mid-autumn', '2027-09-15'],
    [2027, 'national-day', '2027-10-01'],
  ])('in %i puts %s on %s', (year, holiday, date) => {
    expect(holidayDates(year).find((entry) => entry.holiday === holiday)?.date).toBe(date);
  });

  it('lists each of the six holidays once, earliest first', () => {
    const dates = holidayDates(2026);
    expect(dates.map((d) => d.holiday)).toEqual([
      'new-year',
      'spring-festival',
      'lantern-festival',
      'dragon-boat',
      'mid-autumn',
      'national-day',
    ]);
  });

  it('keeps Mid-Autumn and National Day apart when they share 2020-10-01', () => {
    const dates = holidayDates(2020).filter((d) => d.date === '2020-10-01');
    expect(dates.map((d) => d.holiday).sort()).toEqual(['mid-autumn', 'national-day']);
  });

  it('returns a fresh list each time, so callers cannot corrupt the cache', () => {
    const first = holidayDates(2026);
    (first[0] as { date: string }).date = '1999-01-01';
    first.pop();
    expect(holidayDates(2026)[0]?.date).toBe('2026-01-01');
    expect(holidayDates(2026)).toHaveLength(6);
  });

  it.each([0, -5, 10_000, 2026.5, Number.NaN])('returns no holidays for the impossible year %s', (year) => {
    expect(holidayDates(year)).toEqual([]);
  });
});
