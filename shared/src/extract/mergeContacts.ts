import { type EvidenceItem, MAX_EVIDENCE_ITEMS, sameEvidence } from './evidence.ts';
import { CONTACT_SOURCES, type ContactSource, type ExtractedContact } from './types.ts';

// One candidate per person (or per organisation) after all readers ran: candidates that share an
// email or a phone merge, and so do records of the same person from different sources. People and
// organisation-level contacts never merge with each other through a shared switchboard number.

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
  evidence: EvidenceItem[];
  order: number;
  /** The contact's name and organisation as compared (norm), kept with it: a page of namesakes compares them often. */
  name: string | null;
  organization: string | null;
}

/** Merges candidates and sets their confidence; highest confidence first. */
export function mergeContacts(candidates: readonly ExtractedContact[]): ExtractedContact[] {
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => RANK.indexOf(a.c.source) - RANK.indexOf(b.c.source) || a.i - b.i);
  const groups: Group[] = [];
  const index = new Map<string, Group[]>();
  for (const { c, i } of sorted) {
    const group = findGroup(c, index);
    if (group === undefined) {
      const g: Group = {
        contact: { ...c, emails: [...c.emails], phones: [...c.phones], urls: [...c.urls] },
        sources: new Set([c.source]),
        evidence: [...c.evidence],
        order: i,
        name: c.name === null ? null : norm(c.name),
        organization: c.organization === null ? null : norm(c.organization),
      };
      groups.push(g);
      register(g, index);
      continue;
    }
    absorb(group, c);
    group.order = Math.min(group.order, i);
    register(group, index);
  }
  // Each group's contact is its own copy (made above): finish it in place. Copying it once more
  // with an object spread cost an object per contact, and made Node's V8 throw this function's
  // optimised code away on most pages (the CLI reads pages in Node).
  for (const g of groups) {
    g.contact.confidence = confidence(g);
    g.contact.evidence = g.evidence.slice(0, MAX_EVIDENCE_ITEMS);
  }
  return groups
    .sort((a, b) => b.contact.confidence - a.contact.confidence || a.order - b.order)
    .map((g) => g.contact);
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

function register(g: Group, index: Map<string, Group[]>): void {
  for (const key of keysOf(g.contact)) {
    const list = index.get(key);
    if (list === undefined) index.set(key, [g]);
    else if (!list.includes(g)) list.push(g);
  }
}

function findGroup(c: ExtractedContact, index: Map<string, Group[]>): Group | undefined {
  const shared = new Set<Group>();
  for (const key of keysOf(c)) {
    const groups = index.get(key);
    if (groups !== undefined) for (const g of groups) shared.add(g);
  }
  if (shared.size === 0) return undefined;
  const name = c.name === null ? null : norm(c.name);
  const org = c.organization === null ? null : norm(c.organization);
  let subsumer: Group | undefined;
  for (const g of shared) {
    const other = g.contact;
    const otherOrg = g.organization;
    if (name !== null && g.name !== null) {
      const otherName = g.name;
      // "李明" in a mail header and "Li Ming 李明" in the signature, with the same address: one person.
      if (name !== otherName) {
        if ((name.includes(otherName) || otherName.includes(name)) && sharesData(c, other)) return g;
        continue;
      }
      if (sharesData(c, other)) return g;
      // Same name, different sources: the same person unless their emails or companies disagree.
      const emailsConflict = c.emails.length > 0 && other.emails.length > 0;
      const orgsConflict = org !== null && otherOrg !== null && org !== otherOrg;
      if (!emailsConflict && !orgsConflict && !g.sources.has(c.source)) return g;
    } else if (name === null && other.name === null) {
      if (org === null || otherOrg === null || org === otherOrg) return g;
    } else if (subsumer === undefined && (name === null ? subsumes(other, c) : subsumes(c, other))) {
      // An email seen in text that a structured record of a person already has.
      subsumer = g;
    }
  }
  return subsumer;
}

function sharesData(a: ExtractedContact, b: ExtractedContact): boolean {
  return a.emails.some((e) => b.emails.includes(e)) || a.phones.some((p) => b.phones.includes(p));
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

function absorb(g: Group, c: ExtractedContact): void {
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
  g.sources.add(c.source);
  for (const item of c.evidence) if (!g.evidence.some((e) => sameEvidence(e, item))) g.evidence.push(item);
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
