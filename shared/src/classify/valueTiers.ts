import type { Config } from '../config/config.ts';
import type { ValueTier } from '../model/keys.ts';

/**
 * Pareto value tiers: sort by spend, highest first; a customer is `high` while the revenue of
 * the customers before it is below highShare of the total, `medium` while below mediumShare, else `low`.
 * Equal spends keep input order, so the result is deterministic. With no revenue at all everyone is
 * `low`. Negative or non-numeric spend counts as 0.
 */
export function valueTiers(spend: number[], thresholds: Config['valueTier']): ValueTier[] {
  const n = spend.length;
  const amounts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = spend[i] ?? 0;
    amounts[i] = Number.isFinite(value) && value > 0 ? value : 0;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (amounts[b] ?? 0) - (amounts[a] ?? 0) || a - b);

  // Summed in the same order as the walk below, so the last "before" equals the total exactly.
  let total = 0;
  for (let p = 0; p < n; p++) total += amounts[order[p] ?? 0] ?? 0;

  const tiers: ValueTier[] = new Array(n).fill('low');
  if (total <= 0) return tiers;
  const highLimit = thresholds.highShare * total;
  const mediumLimit = thresholds.mediumShare * total;
  let before = 0;
  for (let p = 0; p < n; p++) {
    const index = order[p] ?? 0;
    if (before >= mediumLimit) break;
    tiers[index] = before < highLimit ? 'high' : 'medium';
    before += amounts[index] ?? 0;
  }
  return tiers;
}
