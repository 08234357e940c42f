/**
 * One kept value per key, for values a large table repeats: each repeat found here is the value
 * kept the first time instead of a copy of its own. A pool for values that mostly differ would
 * only cost lookups and hold every value, so a pool whose first SAMPLE lookups found fewer than
 * half repeated stops: it keeps nothing and finds nothing from then on. It never holds more than
 * MAX_POOLED_VALUES values.
 *
 * Used for the cells of one CSV column (CellPools in the CLI) and the tags cells of a customer
 * table (readCustomerTable).
 */
export class RepeatPool<T> {
  private byKey: Map<string, T> | null = new Map();
  private readonly tally = new RepeatTally();

  /** Whether the pool still looks values up (false once its sample showed too few repeats). */
  get active(): boolean {
    return this.byKey !== null;
  }

  /** The value kept for `key`; undefined when there is none, or when the pool has just stopped. */
  find(key: string): T | undefined {
    const byKey = this.byKey;
    if (byKey === null) return undefined;
    const kept = byKey.get(key);
    if (!this.tally.looked(kept !== undefined)) this.byKey = null;
    return kept;
  }

  /** Keeps `value` for `key` (while the pool is active and not full), and gives it back. */
  keep(key: string, value: T): T {
    if (this.byKey !== null && this.byKey.size < MAX_POOLED_VALUES) this.byKey.set(key, value);
    return value;
  }
}

/**
 * A pool's lookups and how many found a value kept before: after the first SAMPLE, whether the
 * values repeat enough to go on pooling them.
 */
class RepeatTally {
  private count = 0;
  private found = 0;

  /** Counts one lookup; false when the sample has just shown too few repeats (stop pooling). */
  looked(found: boolean): boolean {
    this.count++;
    if (found) {
      this.found++;
      return true;
    }
    return !(this.count === SAMPLE && this.found < SAMPLE * MIN_REPEATS);
  }
}

/** The lookups made before deciding whether the values repeat enough to pool. */
const SAMPLE = 2_000;
/** The share of those lookups that must find a value kept before. */
const MIN_REPEATS = 0.5;
/** The most values one pool holds. */
const MAX_POOLED_VALUES = 65_536;
