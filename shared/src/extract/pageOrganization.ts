import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { isBareOrgSuffix, looksLikeOrganization } from './classifyText.ts';
import type { PageScan } from './pageBlocks.ts';
import { siteDomain } from './siteDomain.ts';

// The organisation the page belongs to: the company of its own people listed without one, and the
// owner of its hotlines. Order: what structured data names; the site name (og:site_name,
// application-name), or the legal name in the copyright line when it spells the site name out
// ("Brightwave" → "Brightwave, Inc."); the legal name alone (it carries a company suffix, so it is
// checked); a title part that spells the domain or carries a company suffix. A suffix in
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
  for (const part of parts)
    if (domain !== null && domain.length >= 4 && letters(part).startsWith(domain)) return part;
  for (const part of parts) if (looksLikeOrganization(foldTraditional(part))) return part;
  return null;
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
