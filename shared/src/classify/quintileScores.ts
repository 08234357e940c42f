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
 * when the k-th worst value is worse than this one. The four bounds are the values a sort would
 * put at four places, found without sorting (selectRanks): O(n) to find them, O(n) to score.
 */
export function scoreColumn(values: Float64Array, higherIsBetter: boolean): Uint8Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const ordered = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    if (!Number.isNaN(value)) ordered[k++] = value;
  }

  // Every value scores at least `least` (k(s) is 0 up to it); bounds[s] above it is the k(s)-th
  // worst value.
  let least = 1;
  while (least < 5 && Math.floor((least * n) / 5) === 0) least++;
  // Where the k(s)-th worst value stands in ascending order.
  const place = (s: number): number => {
    const k = Math.floor(((s - 1) * n) / 5);
    return higherIsBetter ? k - 1 : n - k;
  };
  const places: number[] = [];
  for (let s = least + 1; s <= 5; s++) places.push(place(s));
  selectRanks(ordered, places);
  const bounds = new Float64Array(6);
  for (let s = least + 1; s <= 5; s++) bounds[s] = ordered[place(s)] as number;
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

/**
 * Moves the values of `a` (no NaN) so that each of the given places holds the value a sort would
 * put there, every value before it no greater and every value after it no smaller: quickselect
 * (C. A. R. Hoare's FIND) for several places at once, each partition of a range going on only
 * into the parts that hold a place still to find. Its partition is three-way, for columns where
 * most values repeat (most buyers bought once). A range that will not shrink is sorted instead,
 * so a column built to defeat the pivots costs no more than a sort.
 */
export function selectRanks(a: Float64Array, places: readonly number[]): void {
  const sorted = [...new Set(places)].sort((x, y) => x - y);
  if (sorted.length === 0) return;
  const limit = 2 * Math.ceil(Math.log2(a.length + 1)) + 8;
  // Ranges still to go into: lo, hi (inclusive), the first and last of `sorted` inside them, and
  // how many partitions made them.
  const ranges: number[] = [0, a.length - 1, 0, sorted.length - 1, 0];
  while (ranges.length > 0) {
    const depth = ranges.pop() as number;
    const last = ranges.pop() as number;
    const first = ranges.pop() as number;
    const hi = ranges.pop() as number;
    const lo = ranges.pop() as number;
    if (hi <= lo) continue;
    if (depth === limit) {
      a.subarray(lo, hi + 1).sort();
      continue;
    }
    const pivot = medianOfThree(a[lo] as number, a[(lo + hi) >>> 1] as number, a[hi] as number);
    // [lo, lt) below the pivot, [lt, i) equal to it, (gt, hi] above it.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const value = a[i] as number;
      if (value < pivot) {
        a[i++] = a[lt] as number;
        a[lt++] = value;
      } else if (value > pivot) {
        a[i] = a[gt] as number;
        a[gt--] = value;
      } else i++;
    }
    // The places below lt, and those above gt; those between hold the pivot, as they should.
    let below = first;
    while (below <= last && (sorted[below] as number) < lt) below++;
    let above = last;
    while (above >= first && (sorted[above] as number) > gt) above--;
    if (below > first) ranges.push(lo, lt - 1, first, below - 1, depth + 1);
    if (above < last) ranges.push(gt + 1, hi, above + 1, last, depth + 1);
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
