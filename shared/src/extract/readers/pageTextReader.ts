import { countryOfNumber } from '../../parse/parsePhone.ts';
import { foldTraditional } from '../../parse/simplifiedChinese.ts';
import { looksLikeOrganization } from '../classifyText.ts';
import { countryOfAddress } from '../countryOfAddress.ts';
import { emptyContact } from '../emptyContact.ts';
import { groupContacts, type PageFacts, sharedCompanyLines } from '../groupContacts.ts';
import { groupPeople, type PersonGroup } from '../groupPeople.ts';
import { factsOf } from '../lineFacts.ts';
import { type Line, linesOf } from '../pageBlocks.ts';
import { regionOfMailbox } from '../phoneRegionEvidence.ts';
import { emailFitsSite, siteDomain } from '../siteDomain.ts';
import { pushUnique } from '../text.ts';
import type { ExtractedContact } from '../types.ts';
import type { PageContext, PageReader } from './contactReader.ts';

/**
 * People in visible text and mailto:/tel: links, one contact per person (groupPeople.ts), and the
 * company's own lines, mailboxes and profile links (outside any person's lines) as one contact
 * for the page's organisation.
 */
export const pageTextReader: PageReader = {
  kind: 'page',
  sources: ['text', 'link'],
  read(page, pageOrganization) {
    const facts = pageFacts(page, pageOrganization);
    const groups = groupPeople(page.scan.root, facts);
    facts.directory = manyCompanies(groups, facts.site);
    facts.sharedLines = sharedCompanyLines(groups);
    const contacts = groups.flatMap((group) => groupContacts(group, facts));
    // Profile links outside every group are the page's own; a group's links (a person's, a
    // sponsor's) stay with it.
    const urls: string[] = [];
    if (page.scan.linkLines.length > 0) {
      const grouped = new Set<Line>(groups.flatMap((g) => g.lines));
      for (const line of page.scan.linkLines) {
        if (!grouped.has(line)) for (const url of line.urls) pushUnique(urls, url);
      }
    }
    if (urls.length === 0 || pageOrganization === null) return contacts;
    const organization: ExtractedContact = {
      ...emptyContact('link', { kind: 'profile-links' }),
      organization: pageOrganization,
      urls,
    };
    return [...contacts, organization];
  },
};

function pageFacts(page: PageContext, organization: string | null): PageFacts {
  const { scan } = page;
  const notNames = new Set<string>();
  for (const name of [scan.meta.get('og:site_name'), scan.meta.get('application-name'), organization]) {
    if (name !== undefined && name !== null) notNames.add(name.toLowerCase());
  }
  // A title part naming a company (not one naming a person: "Kevin Liu | LinkedIn" is about him).
  for (const part of (scan.title ?? '').split(/\s*[|\-–—_·:：]\s*/)) {
    if (looksLikeOrganization(foldTraditional(part))) notNames.add(part.toLowerCase());
  }
  const facts: PageFacts = {
    notNames,
    organization,
    site: siteDomain(page.url),
    phoneRegion: page.phoneRegion,
    addressRegion: null,
    directory: false,
  };
  if (page.phoneRegion.basis === 'default' || page.builderDefaultRegion) {
    const lines = linesOf(scan.root);
    facts.addressRegion = pageAddressCountry(lines, facts);
    facts.mailboxRegion = pageMailboxCountry(lines, page.phoneRegion.region);
    if (page.builderDefaultRegion) facts.numbersRegion = pageNumbersCountry(lines, page.phoneRegion.region);
  }
  return facts;
}

/**
 * The one country the page's mailboxes are at (enquiry@khenghoe.com.sg, weiming.ong@….com.sg),
 * when two or more are at a country's domain and all of those at the same country's, not the
 * default region's: a company's page whose staff write from its own country's domain. Mailboxes
 * at generic domains (.com, gmail.com) say nothing either way; two countries say nothing at all.
 */
function pageMailboxCountry(lines: readonly Line[], fallback: string): string | null {
  const country = soleCountry(mailboxRegions(lines));
  return country !== fallback ? country : null;
}

function* mailboxRegions(lines: readonly Line[]): Generator<string | null> {
  for (const line of lines) for (const email of line.emails) yield regionOfMailbox(email);
}

/**
 * The one country of the numbers the page writes with their country code (tel:+234…, +234 818 …),
 * when two or more are another country's than `fallback` and none is a third's: a Lagos firm's
 * page under a site builder's en-US writes its own numbers so.
 */
function pageNumbersCountry(lines: readonly Line[], fallback: string): string | null {
  return soleCountry(numberRegions(lines, fallback));
}

/** The country of each number written with its country code, null for `fallback`'s. */
function* numberRegions(lines: readonly Line[], fallback: string): Generator<string | null> {
  for (const line of lines)
    for (const hit of line.phones) {
      if (hit.national || hit.e164 === '') continue;
      const region = countryOfNumber(hit.e164);
      yield region === fallback ? null : region;
    }
}

/**
 * The one country `regions` name (nulls say nothing), when they name it twice or more and no
 * other; null when they name two countries or one only once.
 */
function soleCountry(regions: Iterable<string | null>): string | null {
  let country: string | null = null;
  let seen = 0;
  for (const region of regions) {
    if (region === null) continue;
    if (country !== null && region !== country) return null;
    country = region;
    seen++;
  }
  return seen >= 2 ? country : null;
}

/** The country of the first address on the page (only looked for when nothing else gives a region). */
function pageAddressCountry(lines: readonly Line[], facts: PageFacts): string | null {
  for (const line of lines) {
    if (line.text.length > 160 || !/\d/.test(line.text)) continue;
    const address = factsOf(line, facts).address;
    const country = address === null ? null : countryOfAddress(address);
    if (country !== null) return country;
  }
  return null;
}

/** People's emails at two or more company domains other than the site's own. */
function manyCompanies(groups: readonly PersonGroup[], site: string | null): boolean {
  const domains = new Set<string>();
  for (const group of groups) {
    if (group.name === null) continue;
    for (const line of group.lines) {
      for (const email of line.emails)
        if (!emailFitsSite(email, site)) domains.add(siteDomain(`https://${email.split('@')[1]}`) ?? '');
    }
  }
  return domains.size >= 2;
}
