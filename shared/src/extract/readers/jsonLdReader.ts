import { parseLenientJson } from '../parseLenientJson.ts';
import { readSchemaOrg } from '../readSchemaOrg.ts';
import type { StructuredReader } from './contactReader.ts';

// A megabyte of JSON-LD is a product feed, not contact data; skip it to stay fast.
const MAX_BLOCK_CHARS = 1_000_000;

/** Contacts in the page's schema.org JSON-LD blocks (tolerant of broken JSON). */
export const jsonLdReader: StructuredReader = {
  kind: 'structured',
  sources: ['json-ld'],
  read({ doc, phoneRegion }) {
    const roots: unknown[] = [];
    const scripts = doc.querySelectorAll('script[type*="ld+json"]');
    for (let i = 0; i < scripts.length; i++) {
      const text = scripts[i]?.textContent ?? '';
      if (text.length > 0 && text.length < MAX_BLOCK_CHARS) roots.push(...parseLenientJson(text));
    }
    return readSchemaOrg(roots, { source: 'json-ld', phoneRegion, place: null });
  },
};
