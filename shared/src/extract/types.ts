/**
 * Minimal structural views of the DOM that the extractor reads. A browser `Document` and
 * linkedom's `Document` both satisfy them, so the same code runs in the page (injected by the
 * extension), in the Node CLI and in tests, while the core stays free of the DOM lib.
 */
export interface NodeLike {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
}

export interface ElementLike extends NodeLike {
  readonly tagName: string;
  /** Lower-case tag name for HTML elements. */
  readonly localName: string;
  readonly children: ArrayLike<ElementLike>;
  readonly parentElement: ElementLike | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
}

export interface DocumentLike {
  readonly childNodes: ArrayLike<NodeLike>;
  readonly documentElement: ElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
}

/**
 * Where a contact was found, most trusted first; the side panel shows it next to the confidence.
 * Every other list of sources (the extension's schemas, merge ranking) derives from this one.
 */
export const CONTACT_SOURCES = [
  'json-ld',
  'h-card',
  'microdata',
  'selection',
  'link',
  'text',
  'meta',
] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** A contact candidate found on a page or in a selection. */
export interface ExtractedContact {
  name: string | null;
  title: string | null;
  organization: string | null;
  emails: string[];
  /** E.164, e.g. +8613912345678. */
  phones: string[];
  address: string | null;
  /** Websites and social profiles (LinkedIn, Weibo, GitHub, X/Twitter, Facebook, WeChat official accounts …). */
  urls: string[];
  source: ContactSource;
  /** 0..1: by source (structured data high, free text lower) and completeness. */
  confidence: number;
  /** Where it was found, short human text, e.g. 'JSON-LD Person' or 'mailto link in .team-card'. */
  evidence: string;
}

export interface ExtractOptions {
  /** The page's address: resolves relative links and gives the page's host. */
  url?: string;
  /** Default phone region for numbers written without a country code, e.g. 'CN'. */
  region: string;
  /** Stop walking the page after this many nodes (default 60,000). */
  maxNodes?: number;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
