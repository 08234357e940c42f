import type { CustomerRecord } from '../model/records.ts';
import type { DuplicateMatch } from '../model/results.ts';
import { compareNames } from './compareNames.ts';
import { exactDuplicateKeys, matchOfKey } from './exactDuplicateKeys.ts';
import { findLikelyDuplicatePairs } from './findLikelyDuplicatePairs.ts';
import { normalizePersonName, type PersonName } from './normalizePersonName.ts';
import { UnionFind } from './UnionFind.ts';

/** A set of rows that describe one customer. */
export interface DuplicateGroup {
  /** `exact` when shared emails/phones alone tie the rows together, else `likely`. */
  kind: 'exact' | 'likely';
  /** Indices into the records, ascending. */
  members: number[];
  /** 1 for exact groups; for likely ones the weakest name similarity that joined two parts. */
  similarity: number;
  /** Shared emails and phones (at most a few, then how many more), then the name evidence. */
  matches: DuplicateMatch[];
}

const MAX_MATCH_DESCRIPTIONS = 3;

/**
 * Groups duplicate rows transitively (A~B by email and B~C by phone make one group). Exact keys
 * (a shared email, phone or WeChat id, between rows that do not name different people) are joined first; likely pairs then join exact groups and single rows. A row is in at most one
 * group, and a likely pair inside an exact group adds nothing, so no group is reported twice.
 */
export function findDuplicateGroups(records: CustomerRecord[]): DuplicateGroup[] {
  const n = records.length;
  const sets = new UnionFind(n);
  const sharedKeys: { key: string; index: number }[] = [];
  const firstWithKey = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    for (const key of exactDuplicateKeys(records[i] as CustomerRecord)) {
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, i);
      else {
        const holders = repeated.get(key);
        if (holders === undefined) repeated.set(key, [first, i]);
        else holders.push(i);
      }
    }
  }
  const names = new PersonNames(records);
  for (const [key, holders] of repeated) {
    for (const person of peopleSharing(holders, names)) {
      const first = person[0] as number;
      for (let j = 1; j < person.length; j++) sets.union(first, person[j] as number);
      sharedKeys.push({ key, index: first });
    }
  }
  const exactRoot = new Int32Array(n);
  for (let i = 0; i < n; i++) exactRoot[i] = sets.find(i);

  const linking = findLikelyDuplicatePairs(records).filter((pair) => exactRoot[pair.a] !== exactRoot[pair.b]);
  for (const pair of linking) sets.union(pair.a, pair.b);

  const membersByRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = sets.find(i);
    const members = membersByRoot.get(root);
    if (members === undefined) membersByRoot.set(root, [i]);
    else members.push(i);
  }
  const keysByRoot = new Map<number, Set<string>>();
  for (const { key, index } of sharedKeys) {
    const root = sets.find(index);
    const keys = keysByRoot.get(root);
    if (keys === undefined) keysByRoot.set(root, new Set([key]));
    else keys.add(key);
  }
  const linksByRoot = new Map<number, { similarity: number; also: Set<'city' | 'title' | null> }>();
  for (const pair of linking) {
    const root = sets.find(pair.a);
    const links = linksByRoot.get(root);
    if (links === undefined)
      linksByRoot.set(root, { similarity: pair.similarity, also: new Set([pair.also]) });
    else {
      links.similarity = Math.min(links.similarity, pair.similarity);
      links.also.add(pair.also);
    }
  }

  const groups: DuplicateGroup[] = [];
  for (const [root, members] of membersByRoot) {
    if (members.length < 2) continue;
    const links = linksByRoot.get(root);
    const matches = keyMatches(keysByRoot.get(root));
    if (links === undefined) {
      groups.push({ kind: 'exact', members, similarity: 1, matches });
    } else {
      for (const also of ALSO_ORDER) if (links.also.has(also)) matches.push({ on: 'name-company', also });
      groups.push({ kind: 'likely', members, similarity: links.similarity, matches });
    }
  }
  return groups;
}

const ALSO_ORDER = [null, 'city', 'title'] as const;

/** Above this many different names on one key (a switchboard), only rows of one name are joined. */
const MAX_NAMES_COMPARED = 20;

/** Each row's name, normalised when first asked for: only rows sharing a key are. */
class PersonNames {
  private readonly names = new Map<number, PersonName | null>();

  constructor(private readonly records: readonly CustomerRecord[]) {}

  of(index: number): PersonName | null {
    let name = this.names.get(index);
    if (name === undefined) {
      name = normalizePersonName(this.records[index]?.name ?? null);
      this.names.set(index, name);
    }
    return name;
  }
}

/**
 * The people among rows that share one email, phone or WeChat id, as lists of rows (each of two
 * rows or more): a key shared by rows that name different people (李娜, 赵强 and 钱芳 on their
 * company's switchboard; 周杰 and his wife on their landline) does not make them one. Names are
 * joined when compareNames finds them the same person; rows without a name join the others only
 * when those are one person. A name in each script (张伟, Zhang Wei) is taken as one person
 * written twice when each script has one; a Chinese and a Latin name are never compared. The
 * result does not depend on the order of the rows.
 */
function peopleSharing(holders: readonly number[], names: PersonNames): number[][] {
  const unnamed: number[] = [];
  const byName = new Map<string, { name: PersonName; rows: number[] }>();
  for (const row of holders) {
    const name = names.of(row);
    if (name === null) unnamed.push(row);
    else {
      const same = byName.get(name.key);
      if (same === undefined) byName.set(name.key, { name, rows: [row] });
      else same.rows.push(row);
    }
  }
  const distinct = [...byName.values()];
  const people = new UnionFind(distinct.length);
  if (distinct.length <= MAX_NAMES_COMPARED) {
    for (let a = 0; a < distinct.length; a++)
      for (let b = a + 1; b < distinct.length; b++) {
        const x = (distinct[a] as { name: PersonName }).name;
        const y = (distinct[b] as { name: PersonName }).name;
        if (x.cjk === y.cjk && compareNames(x, y) !== null) people.union(a, b);
      }
  }
  const rowsByPerson = new Map<number, number[]>();
  let cjkPeople = 0;
  for (let i = 0; i < distinct.length; i++) {
    const root = people.find(i);
    const rows = rowsByPerson.get(root);
    const entry = distinct[i] as { name: PersonName; rows: number[] };
    if (rows === undefined) {
      rowsByPerson.set(root, [...entry.rows]);
      if (entry.name.cjk) cjkPeople++;
    } else rows.push(...entry.rows);
  }
  const latinPeople = rowsByPerson.size - cjkPeople;
  // One person, or one per script: every row of the key, named or not, is that person.
  if (rowsByPerson.size <= 1 || (cjkPeople === 1 && latinPeople === 1)) {
    return holders.length >= 2 ? [[...holders].sort((a, b) => a - b)] : [];
  }
  return [...rowsByPerson.values()]
    .filter((rows) => rows.length >= 2)
    .map((rows) => rows.sort((a, b) => a - b));
}

// Sorted so the description does not depend on the order of the rows; capped because a shared
// switchboard number can tie many rows together.
function keyMatches(keys: Set<string> | undefined): DuplicateMatch[] {
  if (keys === undefined) return [];
  const sorted = [...keys].sort().map(matchOfKey);
  if (sorted.length <= MAX_MATCH_DESCRIPTIONS) return sorted;
  return [
    ...sorted.slice(0, MAX_MATCH_DESCRIPTIONS),
    { on: 'more', count: sorted.length - MAX_MATCH_DESCRIPTIONS },
  ];
}
