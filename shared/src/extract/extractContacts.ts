import { mergeContacts } from './mergeContacts.ts';
import { newBlock, type PageScan } from './pageBlocks.ts';
import { type PageHead, pageHead } from './pageHead.ts';
import { pageOrganization } from './pageOrganization.ts';
import { isBuilderDefaultRegion, pagePhoneRegion, regionOfTelLinks } from './phoneRegionEvidence.ts';
import type { ContactReader, PageContext } from './readers/contactReader.ts';
import { CONTACT_READERS } from './readers/index.ts';
import { scanPage } from './scanPage.ts';
import { timeBudget } from './timeBudget.ts';
import type {
  DocumentLike,
  ExtractedContact,
  ExtractOptions,
  PageExtraction,
  PhoneRegionGuess,
} from './types.ts';

/**
 * Enough for a 150,000-node page in Chromium on a slow, busy machine (about 0.35–0.6 s measured);
 * the panel should answer a click within about a second, even on a larger page.
 */
const DEFAULT_TIME_BUDGET_MS = 1_000;

/**
 * Contact candidates on a page, one per person, from every reader in CONTACT_READERS: schema.org
 * JSON-LD and microdata, microformats h-card, and the people in visible text and mailto:/tel:
 * links with their names, titles, companies and WeChat ids (the company's own lines apart),
 * social profile links and Open Graph contact tags. Candidates that share an email or phone are
 * merged; each has a source, where it was found (evidence) and a confidence (0..1), highest first. Reads
 * within a time budget, likely contact regions first, and says when it was cut short. Never
 * throws: a reader that fails on odd markup is skipped.
 */
export function extractPage(doc: DocumentLike, options: ExtractOptions): PageExtraction {
  return extractWithReaders(doc, options, CONTACT_READERS);
}

/** The contacts of extractPage. */
export function extractContacts(doc: DocumentLike, options: ExtractOptions): ExtractedContact[] {
  return extractPage(doc, options).contacts;
}

/** extractPage with the given readers instead of all of CONTACT_READERS, e.g. one alone. */
export function extractWithReaders(
  doc: DocumentLike,
  options: ExtractOptions,
  readers: readonly ContactReader[],
): PageExtraction {
  const budget = timeBudget(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, options.now ?? Date.now);
  const head = attempt(() => pageHead(doc, options.url), emptyHead(options.url));
  const builderDefault = isBuilderDefaultRegion(head.language, options.url);
  // A site builder's en-US gives way to the country the page's tel: links call.
  const called = builderDefault ? attempt(() => regionOfTelLinks(telHrefs(doc)), null) : null;
  const phoneRegion: PhoneRegionGuess =
    called === null
      ? pagePhoneRegion(head.language, options.url, (options.region || 'CN').toUpperCase())
      : { region: called, basis: 'page-numbers' };
  const builderDefaultRegion = builderDefault && called === null;
  const scan = attempt(() => scanPage(doc, head, phoneRegion, budget, builderDefaultRegion), emptyScan(head));
  const page: PageContext = {
    doc,
    url: options.url,
    region: phoneRegion.region,
    phoneRegion,
    builderDefaultRegion,
    base: head.base,
    scan,
  };
  // Structured data first: the organisations it names decide the page's organisation, which
  // the page readers give to the page's own people listed without a company.
  const found = new Map<ContactReader, ExtractedContact[]>();
  const organizations: string[] = [];
  for (const reader of readers) {
    if (reader.kind !== 'structured') continue;
    const reading = attempt(() => reader.read(page), { contacts: [], organizations: [] });
    found.set(reader, reading.contacts);
    organizations.push(...reading.organizations);
  }
  const pageOrg = pageOrganization(scan, organizations, options.url);
  for (const reader of readers) {
    if (reader.kind === 'page')
      found.set(
        reader,
        attempt(() => reader.read(page, pageOrg), []),
      );
  }
  const candidates = readers.flatMap((reader) => found.get(reader) ?? []);
  return { contacts: mergeContacts(candidates.filter(isContact)), truncated: scan.truncated, phoneRegion };
}

function attempt<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    // A DOM implementation or a page we did not foresee: lose this reader, not the whole result.
    return fallback;
  }
}

/** The hrefs of a page's tel: links, the first 200. */
function telHrefs(doc: DocumentLike): string[] {
  const links = doc.querySelectorAll('a[href^="tel:"]');
  const hrefs: string[] = [];
  for (let i = 0; i < links.length && i < 200; i++) hrefs.push(links[i]?.getAttribute('href') ?? '');
  return hrefs;
}

function emptyHead(url: string | undefined): PageHead {
  return { meta: new Map(), title: null, base: url, language: '' };
}

function emptyScan(head: PageHead): PageScan {
  return {
    root: newBlock(null, '#root', null),
    linkLines: [],
    ...head,
    copyrightLines: [],
    truncated: false,
  };
}

function isContact(c: ExtractedContact): boolean {
  return c.name !== null || c.organization !== null || c.emails.length + c.phones.length > 0;
}
