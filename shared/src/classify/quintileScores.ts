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
 *
 * A score is ceil(5 × (worse + 1) / n), worse being the number of strictly worse values. It is at
 * least s exactly when worse ≥ k(s) = floor((s − 1) × n / 5), and that needs no count: worse ≥ k
 * when the k-th worst value is worse than this one. One native (comparator-free) sort gives the
 * four bounds; each value is then compared with them: O(n log n) for the sort, O(n) after it.
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

  // Every value scores at least `least` (k(s) is 0 up to it); bounds[s] above it is the k(s)-th
  // worst value.
  let least = 1;
  while (least < 5 && Math.floor((least * n) / 5) === 0) least++;
  const bounds = new Float64Array(6);
  for (let s = least + 1; s <= 5; s++) {
    const k = Math.floor(((s - 1) * n) / 5);
    bounds[s] = sorted[higherIsBetter ? k - 1 : n - k] as number;
  }
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    let score = least;
    if (higherIsBetter) while (score < 5 && value > (bounds[score + 1] as number)) score++;
    else while (score < 5 && value < (bounds[score + 1] as number)) score++;
    scores[i] = score;
  }
  return scores;
}
