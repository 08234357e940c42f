import type { PageScan } from '../pageBlocks.ts';
import type { ContactSource, DocumentLike, ExtractedContact, PhoneRegionGuess } from '../types.ts';

/** What every reader sees of the page. */
export interface PageContext {
  readonly doc: DocumentLike;
  /** The page's address, if known. */
  readonly url: string | undefined;
  /** Region (upper case) for numbers written without a country code: the page's, else the user's. */
  readonly region: string;
  /** That region and why it was chosen (shown with every number read in it). */
  readonly phoneRegion: PhoneRegionGuess;
  /** The region is a site builder's default, as weak as none (isBuilderDefaultRegion). */
  readonly builderDefaultRegion: boolean;
  /** Base for relative links: the page's <base href> or address. */
  readonly base: string | undefined;
  /** The one walk over the visible page: its block tree, meta tags, title, copyright lines. */
  readonly scan: PageScan;
}

/** Contacts and the organisations that structured data says it describes. */
export interface StructuredReading {
  contacts: ExtractedContact[];
  /** Organisation names, the page's own first; they decide the page's organisation. */
  organizations: string[];
}

/** Reads structured data (JSON-LD, microdata, h-card), which names its own organisations. */
export interface StructuredReader {
  readonly kind: 'structured';
  /** The sources its contacts carry. */
  readonly sources: readonly ContactSource[];
  read(page: PageContext): StructuredReading;
}

/**
 * Reads loose page content (text, links, meta tags). Its contacts take the page's organisation
 * when they name none, so it runs after every structured reader.
 */
export interface PageReader {
  readonly kind: 'page';
  /** The sources its contacts carry. */
  readonly sources: readonly ContactSource[];
  read(page: PageContext, pageOrganization: string | null): ExtractedContact[];
}

/** One source of contacts on a page; registered in CONTACT_READERS (readers/index.ts). */
export type ContactReader = StructuredReader | PageReader;
