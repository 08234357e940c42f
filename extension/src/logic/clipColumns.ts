import { CONSENT_FIELD_SYNONYMS, CUSTOMER_FIELD_SYNONYMS, LANGUAGES, type Language } from '@crm/shared';
import type { Clip } from '../model/clip.ts';
import { TEXTS } from '../texts/index.ts';
import { CLIP_COLUMNS, type ClipColumn } from './clipColumnList.ts';

export { CLIP_COLUMNS, type ClipColumn };

/** Header spellings a column is also recognised by, besides the catalogue's zh and en headers. */
const OTHER_SPELLINGS: Record<ClipColumn, readonly string[]> = {
  clipId: ['clip_id', 'ClipID'],
  name: CUSTOMER_FIELD_SYNONYMS.name,
  company: CUSTOMER_FIELD_SYNONYMS.company,
  title: CUSTOMER_FIELD_SYNONYMS.title,
  mobile: CUSTOMER_FIELD_SYNONYMS.mobile,
  phone: CUSTOMER_FIELD_SYNONYMS.phone,
  email: CUSTOMER_FIELD_SYNONYMS.email,
  wechat: CUSTOMER_FIELD_SYNONYMS.wechat,
  address: CUSTOMER_FIELD_SYNONYMS.address,
  website: ['网址', '主页', 'URL', 'Homepage', 'Web'],
  owner: CUSTOMER_FIELD_SYNONYMS.owner,
  tags: CUSTOMER_FIELD_SYNONYMS.tags,
  legalBasis: CONSENT_FIELD_SYNONYMS.legalBasis,
  purpose: CONSENT_FIELD_SYNONYMS.purpose,
  informedOn: CONSENT_FIELD_SYNONYMS.informedOn,
  source: CUSTOMER_FIELD_SYNONYMS.source,
  clippedAt: ['采集时间', 'Captured at'],
  note: CUSTOMER_FIELD_SYNONYMS.note,
};

/**
 * Header synonyms per column for mapping an existing sheet: the headers the extension writes (in
 * every language, so a sheet started in Chinese is still read by an English browser) first, then
 * the other spellings.
 */
export const CLIP_COLUMN_SYNONYMS: Record<ClipColumn, readonly string[]> = (() => {
  const synonyms: Partial<Record<ClipColumn, readonly string[]>> = {};
  for (const c of CLIP_COLUMNS) {
    synonyms[c] = [...new Set([...LANGUAGES.map((l) => TEXTS[l].clipColumns[c]), ...OTHER_SPELLINGS[c]])];
  }
  return synonyms as Record<ClipColumn, readonly string[]>;
})();

/** The header a new sheet or CSV gets, in `language`. */
export function clipHeader(language: Language): string[] {
  return CLIP_COLUMNS.map((c) => TEXTS[language].clipColumns[c]);
}

/** Chinese mobile numbers go to 手机 / Mobile, everything else to 电话 / Phone. */
const CN_MOBILE = /^\+861[3-9]\d{9}$/;

/** Cell texts of a clip per column (empty string for nothing). */
export function clipCells(clip: Clip): Record<ClipColumn, string> {
  const c = clip.contact;
  const mobiles = c.phones.filter((p) => CN_MOBILE.test(p));
  const others = c.phones.filter((p) => !CN_MOBILE.test(p));
  const mobile = mobiles[0] ?? '';
  const phone = others[0] ?? (mobiles.length > 1 ? (mobiles[1] ?? '') : '');
  const used = new Set([mobile, phone]);
  const extraPhones = c.phones.filter((p) => !used.has(p));
  // A cell holds one email and one number (the core flags lists); the rest go to the note, not lost.
  const extras = [
    ...c.emails.slice(1).map((e) => `Email: ${e}`),
    ...extraPhones.map((p) => `Tel: ${p}`),
    ...c.socialUrls.map((u) => u),
  ];
  const note = [c.note ?? '', ...extras].filter((s) => s !== '').join('\n');
  return {
    clipId: clip.id,
    name: c.name ?? '',
    company: c.organization ?? '',
    title: c.title ?? '',
    mobile,
    phone,
    email: c.emails[0] ?? '',
    wechat: c.wechat ?? '',
    address: c.address ?? '',
    website: c.website ?? '',
    owner: c.owner ?? '',
    tags: c.tags.join(', '),
    legalBasis: c.legalBasis,
    purpose: c.purpose ?? '',
    informedOn: c.informedOn ?? '',
    source: clip.origin.url ?? '',
    clippedAt: clip.createdAt.slice(0, 10),
    note,
  };
}
