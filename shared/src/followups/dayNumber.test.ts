import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../model/dates.ts';
import { dayNumberOf } from './dayNumber.ts';

describe('dayNumberOf', () => {
  it('agrees with toDayNumber on every date from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('0001-01-01'), max: toDayNumber('9999-12-31') }), (day) => {
        const iso = fromDayNumber(day);
        expect(dayNumberOf(iso)).toBe(toDayNumber(iso));
      }),
    );
  });

  it.each([
    ['1970-01-01', 0],
    ['2026-11-24', 20_781],
    ['2024-02-29', 19_782],
    ['2000-03-01', 11_017],
  ])('counts %s as day %i', (date, day) => {
    expect(dayNumberOf(date)).toBe(day);
  });
});
