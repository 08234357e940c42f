// Where a contact was found, as data: which reader found it, the element around it, the heading
// above it, and how many addresses were left off. The extractor writes no prose about it; the
// texts (evidenceTexts.ts) word it in the user's language, and `crm extract --json` prints both.

/** Sectioning and grouping elements (HTML §4.3, §4.4, §4.9) by which a place on a page is named. */
export const EVIDENCE_LANDMARKS = [
  'footer',
  'header',
  'nav',
  'aside',
  'section',
  'main',
  'article',
  'address',
  'table',
] as const;
export type EvidenceLandmark = (typeof EVIDENCE_LANDMARKS)[number];

/** Where on the page: a landmark element, the page's own name for the element, or both. */
export interface EvidencePlace {
  landmark: EvidenceLandmark | null;
  /** The element's first class ('.team-card') or else its id ('#contact'), as the page writes it. */
  selector: string | null;
}

/** A card held more addresses than it keeps (MAX_PER_CONTACT): the first `kept` were kept. */
export interface EvidenceCap {
  kept: number;
  emails: number;
  phones: number;
}

/** What a schema.org object described: a person, an organisation, or one of its contact points. */
export const SCHEMA_ORG_ROLES = ['person', 'organization', 'contact-point'] as const;
export type SchemaOrgRole = (typeof SCHEMA_ORG_ROLES)[number];

/** The two kinds of mailto:/tel: link a contact line can hold. */
export const EVIDENCE_LINKS = ['mailto', 'tel'] as const;

/** One place a contact was found. A merged contact lists the places of each candidate merged into it. */
export type EvidenceItem =
  | {
      kind: 'schema-org';
      syntax: 'json-ld' | 'microdata';
      role: SchemaOrgRole;
      /** The schema.org type as the page gives it: Person, Organization, Dentist, ContactPoint … */
      type: string;
      /** The object's contact point (the object itself for role 'contact-point'), with its contactType. */
      contactPoint: { contactType: string | null } | null;
      /** The microdata item's element; null for JSON-LD, which has none. */
      place: EvidencePlace | null;
    }
  | { kind: 'h-card' /** A microformats v1 `vcard`. */; legacy: boolean }
  | {
      kind: 'link';
      link: (typeof EVIDENCE_LINKS)[number];
      place: EvidencePlace | null;
      /** The last heading above the contact's lines (cut to MAX_EVIDENCE_HEADING characters). */
      heading: string | null;
      cap: EvidenceCap | null;
    }
  | { kind: 'text'; place: EvidencePlace | null; heading: string | null; cap: EvidenceCap | null }
  | { kind: 'selection'; cap: EvidenceCap | null }
  | { kind: 'meta-tags' }
  | { kind: 'profile-links' };
export type EvidenceKind = EvidenceItem['kind'];

/** A merged contact keeps the places of its first few candidates, most trusted source first. */
export const MAX_EVIDENCE_ITEMS = 3;
/** Page words in the evidence (a heading, a class, a type) are cut to these lengths. */
export const MAX_EVIDENCE_HEADING = 40;
export const MAX_EVIDENCE_NAME = 60;

const LANDMARKS: ReadonlySet<string> = new Set(EVIDENCE_LANDMARKS);

/** The place of an element: its landmark kind and its first class or id; null when it has neither. */
export function placeOf(el: {
  localName?: string;
  tagName: string;
  getAttribute(name: string): string | null;
}): EvidencePlace | null {
  const tag = (el.localName ?? el.tagName).toLowerCase();
  const landmark = LANDMARKS.has(tag) ? (tag as EvidenceLandmark) : null;
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  const id = el.getAttribute('id');
  const selector = first ? `.${first}` : id ? `#${id}` : null;
  if (landmark === null && selector === null) return null;
  return { landmark, selector: selector === null ? null : selector.slice(0, MAX_EVIDENCE_NAME) };
}

/** Whether an element is a landmark by its tag alone. */
export function isLandmarkTag(tag: string): boolean {
  return LANDMARKS.has(tag);
}

/** The same item seen twice (a card read by two readers) is listed once. */
export function sameEvidence(a: EvidenceItem, b: EvidenceItem): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
