import type { RfmTriple } from './clvTypes.ts';

/**
 * Customers collapsed to distinct (x, t_x, T) triples with their counts. The BG/NBD likelihood
 * depends on nothing else, so 100k customers with day-based histories shrink to a few thousand
 * terms. Distinct x, t_x and T values are indexed as well: log-gamma terms depend only on x,
 * and ln(α + T), ln(α + t_x) only on T and t_x, so each is computed once per evaluation.
 */
export interface RfmGroups {
  /** Number of distinct triples. */
  size: number;
  weight: Float64Array;
  xIndex: Int32Array;
  recencyIndex: Int32Array;
  TIndex: Int32Array;
  distinctX: Float64Array;
  distinctRecency: Float64Array;
  distinctT: Float64Array;
  totalWeight: number;
  /** Group of each input customer (−1 for a customer with weight 0). */
  groupOf: Int32Array;
}

/**
 * Groups customers by identical (x, t_x, T); throws a RangeError for histories the model cannot
 * describe (negative or non-finite values, t_x > T, or t_x > 0 without a repeat).
 */
export function groupRfm(customers: readonly RfmTriple[], weights?: readonly number[]): RfmGroups {
  const n = customers.length;
  const xOf = new Map<number, number>();
  const recencyOf = new Map<number, number>();
  const TOf = new Map<number, number>();
  const customerX = new Int32Array(n);
  const customerRecency = new Int32Array(n);
  const customerT = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const { frequency: x, recency, T } = customers[i] as RfmTriple;
    const w = weights ? (weights[i] as number) : 1;
    if (!(x >= 0 && recency >= 0 && T >= 0 && Number.isFinite(x + recency + T + w) && w >= 0)) {
      throw new RangeError(`customer ${i}: expected finite x, t_x, T ≥ 0, got (${x}, ${recency}, ${T})`);
    }
    if (recency > T * (1 + 1e-12)) throw new RangeError(`customer ${i}: t_x = ${recency} exceeds T = ${T}`);
    if (x === 0 && recency !== 0)
      throw new RangeError(`customer ${i}: t_x = ${recency} without a repeat purchase`);
    customerX[i] = indexOf(xOf, x);
    customerRecency[i] = indexOf(recencyOf, recency);
    customerT[i] = indexOf(TOf, T);
  }
  // A numeric key per triple (exact below 2^53), far cheaper than formatting floats into strings.
  const nRecency = recencyOf.size;
  const nT = TOf.size;
  const groupOfKey = new Map<number, number>();
  const groupOf = new Int32Array(n);
  const weight: number[] = [];
  const xIndex: number[] = [];
  const recencyIndex: number[] = [];
  const TIndex: number[] = [];
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? (weights[i] as number) : 1;
    if (w === 0) {
      groupOf[i] = -1;
      continue;
    }
    totalWeight += w;
    const xi = customerX[i] as number;
    const ri = customerRecency[i] as number;
    const ti = customerT[i] as number;
    const key = (xi * nRecency + ri) * nT + ti;
    const group = groupOfKey.get(key);
    if (group !== undefined) {
      weight[group] = (weight[group] as number) + w;
      groupOf[i] = group;
      continue;
    }
    groupOf[i] = weight.length;
    groupOfKey.set(key, weight.length);
    weight.push(w);
    xIndex.push(xi);
    recencyIndex.push(ri);
    TIndex.push(ti);
  }
  return {
    size: weight.length,
    weight: Float64Array.from(weight),
    xIndex: Int32Array.from(xIndex),
    recencyIndex: Int32Array.from(recencyIndex),
    TIndex: Int32Array.from(TIndex),
    distinctX: Float64Array.from(xOf.keys()),
    distinctRecency: Float64Array.from(recencyOf.keys()),
    distinctT: Float64Array.from(TOf.keys()),
    totalWeight,
    groupOf,
  };
}

function indexOf(map: Map<number, number>, value: number): number {
  let index = map.get(value);
  if (index === undefined) {
    index = map.size;
    map.set(value, index);
  }
  return index;
}
