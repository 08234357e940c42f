// Ordering of a plan: due date, then priority (urgent first), then customer row, then kind, then
// insertion order. 100k+ tasks span only a few hundred (due, priority) pairs, so a stable
// counting sort on that pair is linear; rows within a pair are already ascending because rules
// run customer by customer, and the rare unordered run is fixed locally.

/** Most buckets a counting sort may allocate (corrupt dates spanning centuries fall back). */
const MAX_BUCKETS = 1 << 22;

/**
 * Indexes of the tasks by `major`, then `minor`, then index (whole numbers both). In plan order
 * `major[i]` is due day × 4 + priority rank and `minor[i]` is row × 8 + kind rank.
 */
export function sortOrder(major: readonly number[], minor: readonly number[]): number[] {
  const n = major.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const m = major[i] as number;
    if (m < min) min = m;
    if (m > max) max = m;
    if (!Number.isSafeInteger(m)) whole = false;
  }
  if (n === 0) return [];
  // A key that is no whole number (a date that did not read) has no bucket: the comparator
  // sort still gives every index back.
  if (!whole || max - min + 1 > MAX_BUCKETS) {
    const order = Array.from(major.keys());
    return order.sort(
      (a, b) => (major[a] as number) - (major[b] as number) || (minor[a] as number) - (minor[b] as number),
    );
  }
  const starts = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) {
    const b = (major[i] as number) - min + 1;
    starts[b] = (starts[b] as number) + 1;
  }
  for (let b = 1; b < starts.length; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const order: number[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    const b = (major[i] as number) - min;
    order[starts[b] as number] = i;
    starts[b] = (starts[b] as number) + 1;
  }
  // Within one (due, priority) bucket, restore row/kind order where rules interleaved.
  let runStart = 0;
  let sorted = true;
  for (let k = 1; k <= n; k++) {
    const prev = order[k - 1] as number;
    const cur = k < n ? (order[k] as number) : -1;
    if (cur >= 0 && major[cur] === major[prev]) {
      if ((minor[cur] as number) < (minor[prev] as number)) sorted = false;
      continue;
    }
    if (!sorted) {
      const run = order.slice(runStart, k).sort((a, b) => (minor[a] as number) - (minor[b] as number));
      for (let j = 0; j < run.length; j++) order[runStart + j] = run[j] as number;
    }
    runStart = k;
    sorted = true;
  }
  return order;
}
