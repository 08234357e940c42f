import type { CustomerRecord } from '../model/records.ts';
import { compareNames, type NameMatch } from './compareNames.ts';
import { contactsConflict } from './contactConflict.ts';
import { normalizeCompany } from './normalizeCompany.ts';
import { normalizePersonName, type PersonName } from './normalizePersonName.ts';

/** Two rows (indices into the records) that probably describe the same person. */
export interface LikelyPair {
  a: number;
  b: number;
  similarity: number;
  /** e.g. `name ~ company` or `name ~ company + city`. */
  /** Besides the similar name at the same company, what else the two rows share. */
  also: 'city' | 'title' | null;
}

// Blocks up to this size are compared pair by pair; beyond it (one company with hundreds of
// contacts) a sorted-neighbourhood pass keeps the work linear (Hernández & Stolfo 1995).
const ALL_PAIRS_MAX = 64;
const WINDOW = 16;

/**
 * Pairs of rows that probably describe one person: similar names at the same company
 * (normalised, see normalizeCompany) whose contacts do not tell them apart (see
 * contactsConflict). A name that only resembles the other (a typo, a character apart) must
 * resemble no one else at the company, and a Chinese one also needs the same city or title.
 * Shared emails, phones or WeChat ids are exact duplicates, found elsewhere. Rows are blocked by
 * company, so the cost grows with the block sizes, never with n².
 */

export function findLikelyDuplicatePairs(records: CustomerRecord[]): LikelyPair[] {
  const names: (PersonName | null)[] = new Array(records.length);
  const blocks = new Map<string, number[]>();
  // Company names repeat across rows; normalise each spelling once.
  const companyKeys = new Map<string, string>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as CustomerRecord;
    const name = normalizePersonName(record.name);
    names[i] = name;
    if (name === null) continue;
    if (record.company === null) continue;
    let company = companyKeys.get(record.company);
    if (company === undefined) {
      company = normalizeCompany(record.company);
      companyKeys.set(record.company, company);
    }
    if (company === '') continue;
    const block = blocks.get(company);
    if (block === undefined) blocks.set(company, [i]);
    else block.push(i);
  }

  const pairs: LikelyPair[] = [];
  // Rows whose name merely resembles another's (a character or a typo apart): a pair of them
  // stands only when neither row resembles anyone else at the company, since one contact-less
  // row near several colleagues (王国军 beside 王国华, 王国斌, 王国芳 …) says nothing about which.
  const resemblances = new Int32Array(records.length);
  const compare = (a: number, b: number): void => {
    const match = compareNames(names[a] as PersonName, names[b] as PersonName);
    if (match === null) return;
    if (match.similarity < 1) {
      resemblances[a] = (resemblances[a] ?? 0) + 1;
      resemblances[b] = (resemblances[b] ?? 0) + 1;
    }
    const pair = comparePair(records, match, a, b);
    if (pair !== null) pairs.push(pair);
  };
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    if (block.length <= ALL_PAIRS_MAX) {
      for (let x = 0; x < block.length; x++) {
        for (let y = x + 1; y < block.length; y++) compare(block[x] as number, block[y] as number);
      }
    } else {
      sortedNeighbourhood(block, records, names, compare);
    }
  }
  return pairs.filter((p) => p.similarity === 1 || (resemblances[p.a] === 1 && resemblances[p.b] === 1));
}

function sortedNeighbourhood(
  block: number[],
  records: CustomerRecord[],
  names: (PersonName | null)[],
  compare: (a: number, b: number) => void,
): void {
  const nameOf = (i: number): PersonName => names[i] as PersonName;
  // Written order catches typos late in the name, reversed order typos early in it, sorted
  // words reordered names (Li Wei / Wei Li).
  const passes: ((i: number) => string)[] = [
    (i) => nameOf(i).key,
    (i) => Array.from(nameOf(i).key).reverse().join(''),
    (i) => [...nameOf(i).tokens].sort().join(' '),
  ];
  const seen = new Set<number>();
  const n = records.length;
  for (const sortKey of passes) {
    const keyed = block.map((i) => ({ i, key: sortKey(i), row: (records[i] as CustomerRecord).row }));
    // Ties broken by sheet row, so the result does not depend on the order of the input.
    keyed.sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : p.row - q.row));
    for (let x = 0; x < keyed.length; x++) {
      const a = (keyed[x] as { i: number }).i;
      const end = Math.min(keyed.length, x + 1 + WINDOW);
      for (let y = x + 1; y < end; y++) {
        const b = (keyed[y] as { i: number }).i;
        const id = a < b ? a * n + b : b * n + a;
        if (seen.has(id)) continue;
        seen.add(id);
        compare(a, b);
      }
    }
  }
}

function comparePair(records: CustomerRecord[], match: NameMatch, a: number, b: number): LikelyPair | null {
  const ra = records[a] as CustomerRecord;
  const rb = records[b] as CustomerRecord;
  // A similar name at the same company is not evidence enough: colleagues share a surname, a
  // company and a city. Rows whose own contacts tell them apart are two people; the same full
  // name may still come with a second phone number, a name that merely resembles may not.
  if (contactsConflict(ra, rb, match.similarity === 1 ? 'email' : 'any-contact')) return null;

  if (!match.needsCorroboration) return { a, b, similarity: match.similarity, also: null };
  if (sameText(ra.city, rb.city)) return { a, b, similarity: match.similarity, also: 'city' };
  if (sameText(ra.title, rb.title)) return { a, b, similarity: match.similarity, also: 'title' };
  return null;
}

function sameText(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const ka = textKey(a);
  return ka !== '' && ka === textKey(b);
}

function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}
