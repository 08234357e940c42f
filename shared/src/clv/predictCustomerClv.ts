import type { Config } from '../config/config.ts';
import type { IsoDate } from '../model/dates.ts';
import type { CustomerRecord, OrderRecord } from '../model/records.ts';
import type { ClvSummary, CustomerClv, FitLimit, ModelFit } from '../model/results.ts';
import type { OrderColumns } from '../table/orderColumns.ts';
import { analyzeClv } from './analyzeClv.ts';
import { atRiskCustomers } from './atRiskCustomers.ts';
import { clvDistribution } from './clvDistribution.ts';
import type { ClvFitCache } from './clvFitCache.ts';
import { clvMessages } from './clvMessages.ts';
import { DAYS_PER_MONTH, UNIT_DAYS } from './clvTypes.ts';
import { bgNbdLimits, gammaGammaLimits } from './fitLimits.ts';
import { summarizeTransactionColumns, summarizeTransactions } from './summarizeTransactions.ts';

/** The table's CLV summary and the prediction of each customer row that has one. */
export type ClvPrediction = ClvSummary & { perCustomer: CustomerClv[] };

/**
 * CLV and churn risk for the customer table: BG/NBD + Gamma-Gamma fitted on all
 * orders up to `today` (the calibration end), weeks as the time unit, predictions over
 * `config.clv.horizonMonths` discounted at `config.clv.annualDiscountRate`.
 *
 * `perCustomer` holds one prediction per record row that has an id with orders, or orders named
 * by its email or phone, each naming its row (rows without either, or without orders, have
 * none). A
 * customer is **at risk** (the churn warning) when P(alive) < `config.clv.churnThreshold` and
 * the customer is high value: its row is in `highValueRows` (the classification's value tier),
 * or without that set, in the Pareto top 80 % of the predictions' spend (see atRiskCustomers;
 * one-time buyers always have P(alive) = 1 in BG/NBD, so only repeat buyers can be at risk).
 * `valueAtStake` is the revenue over the horizon the customer would bring if still active times
 * the probability that it is gone. Totals and the distribution count each customer id once.
 *
 * Returns `{ error }` (in the configured language) when the orders cannot support the models.
 */
export function predictCustomerClv(
  records: readonly CustomerRecord[],
  orders: readonly OrderRecord[] | OrderColumns,
  today: IsoDate,
  config: Config,
  highValueRows?: ReadonlySet<number>,
  fitCache?: ClvFitCache,
  customerOfKey?: Int32Array | null,
): ClvPrediction | { error: string } {
  const unit = 'week';
  const text = clvMessages(config.language);
  const horizonMonths = config.clv.horizonMonths;
  const calibration = { calibrationEnd: today, unit } as const;
  const byCustomer =
    'idKey' in orders && customerOfKey != null ? keysByCustomer(orders, records, customerOfKey) : null;
  const summary =
    'idKey' in orders
      ? summarizeTransactionColumns(
          {
            ...(byCustomer ?? { keys: orders.idKey, keyIds: orders.ids }),
            days: orders.day,
            amounts: orders.amount,
          },
          calibration,
        )
      : summarizeTransactions(orders, calibration);
  // The id a record's prediction is named by: its own, else (a customer table without ids, its
  // orders named by email or phone) the first email or phone its orders wrote.
  const idOf = (i: number): string | null => records[i]?.id ?? byCustomer?.unnamed.get(i) ?? null;
  const analysis = analyzeClv(summary, {
    calibrationEnd: today,
    unit,
    horizon: (horizonMonths * DAYS_PER_MONTH) / UNIT_DAYS[unit],
    annualDiscountRate: config.clv.annualDiscountRate,
    language: config.language,
    ...(fitCache ? { fitCache } : {}),
  });
  if ('error' in analysis) return analysis;

  const predictions = analysis.customers;
  const indexById = new Map<string, number>();
  for (const [i, c] of predictions.entries()) indexById.set(c.customerId, i);
  const risk = new Map<number, number>();
  const highValue = highValueRows && highValueIndexes(records, idOf, indexById, highValueRows);
  const flagged = atRiskCustomers(
    predictions,
    config.clv.churnThreshold,
    highValue && ((index) => highValue.has(index)),
  );
  for (const r of flagged) risk.set(r.index, r.valueAtStake);

  const perCustomer: CustomerClv[] = [];
  const atRisk: ClvSummary['atRisk'] = [];
  const counted = new Set<number>();
  let predictedPurchases = 0;
  let predictedRevenue = 0;
  const values: number[] = [];
  // Indexed loops over the records: entries() makes an iterator result and a pair per customer.
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as CustomerRecord;
    const id = idOf(i);
    const index = id === null ? undefined : indexById.get(id);
    const prediction = index === undefined ? undefined : predictions[index];
    if (index === undefined || prediction === undefined) continue;
    const valueAtStake = risk.get(index);
    perCustomer.push({
      row: record.row,
      pAlive: prediction.pAlive,
      expectedPurchases: prediction.expectedPurchases,
      expectedAverageSpend: prediction.expectedAverageSpend,
      clv: prediction.clv,
      atRisk: valueAtStake !== undefined,
      valueAtStake: valueAtStake ?? 0,
    });
    if (valueAtStake !== undefined) {
      atRisk.push({
        row: record.row,
        id: record.id,
        name: record.name,
        pAlive: prediction.pAlive,
        valueAtStake,
      });
    }
    // A customer listed on two rows is still one customer in the totals.
    if (!counted.has(index)) {
      counted.add(index);
      predictedPurchases += prediction.expectedPurchases;
      predictedRevenue += prediction.expectedPurchases * prediction.expectedAverageSpend;
      values.push(prediction.clv);
    }
  }
  atRisk.sort((x, y) => y.valueAtStake - x.valueAtStake || x.row - y.row);

  const notes = [...analysis.notes];
  const notInTable = predictions.length - counted.size;
  if (notInTable > 0) notes.push(text.notInTable(notInTable));
  notes.push(text.atRisk(atRisk.length, config.clv.churnThreshold));

  return {
    horizonMonths,
    predictedPurchases,
    predictedRevenue,
    perCustomer,
    atRisk,
    distribution: clvDistribution(values),
    fit: {
      bgnbd: modelFit(analysis.bgnbd, bgNbdLimits(analysis.bgnbd)),
      gammaGamma: modelFit(analysis.gammaGamma, gammaGammaLimits(analysis.gammaGamma)),
    },
    notes,
  };
}

/**
 * The orders' keys with each customer's ids made one, named by the customer table's id, where
 * `customerOfKey` (the purchase statistics' match) found a customer under an id written
 * otherwise (1001.0 or Ｃ００１ for C001): the customer's orders are then one history, as they
 * are one customer's statistics, and its prediction is found by its row's id. Null when every id
 * is written as its customer's is, the usual case: the keys are then used as they are.
 */
function keysByCustomer(
  orders: OrderColumns,
  records: readonly CustomerRecord[],
  customerOfKey: Int32Array,
): { keys: Int32Array; keyIds: string[]; unnamed: Map<number, string> } | null {
  const ids = orders.ids;
  let k = 0;
  for (; k < ids.length; k++) {
    const i = customerOfKey[k] as number;
    if (i >= 0 && records[i]?.id !== ids[k]) break;
  }
  if (k === ids.length) return null;
  const keyOfId = new Map<string, number>();
  const keyIds: string[] = [];
  const newKey = new Int32Array(ids.length);
  // Customers without an id, by the first id their orders name them by (an email, a phone).
  const unnamed = new Map<number, string>();
  for (let key = 0; key < ids.length; key++) {
    const i = customerOfKey[key] as number;
    let id = ids[key] as string;
    if (i >= 0) {
      id = records[i]?.id ?? unnamed.get(i) ?? id;
      if (records[i]?.id == null && !unnamed.has(i)) unnamed.set(i, id);
    }
    let at = keyOfId.get(id);
    if (at === undefined) {
      at = keyIds.length;
      keyOfId.set(id, at);
      keyIds.push(id);
    }
    newKey[key] = at;
  }
  const keys = new Int32Array(orders.length);
  for (let o = 0; o < orders.length; o++) keys[o] = newKey[orders.idKey[o] as number] as number;
  return { keys, keyIds, unnamed };
}

/** Predictions (by index) of the customers with a high-value row. */
function highValueIndexes(
  records: readonly CustomerRecord[],
  idOf: (i: number) => string | null,
  indexById: ReadonlyMap<string, number>,
  rows: ReadonlySet<number>,
): Set<number> {
  const indexes = new Set<number>();
  for (let i = 0; i < records.length; i++) {
    const id = idOf(i);
    const index = id === null ? undefined : indexById.get(id);
    if (index !== undefined && rows.has((records[i] as CustomerRecord).row)) indexes.add(index);
  }
  return indexes;
}

function modelFit(
  fit: { converged: boolean; iterations: number; logLikelihood: number },
  limits: FitLimit[],
): ModelFit {
  return { converged: fit.converged, iterations: fit.iterations, logLikelihood: fit.logLikelihood, limits };
}
