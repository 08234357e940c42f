import { looksLikeOrganization } from './classifyText.ts';
import type { PageScan } from './pageScan.ts';

// The organisation the page belongs to: the company of people listed without one, and the owner of
// its hotlines.
// Order: structured data names it; a legal name in the copyright line (it carries a company suffix,
// so it is checked); og:site_name; application-name; a title part that is a company name.

/** The page's organisation, or null when nothing names one. */
export function pageOrganization(scan: PageScan, structured: readonly string[]): string | null {
  const fromData = structured[0];
  if (fromData !== undefined) return fromData;
  for (const line of scan.copyrightLines) {
    const org = organizationInCopyright(line);
    if (org !== null) return org;
  }
  const site = scan.meta.get('og:site_name') ?? scan.meta.get('application-name');
  if (site !== undefined && site !== '' && site.length <= 80) return site;
  if (scan.title !== null) {
    for (const part of scan.title.split(/\s*[|\-–—_·:：]\s*/)) if (looksLikeOrganization(part)) return part;
  }
  return null;
}

/** `© 2024 上海远帆供应链管理有限公司 版权所有` → 上海远帆供应链管理有限公司. */
export function organizationInCopyright(line: string): string | null {
  const text = line
    .replace(/copyright|\(c\)|©|all rights reserved\.?|版权所有|保留所有权利/gi, '|')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–—~]\s*(?:19|20)?\d{2,4})?\b/g, '|');
  for (const piece of text.split(/\s*[|｜·•,，。]\s*/)) {
    const p = piece
      .trim()
      .replace(/\.$/, (dot) => (/(?:Inc|Ltd|Co|Corp)$/i.test(piece.trim().slice(0, -1)) ? dot : ''));
    if (p !== '' && looksLikeOrganization(p)) return p;
    if (/[\u4e00-\u9fa5]/.test(p)) {
      for (const token of p.split(/\s+/)) if (looksLikeOrganization(token)) return token;
    }
  }
  return null;
}
