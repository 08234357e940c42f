import { normalizeEmail } from './findEmails.ts';
import { normalizePhone } from './findPhones.ts';
import { resolveUrl } from './resolveUrl.ts';
import { cleanWebUrl } from './socialProfile.ts';
import { attr, collapseSpace, pushUnique } from './text.ts';
import type { DocumentLike, ElementLike, ExtractedContact, NodeLike } from './types.ts';
import { ELEMENT_NODE, TEXT_NODE } from './types.ts';

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
  region: string;
  /** Base for relative links: the page's <base href> or address. */
  base: string | undefined;
}

/** One contact per h-card (or v1 vcard) that is not itself a property of another card. */
export function readHCards(doc: DocumentLike, options: HCardOptions): ExtractedContact[] {
  const contacts: ExtractedContact[] = [];
  const roots = doc.querySelectorAll('.h-card, .vcard');
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i];
    if (root === undefined || isPropertyOfCard(root)) continue;
    contacts.push(cardContact(root, options));
  }
  return contacts;
}

function classesOf(el: ElementLike): string[] {
  const cls = el.getAttribute('class');
  return cls === null ? [] : cls.trim().split(/\s+/);
}

function isV2Root(classes: string[]): boolean {
  return classes.some((c) => /^h-[a-z0-9]+(?:-[a-z]+)*$/.test(c));
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
    address: first('adr') ?? first('label') ?? composedAddress(props),
    urls: [],
    source: 'h-card',
    confidence: 0,
    evidence: v1 ? 'h-card (vcard)' : 'h-card',
  };
  for (const v of props.get('email') ?? []) {
    const email = normalizeEmail(v);
    if (email !== null) pushUnique(contact.emails, email);
  }
  for (const v of props.get('tel') ?? []) {
    const phone = normalizePhone(v, options.region);
    if (phone !== null) pushUnique(contact.phones, phone);
  }
  for (const v of props.get('url') ?? []) {
    const url = cleanWebUrl(v);
    if (url !== null) pushUnique(contact.urls, url);
  }
  return contact;
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

/** Elements with class `value` under `el` (not inside nested microformats): the value-class pattern. */
function valueParts(el: ElementLike, out: ElementLike[]): ElementLike[] {
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c === undefined) continue;
    const classes = classesOf(c);
    if (classes.includes('value')) out.push(c);
    else if (!isV2Root(classes) && !classes.includes('vcard')) valueParts(c, out);
  }
  return out;
}

function textValue(el: ElementLike): string {
  const parts = valueParts(el, []);
  if (parts.length > 0) return parts.map(simpleValue).join('');
  return simpleValue(el);
}

function simpleValue(el: ElementLike): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'abbr' || tag === 'link') {
    const title = attr(el, 'title');
    if (title !== null) return title;
  }
  if (tag === 'data' || tag === 'input') {
    const value = attr(el, 'value');
    if (value !== null) return value;
  }
  if (tag === 'img' || tag === 'area') {
    const alt = attr(el, 'alt');
    if (alt !== null) return alt;
  }
  return visibleText(el).trim();
}

function urlValue(el: ElementLike, base: string | undefined): string {
  const tag = el.tagName.toLowerCase();
  const source =
    tag === 'a' || tag === 'area' || tag === 'link'
      ? 'href'
      : tag === 'img' || tag === 'audio' || tag === 'video' || tag === 'source' || tag === 'iframe'
        ? 'src'
        : tag === 'object'
          ? 'data'
          : null;
  const url = source === null ? null : attr(el, source);
  if (url !== null) return resolveUrl(url, base);
  const parts = valueParts(el, []);
  if (parts.length > 0) return resolveUrl(parts.map(simpleValue).join(''), base);
  return resolveUrl(simpleValue(el), base);
}

/** textContent without <script>/<style>, with <img> replaced by its alt text. */
function visibleText(node: NodeLike): string {
  let out = '';
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k === undefined) continue;
    if (k.nodeType === TEXT_NODE) out += k.nodeValue ?? '';
    else if (k.nodeType === ELEMENT_NODE) {
      const el = k as ElementLike;
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'template') continue;
      if (tag === 'img') {
        const alt = attr(el, 'alt');
        if (alt !== null) out += ` ${alt} `;
      } else out += visibleText(el);
    }
  }
  return out;
}

function onlyChild(el: ElementLike): ElementLike | null {
  return el.children.length === 1 ? (el.children[0] ?? null) : null;
}

function nameOf(el: ElementLike | null): string | null {
  if (el === null || isV2Root(classesOf(el))) return null;
  const tag = el.tagName.toLowerCase();
  if (tag === 'img' || tag === 'area') {
    const alt = attr(el, 'alt');
    return alt === null || alt === '' ? null : alt;
  }
  if (tag === 'abbr') return attr(el, 'title');
  return null;
}

function impliedName(root: ElementLike): string {
  const tag = root.tagName.toLowerCase();
  if ((tag === 'img' || tag === 'area') && attr(root, 'alt')) return attr(root, 'alt') ?? '';
  if (tag === 'abbr' && attr(root, 'title')) return attr(root, 'title') ?? '';
  const child = onlyChild(root);
  const fromChild = nameOf(child);
  if (fromChild !== null) return fromChild;
  if (child !== null && !isV2Root(classesOf(child))) {
    const fromGrandchild = nameOf(onlyChild(child));
    if (fromGrandchild !== null) return fromGrandchild;
  }
  return visibleText(root).trim();
}

function onlyOfType(el: ElementLike, tag: string): ElementLike | null {
  let found: ElementLike | null = null;
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c !== undefined && c.tagName.toLowerCase() === tag) {
      if (found !== null) return null;
      found = c;
    }
  }
  return found;
}

function linkOf(el: ElementLike): string | null {
  for (const tag of ['a', 'area']) {
    const c = onlyOfType(el, tag);
    if (c !== null && !isV2Root(classesOf(c))) {
      const href = attr(c, 'href');
      if (href !== null) return href;
    }
  }
  return null;
}

function impliedUrl(root: ElementLike): string | null {
  const tag = root.tagName.toLowerCase();
  if (tag === 'a' || tag === 'area') return attr(root, 'href');
  const direct = linkOf(root);
  if (direct !== null) return direct;
  const child = onlyChild(root);
  return child !== null && !isV2Root(classesOf(child)) ? linkOf(child) : null;
}
