import { type EvidenceItem, MAX_EVIDENCE_ITEMS, sameEvidence } from './evidence.ts';
import { isRoleMailbox } from './roleMailbox.ts';
import { CONTACT_SOURCES, type ContactSource, type ExtractedContact } from './types.ts';

// One candidate per person (or per organisation) after all readers ran: candidates that share an
// email or a phone merge, and so do records of the same person from different sources. People and
// organisation-level contacts never merge with each other through a shared switchboard number.
// Contacts without a name gather as the company's by their organisation, unless one holds a
// person's mailbox: a directory's rows whose names were not read stay one card each.

/** Confidence of each source on its own: structured data high, free text lower. */
export const SOURCE_CONFIDENCE: Record<ContactSource, number> = {
  'json-ld': 0.9,
  'h-card': 0.85,
  microdata: 0.85,
  selection: 0.8,
  link: 0.7,
  text: 0.55,
  meta: 0.5,
};
const RANK: readonly ContactSource[] = CONTACT_SOURCES;

interface Group {
  contact: ExtractedContact;
  sources: Set<ContactSource>;
  /**
   * The sources that named the person (a nameless address a person has, found in a link, does
   * not make a second person of that source).
   */
  namedSources: Set<ContactSource>;
  evidence: EvidenceItem[];
  order: number;
  /** The contact's name and organisation as compared (norm), kept with it: a page of namesakes compares them often. */
  name: string | null;
  organization: string | null;
  /** The group it was joined to by name (see joinByName), or null while it stands on its own. */
  joined: Group | null;
}

/** Merges candidates and sets their confidence; highest confidence first. */
export function mergeContacts(candidates: readonly ExtractedContact[]): ExtractedContact[] {
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => RANK.indexOf(a.c.source) - RANK.indexOf(b.c.source) || a.i - b.i);
  const groups: Group[] = [];
  const index = new Map<string, Group[]>();
  // Candidates with data that match a group by their name alone (a record and a card of one name,
  // no email or phone in common): joined only once every candidate that shares an email or a
  // phone has joined its group. On a directory of namesakes, the record belongs with the card
  // whose phone it carries, not with the first card of that name.
  const byName: [Group, Group][] = [];
  for (const { c, i } of sorted) {
    const keys = keysOf(c);
    const match = findGroup(c, keys, index);
    if (match === undefined || match.byNameAlone) {
      const g: Group = {
        contact: { ...c, emails: [...c.emails], phones: [...c.phones], urls: [...c.urls] },
        sources: new Set([c.source]),
        namedSources: new Set(c.name === null ? [] : [c.source]),
        evidence: [...c.evidence],
        order: i,
        name: c.name === null ? null : norm(c.name),
        organization: c.organization === null ? null : norm(c.organization),
        joined: null,
      };
      groups.push(g);
      // The group's contact is a copy of the candidate's: its keys are the candidate's.
      register(g, keys, index, true);
      if (match !== undefined) byName.push([g, match.group]);
      continue;
    }
    const { group } = match;
    absorb(group, c, [c.source], c.name === null ? [] : [c.source], c.evidence);
    group.order = Math.min(group.order, i);
    register(group, keysOf(group.contact), index, false);
  }
  // Two namesakes of one source that both match a group by name alone (two 王芳 cards and a record
  // of 王芳 with a title and nothing else): nothing says which of them the record is, so neither
  // takes it.
  const matchedBy = new Map<Group, Set<ContactSource>>();
  const unclear = new Set<Group>();
  for (const [g, other] of byName) {
    const sources = matchedBy.get(other) ?? new Set<ContactSource>();
    for (const source of g.namedSources) if (sources.has(source)) unclear.add(other);
    for (const source of g.namedSources) sources.add(source);
    matchedBy.set(other, sources);
  }
  for (const [g, other] of byName) if (!unclear.has(other)) joinByName(g, other);
  const kept = groups.filter((g) => g.joined === null);
  leaveCompanyLines(kept);
  // Each group's contact is its own copy (made above): finish it in place. Copying it once more
  // with an object spread cost an object per contact, and made Node's V8 throw this function's
  // optimised code away on most pages (the CLI reads pages in Node).
  for (const g of kept) {
    g.contact.confidence = confidence(g);
    g.contact.evidence = g.evidence.slice(0, MAX_EVIDENCE_ITEMS);
  }
  return kept
    .sort((a, b) => b.contact.confidence - a.contact.confidence || a.order - b.order)
    .map((g) => g.contact);
}

/**
 * A company's line (a number on a contact without a name: its switchboard, its hotline) that two
 * or more people's records give too, as the records of a team page that puts the switchboard in
 * every person's telephone do, is the company's: it comes off the people who have a number of
 * their own, and stays with the company. Someone whose only number it is keeps it.
 */
function leaveCompanyLines(groups: readonly Group[]): void {
  const company = new Set<string>();
  for (const g of groups) if (g.contact.name === null) for (const p of g.contact.phones) company.add(p);
  if (company.size === 0) return;
  const people = new Map<string, number>();
  for (const g of groups) {
    if (g.contact.name === null) continue;
    for (const p of g.contact.phones) if (company.has(p)) people.set(p, (people.get(p) ?? 0) + 1);
  }
  for (const g of groups) {
    const c = g.contact;
    if (c.name === null) continue;
    const own = c.phones.filter((p) => (people.get(p) ?? 0) < 2);
    if (own.length > 0 && own.length < c.phones.length) c.phones = own;
  }
}

const normalised = new Map<string, string>();

function norm(text: string | null): string {
  const t = text ?? '';
  let n = normalised.get(t);
  if (n === undefined) {
    n = t.toLowerCase().replace(/[\s.,·•]+/g, '');
    if (normalised.size > 10_000) normalised.clear();
    normalised.set(t, n);
  }
  return n;
}

function keysOf(c: ExtractedContact): string[] {
  const keys = [...c.emails.map((e) => `e:${e}`), ...c.phones.map((p) => `p:${p}`)];
  if (c.name !== null) keys.push(`n:${norm(c.name)}`);
  else keys.push(`o:${norm(c.organization)}`);
  return keys;
}

/**
 * Files `g` under `keys`, those of its contact (keysOf). A `fresh` group is under no key yet, or
 * else under one of these, just now, at the end of its list: on a page of namesakes the lists of
 * a name grow long, and looking through one for a group that cannot be in it was a search per card.
 */
function register(g: Group, keys: readonly string[], index: Map<string, Group[]>, fresh: boolean): void {
  for (const key of keys) {
    const list = index.get(key);
    if (list === undefined) index.set(key, [g]);
    else if (fresh ? list[list.length - 1] !== g : !list.includes(g)) list.push(g);
  }
}

/** A group a candidate joins: at once, or (byNameAlone) once the candidates with data have joined theirs. */
interface Match {
  group: Group;
  byNameAlone: boolean;
}

/** The group `c` joins, if any; `keys` are `c`'s (keysOf). */
function findGroup(
  c: ExtractedContact,
  keys: readonly string[],
  index: Map<string, Group[]>,
): Match | undefined {
  // The email and phone keys come first, the name (or organisation) key last. The groups found
  // by the former share an email or a phone with `c`; those found by the name alone share none,
  // or one of the former would have found them. So no data is compared here: on a directory of
  // namesakes that was a comparison with every namesake for each person.
  const last = keys.length - 1;
  // Most candidates share nothing with a group: the set is made for the first one that does.
  let sharing: Set<Group> | null = null;
  for (let k = 0; k < last; k++) {
    const groups = index.get(keys[k] as string);
    if (groups === undefined) continue;
    sharing ??= new Set<Group>();
    for (const g of groups) sharing.add(g);
  }
  const named = index.get(keys[last] as string);
  if (sharing === null && named === undefined) return undefined;
  const name = c.name === null ? null : norm(c.name);
  const org = c.organization === null ? null : norm(c.organization);
  let subsumer: Group | undefined;
  const judge = (g: Group, shares: boolean): boolean => {
    const other = g.contact;
    const otherOrg = g.organization;
    if (name !== null && g.name !== null) {
      const otherName = g.name;
      // "李明" in a mail header and "Li Ming 李明" in the signature, with the same address: one person.
      if (name !== otherName) return shares && (name.includes(otherName) || otherName.includes(name));
      if (shares) return true;
      // Same name, different sources: the same person unless their emails or companies disagree.
      const emailsConflict = c.emails.length > 0 && other.emails.length > 0;
      const orgsConflict = org !== null && otherOrg !== null && org !== otherOrg;
      return !emailsConflict && !orgsConflict && !g.namedSources.has(c.source);
    }
    if (name === null && other.name === null) {
      // The company's lines from around the page gather on one card; a person's mailbox whose
      // name was not read (a directory row) is someone's, and joins nobody's card without data
      // in common, nor does a branch at another address.
      if (!shares && (hasPersonalMailbox(c) || hasPersonalMailbox(other))) return false;
      return (org === null || otherOrg === null || org === otherOrg) && (shares || !apart(c, other));
    }
    if (subsumer === undefined && (name === null ? subsumes(other, c) : subsumes(c, other))) {
      // An email seen in text that a structured record of a person already has.
      subsumer = g;
    }
    return false;
  };
  if (sharing !== null) for (const g of sharing) if (judge(g, true)) return { group: g, byNameAlone: false };
  if (named !== undefined) {
    for (const g of named) {
      if (sharing?.has(g) || !judge(g, false)) continue;
      // A candidate with no email or phone brings no one's data: it joins at once.
      const data = c.emails.length + c.phones.length > 0;
      return { group: g, byNameAlone: data && name !== null && g.name !== null };
    }
  }
  return subsumer === undefined ? undefined : { group: subsumer, byNameAlone: false };
}

/** An email that is not a function's (info@, sales@): a person's, whether or not their name was read. */
function hasPersonalMailbox(c: ExtractedContact): boolean {
  return c.emails.some((e) => !isRoleMailbox(e));
}

/**
 * Two cards without a name at two addresses (a company's branches, each under its city): apart,
 * unless they share an email or a phone.
 */
function apart(c: ExtractedContact, other: ExtractedContact): boolean {
  return c.address !== null && other.address !== null && norm(c.address) !== norm(other.address);
}

/**
 * Joins a group made of a candidate that matched `other` by its name alone to the group `other`
 * has become, if they still agree as findGroup's test for a name alone asks: no source in common,
 * not two sets of emails, not two companies. Their names agreed, and a name only grows by one
 * that holds it (李明 → Li Ming 李明).
 */
function joinByName(group: Group, other: Group): void {
  const g = live(group);
  const into = live(other);
  if (g === into) return;
  for (const source of g.namedSources) if (into.namedSources.has(source)) return;
  if (g.contact.emails.length > 0 && into.contact.emails.length > 0) return;
  if (g.organization !== null && into.organization !== null && g.organization !== into.organization) return;
  absorb(into, g.contact, g.sources, g.namedSources, g.evidence);
  into.order = Math.min(into.order, g.order);
  g.joined = into;
}

/** The group `g` is part of now. */
function live(g: Group): Group {
  let at = g;
  while (at.joined !== null) at = at.joined;
  return at;
}

/**
 * A nameless candidate whose emails (and phones) a person already has: the same person's address
 * seen again elsewhere on the page. Phone-only candidates (a hotline also printed on a card) stay
 * the organisation's.
 */
function subsumes(person: ExtractedContact, nameless: ExtractedContact): boolean {
  return (
    nameless.emails.length > 0 &&
    nameless.emails.every((e) => person.emails.includes(e)) &&
    nameless.phones.every((p) => person.phones.includes(p))
  );
}

/** Takes `c`'s details into `g`, with where they were found (`sources`, `evidence`). */
function absorb(
  g: Group,
  c: ExtractedContact,
  sources: Iterable<ContactSource>,
  namedSources: Iterable<ContactSource>,
  evidence: readonly EvidenceItem[],
): void {
  const t = g.contact;
  if (t.name !== null && c.name !== null && c.name.length > t.name.length) t.name = c.name;
  t.name ??= c.name;
  t.title ??= c.title;
  t.organization ??= c.organization;
  g.name = t.name === null ? null : norm(t.name);
  g.organization = t.organization === null ? null : norm(t.organization);
  t.address ??= c.address;
  t.wechat ??= c.wechat;
  t.phoneRegion ??= c.phoneRegion;
  for (const e of c.emails) if (!t.emails.includes(e)) t.emails.push(e);
  for (const p of c.phones) if (!t.phones.includes(p)) t.phones.push(p);
  for (const u of c.urls) if (!t.urls.includes(u)) t.urls.push(u);
  for (const source of sources) g.sources.add(source);
  for (const source of namedSources) g.namedSources.add(source);
  for (const item of evidence) if (!g.evidence.some((e) => sameEvidence(e, item))) g.evidence.push(item);
}

function confidence(g: Group): number {
  const c = g.contact;
  let best = 0;
  for (const s of g.sources) best = Math.max(best, SOURCE_CONFIDENCE[s]);
  const reachable = c.emails.length + c.phones.length > 0 ? 1 : 0;
  const completeness =
    c.name === null
      ? (reachable + (c.organization === null ? 0 : 1)) / 2
      : (1 + reachable + (c.organization === null ? 0 : 1) + (c.title === null ? 0 : 1)) / 4;
  const score = best * (0.8 + 0.2 * completeness) + (g.sources.size > 1 ? 0.05 : 0);
  return Math.round(Math.min(1, score) * 100) / 100;
}
