import { normalizeEmail } from './findEmails.ts';
import { classesOf, isV2Root } from './hCardClasses.ts';
import { impliedName, impliedUrl } from './hCardImplied.ts';
import { textValue, urlValue } from './hCardValues.ts';
import { saysCompanyLineAfter } from './lineFacts.ts';
import { addPhoneValue } from './phoneValue.ts';
import { resolveUrl } from './resolveUrl.ts';
import { isRoleMailbox } from './roleMailbox.ts';
import { cleanWebUrl } from './socialProfile.ts';
import { collapseSpace, pushUnique } from './text.ts';
import type { DocumentLike, ElementLike, ExtractedContact, PhoneRegionGuess } from './types.ts';

// A compact microformats h-card reader (v2, and v1 vcard through the backcompat mapping) over the
// DOM, after the microformats2 parsing spec (microformats.org/wiki/microformats2-parsing).
// Why not the `microformats-parser` package: it parses an HTML *string* with parse5, so the page
// would be serialised and parsed a second time, and it would add 196 KB minified to the script the
// extension injects into pages, which libphonenumber-js's metadata already makes large.

type Kind = 'p' | 'u' | 'dt' | 'e';
interface Prop {
  kind: Kind;
  name: string;
}
type Props = Map<string, string[]>;

/** v1 class → v2 property (microformats.org/wiki/h-card#Parser_Compatibility). */
const V1_PROPERTIES: Record<string, Prop> = {
  fn: { kind: 'p', name: 'name' },
  'given-name': { kind: 'p', name: 'given-name' },
  'family-name': { kind: 'p', name: 'family-name' },
  'additional-name': { kind: 'p', name: 'additional-name' },
  'honorific-prefix': { kind: 'p', name: 'honorific-prefix' },
  'honorific-suffix': { kind: 'p', name: 'honorific-suffix' },
  nickname: { kind: 'p', name: 'nickname' },
  email: { kind: 'u', name: 'email' },
  url: { kind: 'u', name: 'url' },
  photo: { kind: 'u', name: 'photo' },
  logo: { kind: 'u', name: 'logo' },
  uid: { kind: 'u', name: 'uid' },
  tel: { kind: 'p', name: 'tel' },
  org: { kind: 'p', name: 'org' },
  title: { kind: 'p', name: 'job-title' },
  role: { kind: 'p', name: 'role' },
  note: { kind: 'p', name: 'note' },
  adr: { kind: 'p', name: 'adr' },
  label: { kind: 'p', name: 'label' },
  'street-address': { kind: 'p', name: 'street-address' },
  locality: { kind: 'p', name: 'locality' },
  region: { kind: 'p', name: 'region' },
  'postal-code': { kind: 'p', name: 'postal-code' },
  'country-name': { kind: 'p', name: 'country-name' },
  agent: { kind: 'p', name: 'agent' },
  category: { kind: 'p', name: 'category' },
};
const V1_ROOTS = new Set(['vcard', 'adr', 'geo']);

export interface HCardOptions {
  /** The region numbers without a country code are read in, and why. */
  phoneRegion: PhoneRegionGuess;
  /** Base for relative links: the page's <base href> or address. */
  base: string | undefined;
}

/** One contact per h-card (or v1 vcard) that is not itself a property of another card. */
export function readHCards(doc: DocumentLike, options: HCardOptions): ExtractedContact[] {
  const contacts: ExtractedContact[] = [];
  const roots = cardRoots(doc);
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i];
    if (root === undefined || isPropertyOfCard(root)) continue;
    contacts.push(cardContact(root, options));
  }
  return contacts;
}

/**
 * The h-card and v1 vcard elements, in document order. A browser answers a query of one class
 * name from a quick look at each element's classes, where a list of two selectors is matched in
 * full against every element of the page: each kind is asked for alone, and the list only when
 * the page has both (and their order among each other matters).
 */
function cardRoots(doc: DocumentLike): ArrayLike<ElementLike> {
  const v2 = doc.querySelectorAll('.h-card');
  const v1 = doc.querySelectorAll('.vcard');
  if (v1.length === 0) return v2;
  if (v2.length === 0) return v1;
  return doc.querySelectorAll('.h-card, .vcard');
}

function propsOf(classes: string[], v1: boolean): Prop[] {
  const out: Prop[] = [];
  for (const c of classes) {
    const m = /^(p|u|dt|e)-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(c);
    if (m !== null && !v1) out.push({ kind: m[1] as Kind, name: m[2] as string });
    else if (v1) {
      const p = V1_PROPERTIES[c.toLowerCase()];
      if (p !== undefined) out.push(p);
    }
  }
  return out;
}

function isPropertyOfCard(el: ElementLike): boolean {
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    const classes = classesOf(p);
    const v2 = classes.includes('h-card');
    if (v2 || classes.includes('vcard')) return propsOf(classesOf(el), !v2).length > 0;
    if (isV2Root(classes)) return false;
  }
  return false;
}

function cardContact(root: ElementLike, options: HCardOptions): ExtractedContact {
  const rootClasses = classesOf(root);
  const v1 = !rootClasses.includes('h-card');
  const props: Props = new Map();
  const state = { nested: false, pOrE: false, u: false };
  collect(root, props, state, v1, options.base);
  if (!v1 && !props.has('name') && !state.pOrE && !state.nested) {
    props.set('name', [impliedName(root)]);
  }
  if (!v1 && !props.has('url') && !state.u && !state.nested) {
    const url = impliedUrl(root);
    if (url !== null) props.set('url', [resolveUrl(url, options.base)]);
  }
  const first = (name: string) => {
    for (const v of props.get(name) ?? []) {
      const t = collapseSpace(v);
      if (t !== '') return t;
    }
    return null;
  };
  const contact: ExtractedContact = {
    name: first('name'),
    title: first('job-title') ?? first('role'),
    organization: first('org'),
    emails: [],
    phones: [],
    wechat: null,
    phoneRegion: null,
    address: first('adr') ?? first('label') ?? composedAddress(props),
    urls: [],
    source: 'h-card',
    confidence: 0,
    evidence: [{ kind: 'h-card', legacy: v1 }],
  };
  for (const v of props.get('email') ?? []) {
    const email = normalizeEmail(v);
    // A desk's mailbox on a person's card (drycargo@, sales@) is the desk's: the company's.
    if (email !== null && !(contact.name !== null && isRoleMailbox(email))) pushUnique(contact.emails, email);
  }
  for (const v of props.get('tel') ?? []) {
    // A person's card giving the switchboard or a desk's line, as its note after the number says
    // (Telefon +49 40 376904-0 (Zentrale), 040 376904-20 (Desk)): the company's, not theirs.
    if (contact.name !== null && saysCompanyLineAfter(v.slice(lastDigitEnd(v)))) continue;
    addPhoneValue(contact, v, options.phoneRegion);
  }
  for (const v of props.get('url') ?? []) {
    const url = cleanWebUrl(v);
    if (url !== null) pushUnique(contact.urls, url);
  }
  return contact;
}

/** Where a text's last digit ends (0 for a text without one). */
function lastDigitEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return i + 1;
  }
  return 0;
}

function composedAddress(props: Props): string | null {
  const parts = ['street-address', 'locality', 'region', 'postal-code', 'country-name']
    .map((k) => collapseSpace(props.get(k)?.[0] ?? ''))
    .filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}

function collect(
  parent: ElementLike,
  props: Props,
  state: { nested: boolean; pOrE: boolean; u: boolean },
  v1: boolean,
  base: string | undefined,
): void {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const el = children[i];
    if (el === undefined) continue;
    const classes = classesOf(el);
    const root = v1 ? classes.some((c) => V1_ROOTS.has(c)) || isV2Root(classes) : isV2Root(classes);
    const found = propsOf(classes, v1);
    for (const p of found) {
      const value = p.kind === 'u' ? urlValue(el, base) : textValue(el);
      const list = props.get(p.name);
      if (list === undefined) props.set(p.name, [value]);
      else list.push(value);
      if (p.kind === 'p' || p.kind === 'e') state.pOrE = true;
      if (p.kind === 'u') state.u = true;
    }
    if (root) state.nested = true;
    else collect(el, props, state, v1, base);
  }
}
