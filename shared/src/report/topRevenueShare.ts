/**
 * Share of the total held by the largest `ceil(fraction × n)` values, in O(n) expected time
 * (quickselect) so the report never sorts 100k customers to find its top 20 %.
 * Returns null when the total is not positive.
 */
export function topRevenueShare(
  values: Float64Array,
  fraction: number,
): { share: number | null; count: number } {
  const n = values.length;
  const count = n === 0 ? 0 : Math.min(n, Math.ceil(fraction * n - 1e-9));
  let total = 0;
  for (let i = 0; i < n; i++) total += values[i] ?? 0;
  if (count === 0 || !(total > 0)) return { share: null, count };
  const work = values.slice();
  selectLargest(work, count);
  let top = 0;
  for (let i = 0; i < count; i++) top += work[i] ?? 0;
  return { share: top / total, count };
}

/** Rearranges `a` so its first `k` entries are its `k` largest (Hoare partitioning, descending). */
function selectLargest(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = medianOfThree(a[lo] ?? 0, a[(lo + hi) >>> 1] ?? 0, a[hi] ?? 0);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) > pivot) i++;
      while ((a[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const t = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) {
    if (y < z) return y;
    return Math.max(x, z);
  }
  if (x < z) return x;
  return Math.max(y, z);
}
