/**
 * One string for each value a column repeats. A customer table repeats most of its short values
 * (owners, titles, tags, cities, statuses, contact dates), and as the CSV parser cuts them out of
 * the file each repeat is a string of its own: at a million rows, hundreds of megabytes holding
 * the same few thousand texts. Kept for the whole run, each repeat becomes the first one seen.
 *
 * A column whose values mostly differ (names, phone numbers, birthdays) stops being pooled once a
 * sample of its cells shows it, so it costs a lookup for its first rows only; a pool never grows
 * past MAX_VALUES, whatever the column.
 */
export class CellPools {
  /**
   * @param keep the string to keep for a text seen for the first time or not pooled (e.g. a copy
   *   of a text the parser cut out of a large chunk).
   */
  constructor(private readonly keep: (text: string) => string = (text) => text) {}

  private readonly pools: (Map<string, string> | null | undefined)[] = [];
  private readonly looked: number[] = [];
  private readonly found: number[] = [];

  /** The pooled string equal to `text`: `keep(text)` the first time, or when not pooled. */
  cell(column: number, text: string): string {
    if (text.length === 0 || text.length > MAX_POOLED_LENGTH) return this.keep(text);
    let pool = this.pools[column];
    if (pool === null) return this.keep(text);
    if (pool === undefined) {
      pool = new Map();
      this.pools[column] = pool;
      this.looked[column] = 0;
      this.found[column] = 0;
    }
    const looked = (this.looked[column] as number) + 1;
    this.looked[column] = looked;
    const pooled = pool.get(text);
    if (pooled !== undefined) {
      this.found[column] = (this.found[column] as number) + 1;
      return pooled;
    }
    if (looked === SAMPLE && (this.found[column] as number) < SAMPLE * MIN_REPEATS) {
      this.pools[column] = null;
      return this.keep(text);
    }
    const kept = this.keep(text);
    if (pool.size < MAX_VALUES) pool.set(kept, kept);
    return kept;
  }
}

/** Longer texts (addresses, notes) seldom repeat. */
const MAX_POOLED_LENGTH = 32;
/** The cells of a column looked at before deciding whether it repeats enough to pool. */
const SAMPLE = 2_000;
/** The share of those cells that must repeat an earlier one. */
const MIN_REPEATS = 0.5;
const MAX_VALUES = 65_536;
