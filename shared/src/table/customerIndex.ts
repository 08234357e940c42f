import type { CustomerRecord } from '../model/records.ts';
import { IdKeys } from './idKeys.ts';

const NUMERIC_ID = /^0*(\d+?)(?:\.0+)?$/;

/**
 * Finds a customer's position by id as written (trimmed, case-sensitive). Numeric ids also match
 * across number and text cells and spreadsheet reformatting: 1001, '1001', '1001.0', '001001'.
 * When two rows share an id, the first row gets the matches (duplicates belong to cleaning).
 */
export class CustomerIndex {
  /** Ids as written (trimmed), numbered by IdKeys, and the record of each number. */
  private readonly exact = new IdKeys();
  private readonly recordOf: number[] = [];
  private readonly numeric = new Map<string, number>();
  // Orders are often grouped by customer: remember the last hit.
  private lastId: string | null = null;
  private lastIndex = -1;

  /** The index of `records`; more are added in order with `add`. */
  constructor(records: readonly CustomerRecord[] = []) {
    for (let i = 0; i < records.length; i++) this.add((records[i] as CustomerRecord).id, i);
  }

  /**
   * Adds the record at `index` (after every record before it) by its id. A reader adds each
   * record as it makes it: its id is then at hand, where a million records gone through again
   * afterwards are a million reads from all over memory.
   */
  add(id: string | null, index: number): void {
    const trimmed = id?.trim();
    if (!trimmed) return;
    // A new id gets the next number: the first row of an id keeps it.
    if (this.exact.keyOf(trimmed) === this.recordOf.length) this.recordOf.push(index);
    const n = NUMERIC_ID.exec(trimmed);
    if (n && !this.numeric.has(n[1] ?? '')) this.numeric.set(n[1] ?? '', index);
  }

  /** Index into the records, or -1. */
  find(id: string): number {
    if (id === this.lastId) return this.lastIndex;
    const trimmed = id.trim();
    const key = this.exact.find(trimmed);
    let hit = key < 0 ? undefined : this.recordOf[key];
    if (hit === undefined) {
      const n = NUMERIC_ID.exec(trimmed);
      hit = n ? (this.numeric.get(n[1] ?? '') ?? -1) : -1;
    }
    this.lastId = id;
    this.lastIndex = hit;
    return hit;
  }
}
