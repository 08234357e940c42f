import { resolveUrl } from './resolveUrl.ts';
import { collapseSpace } from './text.ts';
import type { DocumentLike } from './types.ts';

/** What the page's head says about it. */
export interface PageHead {
  /** <meta> contents by lower-case property, name or itemprop; the first of each wins. */
  meta: Map<string, string>;
  title: string | null;
  /** Base for relative links: <base href> resolved against the page address. */
  base: string | undefined;
  /** <html lang>, lower case ('' when absent). */
  language: string;
}

/** The page's meta tags, title, link base and language. */
export function pageHead(doc: DocumentLike, url: string | undefined): PageHead {
  const meta = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = m?.getAttribute('property') || m?.getAttribute('name') || m?.getAttribute('itemprop');
    const content = m?.getAttribute('content');
    if (key && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), collapseSpace(content));
  }
  const titleEl = doc.querySelectorAll('title')[0];
  const title = titleEl ? collapseSpace(titleEl.textContent ?? '') || null : null;
  const baseHref = doc.querySelectorAll('base[href]')[0]?.getAttribute('href');
  const base = baseHref ? resolveUrl(baseHref, url) : url;
  const language = (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  return { meta, title, base, language };
}
