import type { CustomerRecord } from '../model/records.ts';
import { foldCustomerId, isScientificId, widthFoldedId } from './foldCustomerId.ts';
import { IdKeys } from './idKeys.ts';
import type { IdAt } from './readerProblem.ts';

const NUMERIC_ID = /^0*(\d+?)(?:\.0+)?$/;

/**
 * How an id that is not in the table as written was found, or why it was not: `index` is the
 * record it counts for (−1 for none); `candidates` are the records whose ids fold to its key
 * (foldCustomerId), each the first row of an id; `scientific` when a spreadsheet cut it short.
 */
export interface FoldedId {
  index: number;
  candidates: readonly number[];
  scientific: boolean;
}

/**
 * Rows (orders or complaints) counted for a customer though they write the id differently
 * (CustomerIndex's folded key): how many, and the first of them as the example a note gives.
 */
export interface IdsWrittenDifferently {
  count: number;
  /** Sheet row of the first such row. */
  row: number;
  /** The id as that row writes it. */
  id: string;
  /** The customer's id as the customer table writes it. */
  as: string;
}

/**
 * The records by their platform account (CustomerRecord.platformAccount), found as ids are: as
 * written and trimmed, else written differently (full width, case) by one customer alone. Whether
 * a platform's accounts tell case apart is the platform's affair; an account written with other
 * capitals by one customer only is that customer, and by two, neither.
 */
export function accountIndexOf(records: readonly CustomerRecord[]): CustomerIndex {
  const index = new CustomerIndex([], records.length);
  for (let i = 0; i < records.length; i++) index.add((records[i] as CustomerRecord).platformAccount, i);
  return index;
}

/** The customer table's ids at `indexes`, with their rows. */
export function idsAt(records: readonly CustomerRecord[], indexes: readonly number[]): IdAt[] {
  return indexes.map((i) => ({ row: records[i]?.row ?? 0, id: records[i]?.id ?? '' }));
}

/**
 * Finds a customer's position by id as written (trimmed, case-sensitive). Numeric ids also match
 * across number and text cells and spreadsheet reformatting: 1001, '1001', '1001.0', '001001'.
 * When two rows share an id, the first row gets the matches (duplicates belong to cleaning).
 *
 * An id found neither way is matched by its folded key (foldCustomerId: full width, case,
 * invisible characters, thousands separators) when exactly one customer has that key; when two
 * have it (C001 and c001 are two customers), it matches neither. One id written differently in
 * the table itself (C001 and Ｃ００１) is one customer, the first row's, as an id written twice is. Folding is done only on such a
 * miss, and the table's keys are folded on the first one: ids found as written cost nothing more.
 */
export class CustomerIndex {
  /** Ids as written (trimmed), numbered by IdKeys, and the record of each number. */
  private readonly exact: IdKeys;
  private readonly recordOf: number[] = [];
  private readonly numeric = new Map<string, number>();
  /** The folded keys of the ids, made on the first miss (see keysFolded). */
  private foldedKeys: FoldedKeys | null = null;
  private readonly folds = new Map<string, FoldedId>();
  // Orders are often grouped by customer: remember the last hit.
  private lastId: string | null = null;
  private lastIndex = -1;

  /**
   * The index of `records`; more are added in order with `add`, `expected` of them in all when
   * the caller knows (a table's rows).
   */
  constructor(records: readonly CustomerRecord[] = [], expected = records.length) {
    this.exact = new IdKeys(expected);
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
    this.foldedKeys = null;
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
      if (hit < 0 && trimmed !== '') hit = this.fold(id, trimmed).index;
    }
    this.lastId = id;
    this.lastIndex = hit;
    return hit;
  }

  /**
   * How `id` was matched by its folded key, or why it was not (see FoldedId); undefined for an id
   * found as written, or not asked for with find.
   */
  foldOf(id: string): FoldedId | undefined {
    return this.folds.get(id);
  }

  /** Whether any id asked for with find was found or refused by its folded key. */
  get folded(): boolean {
    return this.folds.size > 0;
  }

  private fold(id: string, trimmed: string): FoldedId {
    let fold = this.folds.get(id);
    if (fold !== undefined) return fold;
    if (isScientificId(trimmed)) fold = { index: -1, candidates: [], scientific: true };
    else {
      // An id of invisible characters alone names no one.
      const key = foldCustomerId(trimmed);
      const candidates = key === '' ? [] : this.recordsFolded(key);
      fold = {
        index: candidates.length === 1 ? (candidates[0] as number) : -1,
        candidates,
        scientific: false,
      };
    }
    // An id that folds onto nobody is an unknown id as before: nothing to say about it.
    if (fold.scientific || fold.candidates.length > 0) this.folds.set(id, fold);
    return fold;
  }

  /**
   * The folded keys of the table's ids, numbered by IdKeys as the ids are (a Map of a million
   * keys would hash a million new strings), and each key's record, or SHARED for a key of
   * several records (listed in `shared`). Ids that are one id written differently (C001 and
   * Ｃ００１, 1001 and 01001: widthFoldedId) are one customer, as two rows of one id are: the
   * first row's. Ids that differ in case (C001 and c001) are two: their key is shared.
   */
  private keysFolded(): FoldedKeys {
    if (this.foldedKeys !== null) return this.foldedKeys;
    const folded: FoldedKeys = { keys: new IdKeys(), record: [], width: [], shared: new Map() };
    const ids = this.exact.ids;
    // The ids in the order they first come, so each key's first record is its first row.
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as string;
      if (isScientificId(id)) continue;
      const width = widthFoldedId(id);
      if (width === '') continue;
      const index = this.recordOf[k] as number;
      const at = folded.keys.keyOf(width.toUpperCase());
      if (at === folded.record.length) {
        folded.record.push(index);
        folded.width.push(width);
        continue;
      }
      if (folded.record[at] !== SHARED) {
        const first = folded.width[at] as string;
        if (first === width) continue;
        folded.shared.set(at, [
          { width: first, index: folded.record[at] as number },
          { width, index },
        ]);
        folded.record[at] = SHARED;
        continue;
      }
      const records = folded.shared.get(at) as { width: string; index: number }[];
      if (!records.some((r) => r.width === width)) records.push({ width, index });
    }
    this.foldedKeys = folded;
    return folded;
  }

  /** The records whose ids fold to `key`, first rows, in table order. */
  private recordsFolded(key: string): readonly number[] {
    const folded = this.keysFolded();
    const at = folded.keys.find(key);
    const held = at < 0 ? undefined : folded.record[at];
    if (held === undefined) return [];
    return held === SHARED ? (folded.shared.get(at) ?? []).map((r) => r.index) : [held];
  }
}

/** The folded keys of a table's ids (see CustomerIndex.keysFolded). */
interface FoldedKeys {
  keys: IdKeys;
  /** By key: its record, or SHARED. */
  record: number[];
  /** By key: the first id's widthFoldedId. */
  width: string[];
  /** By key: the records of a SHARED key, each with its id's widthFoldedId. */
  shared: Map<number, { width: string; index: number }[]>;
}

/** A folded key shared by the ids of several records. */
const SHARED = -1;
