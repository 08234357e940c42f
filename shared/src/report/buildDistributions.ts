import { GROUP8_LABELS, LIFECYCLE_LABELS, SEGMENT_LABELS, VALUE_TIER_LABELS } from '../i18n/labels.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import { GROUPS8, type Language, LIFECYCLES, SEGMENTS, VALUE_TIERS } from '../model/keys.ts';
import type { DistributionRow, ReportDistributions } from './reportModel.ts';
import { reportTexts } from './reportTexts.ts';

/**
 * Customers and revenue per segment, 8-class group, lifecycle and value tier, every key listed
 * in its canonical order (zero rows included) so shares always add up to 100 %.
 */
export function buildDistributions(
  customers: readonly CustomerRow[],
  language: Language,
): ReportDistributions {
  const segment = new Tally(SEGMENTS.length);
  const group8 = new Tally(GROUPS8.length + 1);
  const lifecycle = new Tally(LIFECYCLES.length);
  const valueTier = new Tally(VALUE_TIERS.length);
  const segmentIndex = indexOf(SEGMENTS);
  const group8Index = indexOf(GROUPS8);
  const lifecycleIndex = indexOf(LIFECYCLES);
  const tierIndex = indexOf(VALUE_TIERS);

  let totalRevenue = 0;
  for (const { classification: c, stats } of customers) {
    const revenue = stats.totalSpend;
    totalRevenue += revenue;
    segment.add(segmentIndex.get(c.segment) ?? 0, revenue);
    group8.add(c.group8 === null ? GROUPS8.length : (group8Index.get(c.group8) ?? 0), revenue);
    lifecycle.add(lifecycleIndex.get(c.lifecycle) ?? 0, revenue);
    valueTier.add(tierIndex.get(c.valueTier) ?? 0, revenue);
  }

  const count = customers.length;
  const none = reportTexts(language).noPurchases;
  return {
    segment: segment.rows(SEGMENTS, (k) => SEGMENT_LABELS[k][language], count, totalRevenue),
    group8: group8.rows(
      [...GROUPS8, 'none'] as const,
      (k) => (k === 'none' ? none : GROUP8_LABELS[k][language]),
      count,
      totalRevenue,
    ),
    lifecycle: lifecycle.rows(LIFECYCLES, (k) => LIFECYCLE_LABELS[k][language], count, totalRevenue),
    valueTier: valueTier.rows(VALUE_TIERS, (k) => VALUE_TIER_LABELS[k][language], count, totalRevenue),
  };
}

function indexOf<K extends string>(keys: readonly K[]): Map<K, number> {
  return new Map(keys.map((k, i) => [k, i]));
}

class Tally {
  private readonly customers: Float64Array;
  private readonly revenue: Float64Array;

  constructor(size: number) {
    this.customers = new Float64Array(size);
    this.revenue = new Float64Array(size);
  }

  add(index: number, revenue: number): void {
    this.customers[index] = (this.customers[index] ?? 0) + 1;
    this.revenue[index] = (this.revenue[index] ?? 0) + revenue;
  }

  rows<K extends string>(
    keys: readonly K[],
    labelOf: (key: K) => string,
    totalCustomers: number,
    totalRevenue: number,
  ): DistributionRow<K>[] {
    return keys.map((key, i) => {
      const customers = this.customers[i] ?? 0;
      const revenue = this.revenue[i] ?? 0;
      return {
        key,
        label: labelOf(key),
        customers,
        customerShare: totalCustomers > 0 ? customers / totalCustomers : 0,
        revenue,
        revenueShare: totalRevenue > 0 ? revenue / totalRevenue : 0,
      };
    });
  }
}
