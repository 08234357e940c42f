import { parseLenientJson } from './parseLenientJson.ts';
import { readSchemaOrg, type SchemaOrgResult } from './readSchemaOrg.ts';
import type { DocumentLike } from './types.ts';

/** Contacts in the page's schema.org JSON-LD blocks (tolerant of broken JSON). */
export function readJsonLd(doc: DocumentLike, region: string): SchemaOrgResult {
  const roots: unknown[] = [];
  const scripts = doc.querySelectorAll('script[type*="ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const text = scripts[i]?.textContent ?? '';
    // A megabyte of JSON-LD is a product feed, not contact data; skip it to stay fast.
    if (text.length > 0 && text.length < 1_000_000) roots.push(...parseLenientJson(text));
  }
  return readSchemaOrg(roots, { source: 'json-ld', region, where: '' });
}
