import type { IsoDate } from '../model/dates.ts';
import { firstOrderDay } from './orders/ledgerQueries.ts';
import type { OrderLedger } from './orders/orderLedger.ts';
import { monthLabel, monthOf, monthStartDays } from './periods/calendarMonths.ts';
import type { CohortRow } from './reportSections.ts';

/** Cohorts shown: the last twelve complete first-purchase months. */
const COHORTS = 12;

/**
 * First-purchase month cohorts (the last twelve complete months) and, for each following
 * complete month, the share of the cohort that ordered in it: cohort retention as defined by
 * the cohort's own first month (month +1 is the calendar month after it). The month today is in
 * is never a column: it is not over.
 */
export function buildCohorts(ledger: OrderLedger, today: IsoDate): CohortRow[] {
  const lastComplete = monthOf(today) - 1;
  const firstCohort = lastComplete - (COHORTS - 1);
  // Day numbers of each month start from the first cohort to the month after the last complete.
  const starts = monthStartDays(firstCohort, lastComplete);
  const sizes = new Float64Array(COHORTS);
  const active = Array.from({ length: COHORTS }, () => new Float64Array(COHORTS));
  const customers = ledger.start.length - 1;
  const seen = new Uint8Array(COHORTS);
  for (let i = 0; i < customers; i++) {
    const first = firstOrderDay(ledger, i);
    if (first === null) continue;
    let month = monthAt(starts, first);
    if (month < 0 || month >= COHORTS) continue;
    const cohort = month;
    sizes[cohort] = (sizes[cohort] as number) + 1;
    seen.fill(0);
    for (let k = ledger.start[i] as number; k < (ledger.start[i + 1] as number); k++) {
      // A refund is money going back, not a customer coming back.
      if ((ledger.amount[k] as number) < 0) continue;
      const day = ledger.day[k] as number;
      if (day < first) continue;
      while (month < COHORTS && day >= (starts[month + 1] as number)) month++;
      if (month >= COHORTS) break;
      seen[month] = 1;
    }
    const row = active[cohort] as Float64Array;
    for (let m = cohort + 1; m < COHORTS; m++) if (seen[m] === 1) row[m] = (row[m] as number) + 1;
  }
  const rows: CohortRow[] = [];
  for (let c = 0; c < COHORTS; c++) {
    const size = sizes[c] as number;
    const retention: number[] = [];
    for (let m = c + 1; m < COHORTS; m++)
      retention.push(size > 0 ? ((active[c] as Float64Array)[m] as number) / size : 0);
    rows.push({ cohort: monthLabel(firstCohort + c), customers: size, retention });
  }
  return rows;
}

/** Index of the month `day` falls in (−1 before the first, COHORTS or more after the last). */
function monthAt(starts: readonly number[], day: number): number {
  if (day < (starts[0] as number)) return -1;
  let m = 0;
  while (m + 1 < starts.length && day >= (starts[m + 1] as number)) m++;
  return m;
}
