import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { isBareOrgSuffix, looksLikeOrganization } from './classifyText.ts';
import type { PageScan } from './pageBlocks.ts';
import { siteDomain } from './siteDomain.ts';

// The organisation the page belongs to: the company of its own people listed without one, and the
// owner of its hotlines. Order: what structured data names; the site name (og:site_name,
// application-name), or the legal name in the copyright line when it spells the site name out
// ("Brightwave" → "Brightwave, Inc."); the legal name alone (it carries a company suffix, so it is
// checked); a title part that spells the domain (whole, or shortened as lonestarpt.com shortens
// Lone Star Physical Therapy) or carries a company suffix. A suffix in
// traditional characters (集團, 有限責任公司) is recognised folded; the name keeps its characters.

/** The page's organisation, or null when nothing names one. */
export function pageOrganization(
  scan: PageScan,
  structured: readonly string[],
  url: string | undefined,
): string | null {
  const fromData = structured[0];
  if (fromData !== undefined) return fromData;
  const legal = legalName(scan.copyrightLines);
  const site = scan.meta.get('og:site_name') ?? scan.meta.get('application-name');
  if (site !== undefined && site !== '' && site.length <= 80) {
    return legal !== null && letters(legal).includes(letters(site)) ? legal : site;
  }
  if (legal !== null) return legal;
  return titleOrganization(scan.title, url);
}

function legalName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const org = organizationInCopyright(line);
    if (org !== null) return org;
  }
  return null;
}

function titleOrganization(title: string | null, url: string | undefined): string | null {
  if (title === null) return null;
  const domain = siteDomain(url)?.split('.')[0]?.replace(/-/g, '') ?? null;
  const parts = title.split(/\s*[|\-–—_·:：]\s*/);
  if (domain !== null && domain.length >= 4) {
    for (const part of parts) if (letters(part).startsWith(domain) || abbreviates(domain, part)) return part;
  }
  for (const part of parts) if (looksLikeOrganization(foldTraditional(part))) return part;
  return null;
}

/** Names of three or more words a domain may shorten; fewer are more often a person's. */
const ABBREVIATED_WORDS = 3;
/**
 * Initials the domain must use, the last word's among them: a person's own domain shortens a
 * middle name or two, never the surname (maryasmith.com, johnabsmith.com).
 */
const INITIALS = 2;

/**
 * The domain spells the name with its first word whole and the words after it whole or by their
 * initial, the last and one more at least by it: lonestarpt.com for Lone Star Physical Therapy, acmerp.com
 * for Acme Rubber Products.
 */
export function abbreviates(domain: string, name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word !== '');
  const first = words[0];
  if (words.length < ABBREVIATED_WORDS || words.length > 8 || first === undefined) return false;
  if (!domain.startsWith(first)) return false;
  // Where in the domain the words read so far can end, with the most initials used to get there.
  let at = new Map([[first.length, 0]]);
  for (let w = 1; w < words.length; w++) {
    const word = words[w] as string;
    const next = new Map<number, number>();
    const reach = (i: number, initials: number) => next.set(i, Math.max(initials, next.get(i) ?? 0));
    for (const [i, initials] of at) {
      if (w < words.length - 1 && domain.startsWith(word, i)) reach(i + word.length, initials);
      if (domain[i] === word[0]) reach(i + 1, initials + 1);
    }
    if (next.size === 0) return false;
    at = next;
  }
  return (at.get(domain.length) ?? 0) >= INITIALS;
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** `© 2024 上海远帆供应链管理有限公司 版权所有` → 上海远帆供应链管理有限公司; `© 2024 Brightwave, Inc.` → Brightwave, Inc. */
export function organizationInCopyright(line: string): string | null {
  const text = line
    .replace(/copyright|\(c\)|©|all rights reserved\.?|版权所有|版權所有|保留所有权利|保留所有權利/gi, '|')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–—~]\s*(?:19|20)?\d{2,4})?\b/g, '|');
  const pieces = text.split(
    /\s*[|｜·•。]\s*|[,，](?!\s*(?:Inc|Ltd|LLC|Co|Corp|Limited)\b)\s*|(?<!\b(?:Pte|Co|Pty|Sdn))\.\s+(?=\p{Lu})/iu,
  );
  for (const piece of pieces) {
    const p = piece
      .trim()
      .replace(/^(?:organi[sz]ed|operated|powered|run|published) by\s+/i, '')
      .replace(/\.$/, (dot) => (/(?:Inc|Ltd|Co|Corp)$/i.test(piece.trim().slice(0, -1)) ? dot : ''));
    if (p !== '' && !isBareOrgSuffix(p) && looksLikeOrganization(foldTraditional(p))) return p;
    if (/[\u4e00-\u9fa5]/.test(p)) {
      for (const token of p.split(/\s+/)) if (looksLikeOrganization(foldTraditional(token))) return token;
    }
  }
  return null;
}
