import type { EvidenceItem } from './evidence.ts';

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
  /** Sibling pointers: the page walk follows them, much cheaper in a browser than indexing childNodes. */
  readonly firstChild: NodeLike | null;
  readonly nextSibling: NodeLike | null;
  readonly parentElement: ElementLike | null;
}

export interface ElementLike extends NodeLike {
  readonly tagName: string;
  /** Lower-case tag name for HTML elements. */
  readonly localName: string;
  readonly children: ArrayLike<ElementLike>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  /** Any attribute at all: one cheap call spares the walk four lookups on a bare <li> or <span>. */
  hasAttributes(): boolean;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
}

export interface DocumentLike {
  readonly childNodes: ArrayLike<NodeLike>;
  readonly firstChild: NodeLike | null;
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

/**
 * Why a phone number written without a country code was read in a region, strongest first (after an
 * explicit +CC, which needs no guess): the page's `lang`, the country of its domain, the country
 * of an address next to the number, the country of the card's own mailbox (.com.hk, .co.uk) or of
 * all the page's mailboxes, the one country of the numbers the page writes with their country
 * code, and last the user's default region.
 */
export const PHONE_REGION_BASES = [
  'page-language',
  'domain',
  'address',
  'email-domain',
  'page-numbers',
  'default',
] as const;
export type PhoneRegionBasis = (typeof PHONE_REGION_BASES)[number];

/** The region numbers without a country code were read in, and why. */
export interface PhoneRegionGuess {
  /** ISO 3166-1 alpha-2, e.g. 'US'. */
  region: string;
  basis: PhoneRegionBasis;
}

/** A contact candidate found on a page or in a selection. */
export interface ExtractedContact {
  name: string | null;
  title: string | null;
  organization: string | null;
  emails: string[];
  /** E.164, e.g. +8613912345678. */
  phones: string[];
  /** A WeChat id (微信号), or the phone number the account is registered with. */
  wechat: string | null;
  /** Set when a phone on the card was written without a country code: the region it was read in. */
  phoneRegion: PhoneRegionGuess | null;
  address: string | null;
  /** Websites and social profiles (LinkedIn, Weibo, GitHub, X/Twitter, Facebook, WeChat official accounts …). */
  urls: string[];
  source: ContactSource;
  /** 0..1: by source (structured data high, free text lower) and completeness. */
  confidence: number;
  /** Where it was found, as data (describeEvidence words it): one item per candidate merged into it. */
  evidence: EvidenceItem[];
}

export interface ExtractOptions {
  /** The page's address: resolves relative links and gives the page's host (and its country). */
  url?: string;
  /**
   * The user's default phone region, e.g. 'CN': used for numbers written without a country code
   * when the page itself (its language, domain or an address) does not say.
   */
  region: string;
  /** The page's language (<html lang>), for text read without its document (a selection). */
  language?: string;
  /** Stop reading the page after this many milliseconds (default 1,000); the result says it was cut short. */
  timeBudgetMs?: number;
  /** The clock the budget is measured with (milliseconds); tests pass a fake one. */
  now?: () => number;
}

/** A page's contacts and how the page was read. */
export interface PageExtraction {
  contacts: ExtractedContact[];
  /** The time budget ran out before the whole page was read (likely contact regions were read first). */
  truncated: boolean;
  /** The region numbers without a country code were read in, unless a nearby address said otherwise. */
  phoneRegion: PhoneRegionGuess;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
