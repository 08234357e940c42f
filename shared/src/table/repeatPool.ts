/**
 * One kept value per key, for values a large table repeats: each repeat found here is the value
 * kept the first time instead of a copy of its own. A pool for values that mostly differ would
 * only cost lookups and hold every value, so a pool whose first SAMPLE lookups found fewer than
 * half repeated stops: it keeps nothing and finds nothing from then on. It never holds more than
 * MAX_VALUES values.
 *
 * Used for the cells of one CSV column (CellPools in the CLI), the tags cells of a customer table
 * (readCustomerTable) and the values of one follow-up template (ValuesPool).
 */
export class RepeatPool<T> {
  private byKey: Map<string, T> | null = new Map();
  private looked = 0;
  private found = 0;

  /** Whether the pool still looks values up (false once its sample showed too few repeats). */
  get active(): boolean {
    return this.byKey !== null;
  }

  /** The value kept for `key`; undefined when there is none, or when the pool has just stopped. */
  find(key: string): T | undefined {
    const byKey = this.byKey;
    if (byKey === null) return undefined;
    this.looked++;
    const kept = byKey.get(key);
    if (kept !== undefined) {
      this.found++;
      return kept;
    }
    if (this.looked === SAMPLE && this.found < SAMPLE * MIN_REPEATS) this.byKey = null;
    return undefined;
  }

  /** Keeps `value` for `key` (while the pool is active and not full), and gives it back. */
  keep(key: string, value: T): T {
    if (this.byKey !== null && this.byKey.size < MAX_VALUES) this.byKey.set(key, value);
    return value;
  }
}

/** The lookups made before deciding whether the values repeat enough to pool. */
const SAMPLE = 2_000;
/** The share of those lookups that must find a value kept before. */
const MIN_REPEATS = 0.5;
const MAX_VALUES = 65_536;
