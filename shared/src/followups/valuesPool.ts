import { RepeatPool } from '../table/repeatPool.ts';
import type { TemplateValues } from './fillTemplate.ts';

/**
 * One values object for each distinct set of a template's values. A large plan drafts a task for
 * nearly every customer, and most of their values repeat (a segment, a last-contact date, a day
 * count): a million tasks need only tens of thousands of distinct sets. A template whose values
 * mostly differ (a win-back names each customer's spend) stops being pooled once a sample of its
 * drafts shows it (see RepeatPool).
 */
export class ValuesPool {
  private readonly pools = new Map<string, RepeatPool<TemplateValues>>();

  /** The pooled object equal to `values` (`values` itself the first time, or when not pooled). */
  values(template: string, values: TemplateValues): TemplateValues {
    let pool = this.pools.get(template);
    if (pool === undefined) {
      pool = new RepeatPool();
      this.pools.set(template, pool);
    }
    if (!pool.active) return values;
    const key = keyOf(values);
    return pool.find(key) ?? pool.keep(key, values);
  }
}

/**
 * The values as one text, name by name in their own order (rules write a template's values in
 * one order): `name=` then a number as `#12;` or a text as its length and itself (`5:30 天`), so
 * that no two sets read alike. Half the time JSON.stringify takes, for every task of a plan.
 */
function keyOf(values: TemplateValues): string {
  let key = '';
  for (const name in values) {
    const value = values[name] as string | number;
    key += typeof value === 'number' ? `${name}=#${value};` : `${name}=${value.length}:${value}`;
  }
  return key;
}
