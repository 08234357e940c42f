import { normalizeEmail } from './findEmails.ts';
import { normalizePhone } from './findPhones.ts';
import { mergeContacts } from './mergeContacts.ts';
import { pageOrganization } from './pageOrganization.ts';
import { readHCards } from './readHCards.ts';
import { readJsonLd } from './readJsonLd.ts';
import { readMicrodata } from './readMicrodata.ts';
import type { SchemaOrgResult } from './readSchemaOrg.ts';
import { type PageScan, scanPage } from './scanPage.ts';
import { segmentContacts } from './segmentContacts.ts';
import type { DocumentLike, ExtractedContact, ExtractOptions } from './types.ts';

const DEFAULT_MAX_NODES = 60_000;

/**
 * Contact candidates on a page (issue 4, capability 1): schema.org JSON-LD and microdata,
 * microformats h-card, mailto:/tel: links, emails and phones in visible text with the names,
 * titles and companies next to them, and social profile links. Candidates that share an email
 * or phone are merged; each has a source, a short evidence text and a confidence (0..1),
 * highest first. Never throws: a reader that fails on odd markup is skipped.
 */
export function extractContacts(doc: DocumentLike, options: ExtractOptions): ExtractedContact[] {
  const region = (options.region || 'CN').toUpperCase();
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const scan = attempt<PageScan>(() => scanPage(doc, region, options.url, maxNodes), {
    segments: [],
    meta: new Map(),
    title: null,
    base: options.url,
    copyrightLines: [],
    truncated: false,
  });
  const none: SchemaOrgResult = { contacts: [], organizations: [] };
  const jsonLd = attempt(() => readJsonLd(doc, region), none);
  const microdata = attempt(() => readMicrodata(doc, region, scan.base), none);
  const hCards = attempt(() => readHCards(doc, { region, base: scan.base }), []);
  const pageOrg = pageOrganization(scan, [...jsonLd.organizations, ...microdata.organizations]);
  const fromText = attempt(() => segmentContacts(scan, pageOrg), {
    contacts: [],
    pageUrls: [],
    pageAddress: null,
  });
  const candidates = [...jsonLd.contacts, ...hCards, ...microdata.contacts, ...fromText.contacts];
  const meta = metaContact(scan.meta, region, pageOrg);
  if (meta !== null) candidates.push(meta);
  if ((fromText.pageUrls.length > 0 || fromText.pageAddress !== null) && pageOrg !== null) {
    candidates.push({
      ...blank(),
      organization: pageOrg,
      address: fromText.pageAddress,
      urls: fromText.pageUrls,
      source: fromText.pageUrls.length > 0 ? 'link' : 'text',
      evidence: fromText.pageUrls.length > 0 ? 'social profile links on the page' : 'address on the page',
    });
  }
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

function isContact(c: ExtractedContact): boolean {
  return c.name !== null || c.organization !== null || c.emails.length + c.phones.length > 0;
}

function blank(): ExtractedContact {
  return {
    name: null,
    title: null,
    organization: null,
    emails: [],
    phones: [],
    address: null,
    urls: [],
    source: 'meta',
    confidence: 0,
    evidence: '',
  };
}

/** Open Graph contact tags (og:email, og:phone_number, business:contact_data:*). */
function metaContact(
  meta: Map<string, string>,
  region: string,
  pageOrg: string | null,
): ExtractedContact | null {
  const contact: ExtractedContact = { ...blank(), organization: pageOrg, evidence: 'meta tags' };
  for (const key of ['og:email', 'business:contact_data:email']) {
    const email = normalizeEmail(meta.get(key) ?? '');
    if (email !== null && !contact.emails.includes(email)) contact.emails.push(email);
  }
  for (const key of ['og:phone_number', 'business:contact_data:phone_number']) {
    const phone = normalizePhone(meta.get(key) ?? '', region);
    if (phone !== null && !contact.phones.includes(phone)) contact.phones.push(phone);
  }
  return contact.emails.length + contact.phones.length > 0 ? contact : null;
}
