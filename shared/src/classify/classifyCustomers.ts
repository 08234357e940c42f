import type { Config } from '../config/config.ts';
import type { IsoDate } from '../model/dates.ts';
import { toDayNumber } from '../model/dates.ts';
import type { CustomerRecord, PurchaseStats } from '../model/records.ts';
import type { CustomerClassification } from '../model/results.ts';
import { assignGroups8ByRecency } from './assignGroups8.ts';
import { lifecycleForRecency } from './lifecycleFor.ts';
import { scoreRfmColumns, toScore } from './scoreRfm.ts';
import { segmentFor } from './segmentFor.ts';
import { valueTiers } from './valueTiers.ts';

const NO_PURCHASES: PurchaseStats = {
  firstPurchase: null,
  lastPurchase: null,
  orderCount: 0,
  totalSpend: 0,
  refunds: 0,
  refundTotal: 0,
  source: 'summary',
};

/**
 * Classify every customer as of `today`: RFM scores, R×F segment,
 * 8-class group, lifecycle stage and Pareto value tier. `stats[i]` belongs to `records[i]`; a missing
 * entry means no purchases. One entry per record, in input order. O(n log n): one sort per RFM
 * dimension and one for the value tiers.
 */
export function classifyCustomers(
  records: CustomerRecord[],
  stats: PurchaseStats[],
  today: IsoDate,
  config: Config,
): CustomerClassification[] {
  const n = records.length;
  const aligned: PurchaseStats[] = new Array(n);
  // A typed array: a spend with cents in an array of numbers would be a boxed number per customer.
  const spend = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = stats[i] ?? NO_PURCHASES;
    aligned[i] = s;
    spend[i] = s.totalSpend;
  }
  const rfm = scoreRfmColumns(aligned, today);
  const groups = assignGroups8ByRecency(rfm.recency, aligned);
  const tiers = valueTiers(spend, config.valueTier);
  const todayDay = toDayNumber(today);

  const out: CustomerClassification[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const record = records[i] as CustomerRecord;
    const s = aligned[i] as PurchaseStats;
    const days = rfm.recency[i] as number;
    const recencyDays = Number.isNaN(days) ? null : days;
    const r = toScore(rfm.r[i]);
    const f = toScore(rfm.f[i]);
    out[i] = {
      row: record.row,
      id: record.id,
      name: record.name,
      recencyDays,
      frequency: s.orderCount,
      monetary: s.totalSpend,
      r,
      f,
      m: toScore(rfm.m[i]),
      segment: segmentFor(r, f),
      group8: groups[i] ?? null,
      lifecycle: lifecycleForRecency(s, recencyDays, todayDay, config.lifecycle),
      valueTier: tiers[i] ?? 'low',
    };
  }
  return out;
}
