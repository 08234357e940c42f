import { CUSTOMER_FIELD_SYNONYMS, HEADER_SEARCH_ROWS, managedColumnOf, mapHeader } from '@crm/shared';
import { type ContactKey, contactKeys } from '@crm/shared/parse';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { clipHeaderRow } from './clipHeaderRow.ts';

/**
 * One row of the user's sheet, reduced to what the known-customer badge shows: no name, email
 * or phone, only hashes of the row's identity keys with its segment and next follow-up.
 */
export interface KnownCustomer {
  segment: string;
  nextFollowUp: string;
  /** keyHash of each of the row's identity keys (the core's contactKeys). */
  keys: string[];
}

/** The cached lookup, in storage.session; never used after `expiresAt`. */
export interface KnownCustomerCache {
  fetchedAt: number;
  expiresAt: number;
  /** Which sheet it was read from (a hash: the cache names no spreadsheet either). */
  source: string;
  customers: KnownCustomer[];
}

/** The cache is read again after this long, and unusable after it. */
export const KNOWN_CUSTOMER_TTL_MS = 10 * 60_000;

const HASH_DOMAIN = 'crm-clipper/known-customer/v1\u0000';

/**
 * SHA-256 of an identity key, so the cache keeps no email or phone number in plain text. A
 * phone number's hash can still be found by trying numbers; what protects the cache is that it
 * stays in memory, expires, and is dropped at sign-out and on "Delete all data".
 */
export function keyHash(key: string): string {
  return bytesToHex(sha256(utf8ToBytes(HASH_DOMAIN + key)));
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Builds the lookup from the sheet's values: the header found as the sync finds it (below any
 * title lines, see clipHeaderRow) and the rows under it. Identity keys from the email,
 * phone and WeChat columns (core synonyms; the same keys as identityKeys gives a candidate),
 * hashed; segment and next follow-up from the managed columns 客户分群 / Segment and 下次跟进 /
 * Next follow-up when the add-on or CLI has written them.
 */
export function knownCustomersFromSheet(
  values: readonly (readonly unknown[])[],
  region: string,
): KnownCustomer[] {
  const found = clipHeaderRow(values.slice(0, HEADER_SEARCH_ROWS));
  const rows = values.slice(found.row);
  const headerTexts = found.header.map(text);
  const { columns } = mapHeader(headerTexts, CUSTOMER_FIELD_SYNONYMS);
  let segmentColumn = -1;
  let followUpColumn = -1;
  headerTexts.forEach((h, i) => {
    const managed = managedColumnOf(h);
    if (managed === 'segment') segmentColumn = i;
    if (managed === 'nextFollowUp') followUpColumn = i;
  });
  const at = (row: readonly unknown[], i: number | undefined) =>
    i === undefined || i < 0 ? '' : text(row[i]);
  const out: KnownCustomer[] = [];
  for (const row of rows) {
    const keys = contactKeys(
      {
        emails: [at(row, columns.email)],
        phones: [at(row, columns.mobile), at(row, columns.phone)],
        wechats: [at(row, columns.wechat)],
      },
      region,
    );
    if (keys.length === 0) continue;
    out.push({
      segment: at(row, segmentColumn),
      nextFollowUp: at(row, followUpColumn),
      keys: keys.map(keyHash),
    });
  }
  return out;
}

/** The known customer sharing one of `keys` (a candidate's contactKeys), or null. */
export function findKnownCustomer(
  known: readonly KnownCustomer[],
  keys: readonly ContactKey[],
): KnownCustomer | null {
  if (keys.length === 0 || known.length === 0) return null;
  const wanted = new Set(keys.map(keyHash));
  return known.find((k) => k.keys.some((key) => wanted.has(key))) ?? null;
}
