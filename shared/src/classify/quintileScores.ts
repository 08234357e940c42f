import type { Score } from '../model/keys.ts';

/**
 * Quintile scores 1–5. `null` and non-finite values (a customer without purchases) get `null` and do
 * not count towards n.
 *
 * With distinct values the score is ceil(5 × rank / n), rank 1 = worst. Equal values get equal
 * scores: we give every member of a tie group the competition ("1224", minimum) rank of the group,
 * i.e. 1 + the number of strictly worse values. So when most buyers bought once, they all
 * share rank 1 and get F = 1 instead of being spread over F 1–3 by input order. A consequence: a tie
 * group at the top can score below 5 (ten customers, three tied best → rank 8 → 4).
 */
export function quintileScores(values: (number | null)[], higherIsBetter: boolean): (Score | null)[] {
  const numbers = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    numbers[i] = value === null || value === undefined || !Number.isFinite(value) ? Number.NaN : value;
  }
  const scores = scoreColumn(numbers, higherIsBetter);
  const out: (Score | null)[] = new Array(values.length);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? 0;
    out[i] = score === 0 ? null : (score as Score);
  }
  return out;
}

/**
 * Hot-loop form of {@link quintileScores}: NaN marks a missing value, 0 a missing score.
 * The competition rank is 1 + the number of strictly worse values, found by binary search in one
 * native (comparator-free) sort of the values: O(n log n).
 */
export function scoreColumn(values: Float64Array, higherIsBetter: boolean): Uint8Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const sorted = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    if (!Number.isNaN(value)) sorted[k++] = value;
  }
  sorted.sort();

  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    const worse = higherIsBetter ? countBelow(sorted, value) : n - countAtOrBelow(sorted, value);
    scores[i] = Math.ceil((5 * (worse + 1)) / n);
  }
  return scores;
}

/** Number of entries < value in an ascending array. */
function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries <= value in an ascending array. */
function countAtOrBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
