/** Day numbers of 1 January for the years a plan can touch, so birthdays need no Date calls. */
export interface YearTable {
  firstYear: number;
  /** 1 January of firstYear, firstYear + 1, … up to the year after the last one asked for. */
  starts: number[];
}

/** The years from the one of `fromDay` to the one of `toDay` (day numbers since 1970-01-01). */
export function yearTable(fromDay: number, toDay: number): YearTable {
  const firstYear = yearOfDay(fromDay);
  const lastYear = yearOfDay(toDay);
  const starts: number[] = [];
  for (let y = firstYear; y <= lastYear + 1; y++) starts.push(Math.round(Date.UTC(y, 0, 1) / 86_400_000));
  return { firstYear, starts };
}

/** The Gregorian year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}
