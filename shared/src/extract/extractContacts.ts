import { mergeContacts } from './mergeContacts.ts';
import { pageOrganization } from './pageOrganization.ts';
import type { PageScan } from './pageScan.ts';
import type { ContactReader, PageContext } from './readers/contactReader.ts';
import { CONTACT_READERS } from './readers/index.ts';
import { scanPage } from './scanPage.ts';
import type { DocumentLike, ExtractedContact, ExtractOptions } from './types.ts';

const DEFAULT_MAX_NODES = 60_000;

/**
 * Contact candidates on a page, from every reader in CONTACT_READERS: schema.org JSON-LD and
 * microdata, microformats h-card, mailto:/tel: links, emails and phones in visible text with the
 * names, titles and companies next to them, social profile links and Open Graph contact tags.
 * Candidates that share an email or phone are merged; each has a source, a short evidence text
 * and a confidence (0..1), highest first. Never throws: a reader that fails on odd markup is
 * skipped.
 */
export function extractContacts(doc: DocumentLike, options: ExtractOptions): ExtractedContact[] {
  return extractWithReaders(doc, options, CONTACT_READERS);
}

/** extractContacts with the given readers instead of all of CONTACT_READERS, e.g. one alone. */
export function extractWithReaders(
  doc: DocumentLike,
  options: ExtractOptions,
  readers: readonly ContactReader[],
): ExtractedContact[] {
  const region = (options.region || 'CN').toUpperCase();
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const scan = attempt(() => scanPage(doc, region, options.url, maxNodes), emptyScan(options.url));
  const page: PageContext = { doc, region, base: scan.base, scan };
  // Structured data first: the organisations it names decide the page's organisation, which
  // the page readers give to people listed without a company.
  const found = new Map<ContactReader, ExtractedContact[]>();
  const organizations: string[] = [];
  for (const reader of readers) {
    if (reader.kind !== 'structured') continue;
    const reading = attempt(() => reader.read(page), { contacts: [], organizations: [] });
    found.set(reader, reading.contacts);
    organizations.push(...reading.organizations);
  }
  const pageOrg = pageOrganization(scan, organizations);
  for (const reader of readers) {
    if (reader.kind === 'page')
      found.set(
        reader,
        attempt(() => reader.read(page, pageOrg), []),
      );
  }
  const candidates = readers.flatMap((reader) => found.get(reader) ?? []);
  return mergeContacts(candidates.filter(isContact));
}

function attempt<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    // A DOM implementation or a page we did not foresee: lose this reader, not the whole result.
    return fallback;
  }
}

function emptyScan(url: string | undefined): PageScan {
  return { segments: [], meta: new Map(), title: null, base: url, copyrightLines: [], truncated: false };
}

function isContact(c: ExtractedContact): boolean {
  return c.name !== null || c.organization !== null || c.emails.length + c.phones.length > 0;
}
