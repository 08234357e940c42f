import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumberToSerial,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isoDayNumber,
  isValidYmd,
  serialToDayNumber,
  toDayNumber,
} from './dates.ts';

describe('calendar dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2026-11-24', 20781],
    ['0099-03-01', -683309],
    ['2000-02-29', 11016],
  ])('%s is day %i and back', (iso, day) => {
    expect(toDayNumber(iso)).toBe(day);
    expect(fromDayNumber(day)).toBe(iso);
  });

  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [2026, 12, 31],
  ])('accepts %i-%i-%i', (y, m, d) => expect(isValidYmd(y, m, d)).toBe(true));

  it.each([
    [2026, 2, 29],
    [2026, 13, 1],
    [2026, 4, 31],
    [2026, 0, 10],
    [1900, 2, 29],
  ])('rejects %i-%i-%i', (y, m, d) => expect(isValidYmd(y, m, d)).toBe(false));

  it('counts February of leap and common years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2026, 2), daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([
      29, 28, 29, 28,
    ]);
  });

  it('round-trips every day number and agrees with addDays/daysBetween', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -700_000, max: 2_900_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (day, delta) => {
          const iso = fromDayNumber(day);
          expect(isIsoDate(iso)).toBe(true);
          expect(toDayNumber(iso)).toBe(day);
          expect(daysBetween(iso, addDays(iso, delta))).toBe(delta);
        },
      ),
    );
  });

  it.each([
    ['1899-12-30', 0],
    ['1900-03-01', 61],
    ['2024-03-05', 45356],
  ])('%s is spreadsheet serial %i and back', (iso, serial) => {
    expect(dayNumberToSerial(toDayNumber(iso))).toBe(serial);
    expect(fromDayNumber(serialToDayNumber(serial + 0.75))).toBe(iso);
  });
});

describe('isoDayNumber', () => {
  const digit = fc.constantFrom(...'0123456789');
  const isoLike = fc
    .tuple(
      fc.array(digit, { minLength: 4, maxLength: 4 }),
      fc.array(digit, { minLength: 2, maxLength: 2 }),
      fc.array(digit, { minLength: 2, maxLength: 2 }),
      fc.constantFrom('-', '/', '-'),
    )
    .map(([y, m, d, sep]) => `${y.join('')}${sep}${m.join('')}${sep}${d.join('')}`);
  const realDay = fc
    .integer({ min: toDayNumber('0999-12-25'), max: toDayNumber('9999-12-31') })
    .map(fromDayNumber);

  it('is the day number of every real date from year 1000 on, and NaN for anything else', () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, realDay, fc.string({ maxLength: 11 })), (text) => {
        const expected = isIsoDate(text) && Number(text.slice(0, 4)) >= 1000 ? toDayNumber(text) : Number.NaN;
        expect(isoDayNumber(text)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

// The day arithmetic against what Date says, which it replaced in the hot paths: the same answer
// for every day of years 1 to 9999 and around them, months and days past their end included.
describe('day arithmetic, against Date', () => {
  const MS_PER_DAY = 86_400_000;
  const dateToDayNumber = (y: number, m: number, d: number) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return Math.round(date.getTime() / MS_PER_DAY);
  };
  const dateFromDayNumber = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('writes every day number as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (day) => {
        expect(fromDayNumber(day)).toBe(dateFromDayNumber(day));
      }),
      { numRuns: 5000 },
    );
    for (const day of [-719_163, -719_162, -1, 0, 1, 2_932_896, 2_932_897, 0.5, -0.5]) {
      expect(fromDayNumber(day)).toBe(dateFromDayNumber(day));
    }
  });

  it('reads every YYYY-MM-DD as Date does, months and days past their end too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          expect(toDayNumber(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(dateToDayNumber(y, m, d));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('counts the days of any month as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -30, max: 40 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(dateToDayNumber(y, m + 1, 0) * MS_PER_DAY).getUTCDate());
      }),
      { numRuns: 3000 },
    );
    const dateDays = (y: number, m: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m, 0);
      return date.getUTCDate();
    };
    for (const [y, m] of [
      [2024, 2.5],
      [2024.5, 2],
      [2023, 0.5],
      [2024, -0.5],
      [Number.NaN, 2],
      [2024, Number.NaN],
      [2024, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(daysInMonth(y, m)).toBe(dateDays(y, m));
    }
    for (const y of [1900, 2000, 2024, 2025, 2100, 400, 4]) {
      for (let m = 1; m <= 12; m++) {
        expect(daysInMonth(y, m)).toBe(new Date(dateToDayNumber(y, m + 1, 0) * MS_PER_DAY).getUTCDate());
      }
    }
  });

  it('gives back the day number of every date it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
      }),
      { numRuns: 3000 },
    );
  });
});
