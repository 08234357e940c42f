import { daysBetween, fromDayNumber, type IsoDate } from '../model/dates.ts';
import type { OrderLedger } from './orders/orderLedger.ts';
import { periodFigures } from './periods/periodFigures.ts';
import { comparedPeriods } from './periods/periodRanges.ts';
import type { ReportPeriod } from './periods/reportPeriods.ts';
import {
  COMPARED_METRICS,
  type ComparedMetric,
  type ComparisonSection,
  type MetricChanges,
  type PeriodFigures,
} from './reportSections.ts';

/**
 * The last complete period against the one before and the same one a year earlier, and the
 * period today is in so far (marked partial, never compared: a month one day old is not a drop
 * to zero).
 */
export function buildComparison(
  ledger: OrderLedger,
  today: IsoDate,
  period: ReportPeriod,
): ComparisonSection {
  const periods = comparedPeriods(today, period);
  const current = periodFigures(ledger, periods.current);
  const previous = periodFigures(ledger, periods.previous);
  const yearAgo = periodFigures(ledger, periods.yearAgo);
  return {
    period,
    current,
    previous,
    yearAgo,
    partial: {
      ...periodFigures(ledger, periods.partial),
      daysElapsed: daysBetween(periods.partial.from, today) + 1,
      daysInPeriod: daysBetween(periods.partial.from, periods.partialEnd) + 1,
    },
    changes: { previous: changes(current, previous), yearAgo: changes(current, yearAgo) },
    lastOrder: lastOrderDate(ledger),
  };
}

/** The latest day in the ledger (orders after today are not in it), as a date. */
function lastOrderDate(ledger: OrderLedger): IsoDate | null {
  let last = -Infinity;
  const customers = ledger.start.length - 1;
  for (let i = 0; i < customers; i++) {
    const end = ledger.start[i + 1] as number;
    // Each customer's orders are sorted by day: the last is the latest.
    if (end > (ledger.start[i] as number)) last = Math.max(last, ledger.day[end - 1] as number);
  }
  return last === -Infinity ? null : fromDayNumber(last);
}

function changes(current: PeriodFigures, reference: PeriodFigures): MetricChanges {
  const out = {} as MetricChanges;
  for (const metric of COMPARED_METRICS) out[metric] = change(metric, current[metric], reference[metric]);
  return out;
}

/** Relative change for amounts and counts; the difference in share for the repeat rate. */
function change(metric: ComparedMetric, value: number | null, reference: number | null): number | null {
  if (value === null || reference === null) return null;
  if (metric === 'repeatRate') return value - reference;
  return reference > 0 ? value / reference - 1 : null;
}
