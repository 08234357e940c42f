import { MAX_POOLED_VALUES, RepeatTally } from '../table/repeatPool.ts';
import type { TemplateValues } from './fillTemplate.ts';

/**
 * One values object for each distinct set of a template's values. A large plan drafts a task for
 * nearly every customer, and most of their values repeat (a segment, a last-contact date, a day
 * count): a million tasks need only tens of thousands of distinct sets. A template whose values
 * mostly differ (a win-back names each customer's spend) stops being pooled once a sample of its
 * drafts shows it (see RepeatTally).
 */
export class ValuesPool {
  private readonly pools = new Map<string, TemplatePool>();

  /** The pooled object equal to `values` (`values` itself the first time, or when not pooled). */
  values(template: string, values: TemplateValues): TemplateValues {
    let pool = this.pools.get(template);
    if (pool === undefined) {
      pool = new TemplatePool();
      this.pools.set(template, pool);
    }
    return pool.values(values);
  }
}

/**
 * The sets of one template's values as a tree: from the root, one step per value, in the order
 * the set names them. The values are the map keys themselves, so a lookup builds no key: most
 * are strings the plan reuses (a segment's label, a day count's text), whose hash V8 keeps. A
 * number and a text that print alike (30, '30') are different keys.
 */
interface Step {
  /** The name of the value the next step is taken by; a set naming another here is not pooled. */
  name: string | undefined;
  next: Map<string | number, Step> | undefined;
  /** The set that ends at this step, once one has. */
  kept: TemplateValues | undefined;
}

class TemplatePool {
  private root: Step | null = newStep();
  private readonly tally = new RepeatTally();
  private size = 0;

  values(values: TemplateValues): TemplateValues {
    const root = this.root;
    if (root === null) return values;
    const end = this.stepTo(root, values, this.size < MAX_POOLED_VALUES);
    const kept = end?.kept;
    if (!this.tally.looked(kept !== undefined)) {
      this.root = null;
      return values;
    }
    if (kept !== undefined) return kept;
    if (end !== null && this.size < MAX_POOLED_VALUES) {
      end.kept = values;
      this.size++;
    }
    return values;
  }

  /**
   * The step the set ends at, the steps on the way made when `grow`; null when the set names its
   * values in another order than the sets before it, or leads where no step is and none may grow.
   */
  private stepTo(root: Step, values: TemplateValues, grow: boolean): Step | null {
    let step = root;
    for (const name in values) {
      if (step.name === undefined) step.name = name;
      else if (step.name !== name) return null;
      const value = values[name] as string | number;
      let next = step.next;
      if (next === undefined) {
        if (!grow) return null;
        next = new Map();
        step.next = next;
      }
      let after = next.get(value);
      if (after === undefined) {
        if (!grow) return null;
        after = newStep();
        next.set(value, after);
      }
      step = after;
    }
    return step;
  }
}

function newStep(): Step {
  return { name: undefined, next: undefined, kept: undefined };
}
