import type { TemplateValues } from './fillTemplate.ts';

/**
 * One values object for each distinct set of a template's values. A large plan drafts a task for
 * nearly every customer, and most of their values repeat (a segment, a last-contact date, a day
 * count): a million tasks need only tens of thousands of distinct sets. A template whose values
 * mostly differ (a win-back names each customer's spend) stops being pooled once a sample of its
 * drafts shows it, so it costs a lookup for its first drafts only.
 */
export class ValuesPool {
  private readonly pools = new Map<string, TemplatePool>();

  /** The pooled object equal to `values` (`values` itself the first time, or when not pooled). */
  values(template: string, values: TemplateValues): TemplateValues {
    let pool = this.pools.get(template);
    if (pool === undefined) {
      pool = { byKey: new Map(), looked: 0, found: 0 };
      this.pools.set(template, pool);
    }
    if (pool.byKey === null) return values;
    pool.looked++;
    // The values' own JSON is their key: rules write a template's values in one order.
    const key = JSON.stringify(values);
    const pooled = pool.byKey.get(key);
    if (pooled !== undefined) {
      pool.found++;
      return pooled;
    }
    if (pool.looked === SAMPLE && pool.found < SAMPLE * MIN_REPEATS) {
      pool.byKey = null;
      return values;
    }
    if (pool.byKey.size < MAX_SETS) pool.byKey.set(key, values);
    return values;
  }
}

interface TemplatePool {
  byKey: Map<string, TemplateValues> | null;
  looked: number;
  found: number;
}

/** The drafts of a template looked at before deciding whether its values repeat enough to pool. */
const SAMPLE = 2_000;
/** The share of those drafts whose values must repeat an earlier draft's. */
const MIN_REPEATS = 0.5;
const MAX_SETS = 65_536;
