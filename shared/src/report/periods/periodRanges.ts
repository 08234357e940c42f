import { type IsoDate, toDayNumber } from '../../model/dates.ts';
import { monthEnd, monthOf, monthStart } from './calendarMonths.ts';
import { PERIOD_MONTHS, type ReportPeriod } from './reportPeriods.ts';

/** A calendar period: its first and last day (both included) and its first month. */
export interface PeriodRange {
  from: IsoDate;
  to: IsoDate;
  /** First month of the period (year × 12 + month − 1). */
  month: number;
}

/** The periods a report compares, as of today. */
export interface ComparedPeriods {
  /** The last complete period: it ended before today. */
  current: PeriodRange;
  /** The period before it. */
  previous: PeriodRange;
  /** The same period a year earlier (year on year takes out the season). */
  yearAgo: PeriodRange;
  /** The period today falls in, from its first day up to today: never complete. */
  partial: PeriodRange;
  /** The last day of the period today falls in. */
  partialEnd: IsoDate;
}

/**
 * The calendar periods compared as of `today`. A period counts as complete only once it has
 * ended before today: today's orders may still be coming in, so the period holding today is
 * always partial, even on its last day.
 */
export function comparedPeriods(today: IsoDate, period: ReportPeriod): ComparedPeriods {
  const length = PERIOD_MONTHS[period];
  const partialMonth = Math.floor(monthOf(today) / length) * length;
  const range = (month: number): PeriodRange => ({
    from: monthStart(month),
    to: monthEnd(month + length - 1),
    month,
  });
  return {
    current: range(partialMonth - length),
    previous: range(partialMonth - 2 * length),
    yearAgo: range(partialMonth - length - 12),
    partial: { from: monthStart(partialMonth), to: today, month: partialMonth },
    partialEnd: monthEnd(partialMonth + length - 1),
  };
}

/** Day numbers of a range's ends, for comparing order days. */
export function rangeDays(range: Pick<PeriodRange, 'from' | 'to'>): { from: number; to: number } {
  return { from: toDayNumber(range.from), to: toDayNumber(range.to) };
}
