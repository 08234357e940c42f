import type { IsoDate } from '../model/dates.ts';
import type { clvMessages } from './clvMessages.ts';
import type { CustomerHistory, TransactionSummary } from './summarizeTransactions.ts';

/** Fewest repeat customers (and positive-spend repeat customers) the models are fitted on. */
export const MIN_REPEAT_CUSTOMERS = 5;

/** The customers of a summary as the two models see them. */
export interface ClvFitData {
  /** Every customer: BG/NBD is fitted on all of them. */
  histories: readonly CustomerHistory[];
  /** Customers with at least one repeat purchase. */
  repeaters: readonly CustomerHistory[];
  /** Repeat customers with a positive mean repeat spend: Gamma-Gamma is fitted on them. */
  spenders: readonly CustomerHistory[];
}

/**
 * The customers to fit on, or why the summary cannot support the models: both estimate
 * population parameters, so one customer, or a handful of repeat buyers, says nothing about them.
 */
export function clvFitData(
  summary: TransactionSummary,
  calibrationEnd: IsoDate,
  text: ReturnType<typeof clvMessages>,
): ClvFitData | { error: string } {
  const histories = summary.customers;
  const n = histories.length;
  if (n === 0) return { error: text.noCustomers(calibrationEnd) };
  if (n === 1) return { error: text.singleCustomer() };
  const repeaters = histories.filter((c) => c.frequency > 0);
  if (repeaters.length === 0) return { error: text.allOneTime(n) };
  if (repeaters.length < MIN_REPEAT_CUSTOMERS) {
    return { error: text.fewRepeaters(repeaters.length, n, MIN_REPEAT_CUSTOMERS) };
  }
  const spenders = repeaters.filter((c) => c.monetaryValue > 0);
  if (spenders.length < MIN_REPEAT_CUSTOMERS) {
    return { error: text.fewSpenders(spenders.length, MIN_REPEAT_CUSTOMERS) };
  }
  return { histories, repeaters, spenders };
}
