import type { Priority } from '../model/keys.ts';
import type { CustomerRecord } from '../model/records.ts';
import { PRIORITY_RANK } from './priorities.ts';

/** The customers of one owner cared for on one occasion (a holiday, a birthday date). */
export interface OccasionGroup<O> {
  occasion: O;
  due: number;
  /** In the order the customers were added (sheet order). */
  members: CustomerRecord[];
  /** The highest priority among the members. */
  priority: Priority;
}

/**
 * Gathers mass care by occasion and owner (负责人, trimmed; blank is one owner of its own), so a
 * greeting rule adds one task per owner and occasion instead of one per customer.
 */
export class OccasionGroups<O> {
  private readonly groups = new Map<string, OccasionGroup<O>>();

  add(key: string, occasion: O, due: number, record: CustomerRecord, priority: Priority): void {
    const id = `${key}\u0000${record.owner?.trim() ?? ''}`;
    const group = this.groups.get(id);
    if (group === undefined) {
      this.groups.set(id, { occasion, due, members: [record], priority });
      return;
    }
    group.members.push(record);
    if (PRIORITY_RANK[priority] < PRIORITY_RANK[group.priority]) group.priority = priority;
  }

  /** Every group, in the order its first customer was added. */
  all(): IterableIterator<OccasionGroup<O>> {
    return this.groups.values();
  }
}
