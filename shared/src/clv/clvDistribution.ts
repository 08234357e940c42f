import type { ClvSummary } from '../model/results.ts';

/**
 * CLV distribution buckets with edges at the 50th, 80th and 95th percentiles rounded down to one
 * significant digit, so that they read well in a report whatever the currency: e.g. 0–20,
 * 20–60, 60–200, ≥ 200. Negative values (never produced by the models) fall into the first bucket.
 */
export function clvDistribution(values: readonly number[]): ClvSummary['distribution'] {
  const sorted = Float64Array.from(values).sort();
  const edges: number[] = [];
  for (const share of [0.5, 0.8, 0.95]) {
    const at = sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
    if (at === undefined || !(at > 0)) continue;
    const edge = niceNumber(at);
    if (edge > (edges[edges.length - 1] ?? 0)) edges.push(edge);
  }
  const bounds = [0, ...edges];
  const buckets = bounds.map((from, i) => {
    const to = bounds[i + 1] ?? null;
    return {
      label: to === null ? `≥ ${formatAmount(from)}` : `${formatAmount(from)}–${formatAmount(to)}`,
      from,
      to,
      customers: 0,
      totalClv: 0,
    };
  });
  for (const value of sorted) {
    let i = 0;
    while (i + 1 < buckets.length && value >= (buckets[i + 1] as (typeof buckets)[number]).from) i++;
    const bucket = buckets[i] as (typeof buckets)[number];
    bucket.customers++;
    bucket.totalClv += value;
  }
  return buckets;
}

/** Rounds a positive value down to one significant digit (480 → 400, 0.034 → 0.03). */
export function niceNumber(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  // The small tolerance keeps 300 at 300 when 300 / 100 comes out as 2.9999999999999996.
  return Math.floor(value / power + 1e-9) * power;
}

function formatAmount(value: number): string {
  const rounded = value >= 1 ? Math.round(value) : Number(value.toPrecision(2));
  return rounded.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
