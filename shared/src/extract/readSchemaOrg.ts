import { type EvidencePlace, MAX_EVIDENCE_NAME, type SchemaOrgRole } from './evidence.ts';
import { normalizeEmail } from './findEmails.ts';
import { addPhoneValue } from './phoneValue.ts';
import { isRoleMailbox } from './roleMailbox.ts';
import { cleanWebUrl } from './socialProfile.ts';
import { collapseSpace, decodeEntities, pushUnique } from './text.ts';
import type { ContactSource, ExtractedContact, PhoneRegionGuess } from './types.ts';

// schema.org Person / Organization / LocalBusiness (and subtypes) / ContactPoint to contacts.
// JSON-LD gives the objects directly; microdata is first turned into the same shape
// ({ '@type', prop: [values] }), so one mapper serves both sources.

type Json = Record<string, unknown>;

/** Subtypes of Organization and LocalBusiness end in one of these words (schema.org type list). */
const ORG_TYPE =
  /(?:Organization|Organisation|Business|Corporation|NGO|Store|Restaurant|Hotel|Motel|Shop|Office|Agency|Clinic|Hospital|Dentist|Physician|Pharmacy|School|College|University|Bank|CreditUnion|Dealer|Airline|Library|Museum|Consortium|Cooperative|Brewery|Winery|Bakery|CoffeeShop|Attorney|Notary|Repair|Club|Salon|Spa|Gym|Contractor|Electrician|Plumber|Locksmith|Firm|Company|Service)$/;
const NOT_ORG_TYPE =
  /^(?:Service|WebSite|WebPage|Product|Offer|Event|Place|PostalAddress|ContactPoint|Person)$/;
const PERSON_LINKS = ['employee', 'employees', 'member', 'members', 'founder', 'founders', 'alumni'];
const ORG_LINKS = ['worksFor', 'affiliation', 'memberOf'];

export interface SchemaOrgResult {
  contacts: ExtractedContact[];
  /** Names of the organisations described, first the top-level ones (the page's organisation). */
  organizations: string[];
}

export interface SchemaOrgContext {
  source: Extract<ContactSource, 'json-ld' | 'microdata'>;
  /** The region numbers without a country code are read in, and why. */
  phoneRegion: PhoneRegionGuess;
  /** The element the data sat in (a microdata item's), for the evidence; null for JSON-LD. */
  place: EvidencePlace | null;
}

/** Contacts described by schema.org objects (JSON-LD values or microdata items). */
export function readSchemaOrg(roots: readonly unknown[], ctx: SchemaOrgContext): SchemaOrgResult {
  const ids = new Map<string, Json>();
  const topLevel: Json[] = [];
  for (const root of roots) collect(root, ids, topLevel, true);
  const result: SchemaOrgResult = { contacts: [], organizations: [] };
  const seen = new Set<Json>();
  for (const obj of topLevel) visit(obj, null, ctx, ids, seen, result);
  return result;
}

function collect(value: unknown, ids: Map<string, Json>, topLevel: Json[], top: boolean, depth = 0): void {
  if (depth > 16) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, ids, topLevel, top, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length > 1) {
    const known = ids.get(id);
    if (known === undefined) ids.set(id, value);
    else if (known !== value) for (const [k, v] of Object.entries(value)) if (!(k in known)) known[k] = v;
  }
  const graph = value['@graph'];
  if (graph !== undefined) collect(graph, ids, topLevel, true, depth + 1);
  else if (top) topLevel.push(value);
  for (const [key, v] of Object.entries(value)) {
    if (key !== '@graph' && typeof v === 'object' && v !== null) collect(v, ids, topLevel, false, depth + 1);
  }
}

function visit(
  raw: Json,
  contextOrg: string | null,
  ctx: SchemaOrgContext,
  ids: Map<string, Json>,
  seen: Set<Json>,
  result: SchemaOrgResult,
): void {
  const obj = resolve(raw, ids);
  if (seen.has(obj)) return;
  seen.add(obj);
  const types = typesOf(obj);
  if (types.includes('Person')) {
    result.contacts.push(personContact(obj, contextOrg, ctx, ids));
    for (const key of ORG_LINKS)
      for (const org of objects(obj[key])) visit(org, null, ctx, ids, seen, result);
    return;
  }
  const orgType = types.find((t) => ORG_TYPE.test(t) && !NOT_ORG_TYPE.test(t));
  if (orgType !== undefined) {
    const name = text(obj.name) ?? text(obj.legalName) ?? text(obj.alternateName);
    if (name !== null) pushUnique(result.organizations, name);
    const contact = orgContact(obj, name, ctx, ids, orgType);
    if (contact !== null) result.contacts.push(contact);
    // A contact point of someone's own (the sales point giving michal.zielinski@… and his mobile):
    // a candidate of its own, which the person's card on the page takes by its mailbox.
    for (const point of objects(obj.contactPoint)) {
      const p = resolve(point, ids);
      if (!isPersonalPoint(p)) continue;
      const own = emptyContact(ctx, 'contact-point', 'ContactPoint', { contactType: contactType(p) });
      addContactData(own, p, ctx.phoneRegion, ids);
      if (own.emails.length + own.phones.length > 0) result.contacts.push(own);
    }
    for (const key of PERSON_LINKS) for (const p of objects(obj[key])) visit(p, name, ctx, ids, seen, result);
    for (const key of ['subOrganization', 'department', 'parentOrganization']) {
      for (const o of objects(obj[key])) visit(o, null, ctx, ids, seen, result);
    }
    return;
  }
  if (types.includes('ContactPoint')) {
    const contact = emptyContact(ctx, 'contact-point', 'ContactPoint', { contactType: contactType(obj) });
    addContactData(contact, obj, ctx.phoneRegion, ids);
    if (contact.emails.length + contact.phones.length > 0) result.contacts.push(contact);
    return;
  }
  // WebPage.about, WebPage.author, ItemList.itemListElement …: look one level further.
  for (const [key, value] of Object.entries(obj)) {
    if (key === '@context') continue;
    for (const o of objects(value)) visit(o, null, ctx, ids, seen, result);
  }
}

function personContact(
  obj: Json,
  contextOrg: string | null,
  ctx: SchemaOrgContext,
  ids: Map<string, Json>,
): ExtractedContact {
  const contact = emptyContact(ctx, 'person', 'Person', null);
  contact.name = text(obj.name) ?? joinName(obj);
  contact.title = text(obj.jobTitle) ?? text(obj.hasOccupation) ?? null;
  let org: string | null = null;
  for (const key of ORG_LINKS) {
    for (const o of values(obj[key])) {
      org ??=
        typeof o === 'string' ? clean(o) : (text(resolve(o, ids).name) ?? text(resolve(o, ids).legalName));
    }
  }
  contact.organization = org ?? contextOrg;
  addContactData(contact, obj, ctx.phoneRegion, ids);
  return contact;
}

function orgContact(
  obj: Json,
  name: string | null,
  ctx: SchemaOrgContext,
  ids: Map<string, Json>,
  orgType: string,
): ExtractedContact | null {
  const points = objects(obj.contactPoint).map((p) => resolve(p, ids));
  const point = points[0];
  const contact = emptyContact(
    ctx,
    'organization',
    orgType,
    point === undefined ? null : { contactType: contactType(point) },
  );
  contact.organization = name;
  addContactData(contact, obj, ctx.phoneRegion, ids, true);
  const hasData = contact.emails.length + contact.phones.length + contact.urls.length > 0 || contact.address;
  return hasData && (name !== null || contact.emails.length + contact.phones.length > 0) ? contact : null;
}

/**
 * Adds an object's mailboxes, numbers, address and links to `contact`, and its contact points';
 * with `personalPointsApart`, an organisation's, not those of its points that are someone's own
 * (isPersonalPoint), which visit reads as candidates of their own.
 */
function addContactData(
  contact: ExtractedContact,
  obj: Json,
  region: PhoneRegionGuess,
  ids: Map<string, Json>,
  personalPointsApart = false,
): void {
  for (const v of strings(obj.email)) {
    const email = normalizeEmail(v);
    if (email !== null) pushUnique(contact.emails, email);
  }
  for (const v of strings(obj.telephone)) {
    addPhoneValue(contact, v, region);
  }
  contact.address ??= formatAddress(obj.address, ids);
  for (const v of [...strings(obj.url), ...strings(obj.sameAs)]) {
    const url = cleanWebUrl(v);
    if (url !== null) pushUnique(contact.urls, url);
  }
  for (const point of objects(obj.contactPoint)) {
    const p = resolve(point, ids);
    if (p !== obj && !(personalPointsApart && isPersonalPoint(p))) addContactData(contact, p, region, ids);
  }
}

/**
 * Whether a contact point gives a person's own mailbox, named as people's are (first.last@, not a
 * desk's sales@): its data is that person's, not the organisation's.
 */
function isPersonalPoint(point: Json): boolean {
  const emails = strings(point.email)
    .map(normalizeEmail)
    .filter((e): e is string => e !== null);
  return (
    emails.length > 0 &&
    emails.every(
      (email) => !isRoleMailbox(email) && PERSONAL_LOCAL_PART.test(email.slice(0, email.indexOf('@'))),
    )
  );
}

/** A mailbox's local part as a person's name makes it: two words of letters joined by a dot, _ or -. */
const PERSONAL_LOCAL_PART = /^[a-z]{2,}[._-][a-z]{2,}$/;

function formatAddress(value: unknown, ids: Map<string, Json>): string | null {
  for (const v of values(value)) {
    if (typeof v === 'string') return clean(v);
    const a = resolve(v, ids);
    const parts = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry']
      .map((k) => text(a[k]))
      .filter((p): p is string => p !== null);
    if (parts.length > 0) return parts.join(', ');
  }
  return null;
}

function contactType(point: Json): string | null {
  return text(point.contactType)?.slice(0, MAX_EVIDENCE_NAME) ?? null;
}

function emptyContact(
  ctx: SchemaOrgContext,
  role: SchemaOrgRole,
  type: string,
  contactPoint: { contactType: string | null } | null,
): ExtractedContact {
  return {
    name: null,
    title: null,
    organization: null,
    emails: [],
    phones: [],
    wechat: null,
    phoneRegion: null,
    address: null,
    urls: [],
    source: ctx.source,
    confidence: 0,
    evidence: [
      {
        kind: 'schema-org',
        syntax: ctx.source,
        role,
        type: type.slice(0, MAX_EVIDENCE_NAME),
        contactPoint,
        place: ctx.place,
      },
    ],
  };
}

function joinName(obj: Json): string | null {
  const given = text(obj.givenName);
  const family = text(obj.familyName);
  if (given === null && family === null) return null;
  // Chinese order and no space: 刘 + 洋 → 刘洋.
  if (/^[\u4e00-\u9fa5]+$/.test(`${family ?? ''}${given ?? ''}`)) return `${family ?? ''}${given ?? ''}`;
  return [given, text(obj.additionalName), family].filter((p) => p !== null).join(' ');
}

function typesOf(obj: Json): string[] {
  return strings(obj['@type']).map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

function resolve(value: unknown, ids: Map<string, Json>): Json {
  if (!isObject(value)) return {};
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length === 1) return ids.get(id) ?? value;
  return value;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function values(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function objects(value: unknown): Json[] {
  return values(value).filter(isObject);
}

function strings(value: unknown): string[] {
  const out: string[] = [];
  for (const v of values(value)) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (isObject(v)) {
      const inner = v['@value'] ?? v['@id'];
      if (typeof inner === 'string') out.push(inner);
    }
  }
  return out;
}

/** The first text of a value: a string, a number, { '@value' } or a named thing's name. */
function text(value: unknown): string | null {
  for (const v of values(value)) {
    if (typeof v === 'string' || typeof v === 'number') {
      const t = clean(String(v));
      if (t !== null) return t;
    } else if (isObject(v)) {
      const inner = v['@value'] ?? v.name;
      const t = typeof inner === 'string' ? clean(inner) : null;
      if (t !== null) return t;
    }
  }
  return null;
}

function clean(value: string): string | null {
  const t = collapseSpace(decodeEntities(value));
  return t === '' ? null : t.slice(0, 300);
}
