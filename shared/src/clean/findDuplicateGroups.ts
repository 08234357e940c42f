import type { CustomerRecord } from '../model/records.ts';
import type { DuplicateMatch } from '../model/results.ts';
import { exactDuplicateKeys, matchOfKey } from './exactDuplicateKeys.ts';
import { findLikelyDuplicatePairs } from './findLikelyDuplicatePairs.ts';
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
 * are joined first; likely pairs then join exact groups and single rows. A row is in at most one
 * group, and a likely pair inside an exact group adds nothing, so no group is reported twice.
 */
export function findDuplicateGroups(records: CustomerRecord[]): DuplicateGroup[] {
  const n = records.length;
  const sets = new UnionFind(n);
  const firstWithKey = new Map<string, number>();
  const sharedKeys: { key: string; index: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (const key of exactDuplicateKeys(records[i] as CustomerRecord)) {
      const first = firstWithKey.get(key);
      if (first === undefined) {
        firstWithKey.set(key, i);
      } else {
        sets.union(first, i);
        sharedKeys.push({ key, index: first });
      }
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
