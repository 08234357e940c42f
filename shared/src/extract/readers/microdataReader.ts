import { placeOf } from '../evidence.ts';
import { saysCompanyLineAfter } from '../lineFacts.ts';
import { readSchemaOrg, type SchemaOrgResult } from '../readSchemaOrg.ts';
import { resolveUrl } from '../resolveUrl.ts';
import { attr, collapseSpace } from '../text.ts';
import type { DocumentLike, ElementLike, PhoneRegionGuess } from '../types.ts';
import type { StructuredReader } from './contactReader.ts';

// HTML microdata (itemscope / itemtype / itemprop, WHATWG HTML §5) as schema.org objects, then
// the same mapper as JSON-LD.

type Item = Record<string, unknown>;

/** Contacts described with schema.org microdata. */
export const microdataReader: StructuredReader = {
  kind: 'structured',
  sources: ['microdata'],
  read: ({ doc, phoneRegion, base }) => readMicrodata(doc, phoneRegion, base),
};

function readMicrodata(
  doc: DocumentLike,
  phoneRegion: PhoneRegionGuess,
  base: string | undefined,
): SchemaOrgResult {
  const result: SchemaOrgResult = { contacts: [], organizations: [] };
  const scopes = doc.querySelectorAll('[itemscope]');
  for (let i = 0; i < scopes.length; i++) {
    const el = scopes[i];
    // Items that are a property of another item are read as part of it.
    if (el === undefined || (el.hasAttribute('itemprop') && hasItemAncestor(el))) continue;
    const item = itemObject(el, base, 0);
    const one = readSchemaOrg([item], {
      source: 'microdata',
      phoneRegion,
      place: placeOf(el),
    });
    result.contacts.push(...one.contacts);
    for (const org of one.organizations)
      if (!result.organizations.includes(org)) result.organizations.push(org);
  }
  return result;
}

function hasItemAncestor(el: ElementLike): boolean {
  for (let p = el.parentElement; p !== null; p = p.parentElement)
    if (p.hasAttribute('itemscope')) return true;
  return false;
}

function itemObject(el: ElementLike, base: string | undefined, depth: number): Item {
  const types = (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t) => t.replace(/\/+$/, '').replace(/^.*[/#]/, ''));
  const item: Item = { '@type': types };
  if (depth < 8) collectProperties(el, item, base, depth);
  return item;
}

function collectProperties(parent: ElementLike, item: Item, base: string | undefined, depth: number): void {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child === undefined) continue;
    const names = (child.getAttribute('itemprop') ?? '').split(/\s+/).filter((n) => n !== '');
    const nested = child.hasAttribute('itemscope');
    if (names.length > 0) {
      const value = nested ? itemObject(child, base, depth + 1) : propertyValue(child, base);
      for (const name of names) {
        // A person's telephone the note after it calls the switchboard or a desk's line
        // (…376904-0</a> (Zentrale)): the company's, not theirs.
        if (name === 'telephone' && isPerson(item) && companyLineNoted(child)) continue;
        const list = item[name];
        if (Array.isArray(list)) list.push(value);
        else item[name] = [value];
      }
    }
    if (!nested) collectProperties(child, item, base, depth);
  }
}

function isPerson(item: Item): boolean {
  const types = item['@type'];
  return Array.isArray(types) && types.includes('Person');
}

/** Whether the text right after an element, in its parent, notes the company's line (Zentrale). */
function companyLineNoted(el: ElementLike): boolean {
  const own = el.textContent ?? '';
  const around = el.parentElement?.textContent ?? '';
  const at = own === '' ? -1 : around.indexOf(own);
  return at >= 0 && saysCompanyLineAfter(around.slice(at + own.length, at + own.length + 60));
}

function propertyValue(el: ElementLike, base: string | undefined): string {
  const tag = el.tagName.toLowerCase();
  const value = (name: string) => attr(el, name) ?? '';
  switch (tag) {
    case 'meta':
      return value('content');
    case 'a':
    case 'area':
    case 'link':
      return resolveUrl(value('href'), base);
    case 'img':
    case 'audio':
    case 'video':
    case 'source':
    case 'embed':
    case 'iframe':
    case 'track':
      return resolveUrl(value('src'), base);
    case 'object':
      return resolveUrl(value('data'), base);
    case 'data':
    case 'meter':
      return value('value');
    case 'time':
      return attr(el, 'datetime') ?? collapseSpace(el.textContent ?? '');
    default:
      return collapseSpace(el.textContent ?? '');
  }
}
