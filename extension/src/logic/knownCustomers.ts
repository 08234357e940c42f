import { CUSTOMER_FIELD_SYNONYMS, managedColumnOf, mapHeader } from '@crm/shared';
import { type ContactKey, contactKeys } from '@crm/shared/parse';

/** One row of the user's sheet, reduced to what the known-customer badge shows. */
export interface KnownCustomer {
  name: string;
  company: string;
  segment: string;
  nextFollowUp: string;
  /** The row's identity keys (the core's contactKeys): `email:…` and `tel:+…`. */
  keys: ContactKey[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Builds the cached lookup from the sheet's values (header + rows): identity keys from the email
 * and phone columns (core synonyms), segment and next follow-up from the managed columns
 * 客户分群 / Segment and 下次跟进 / Next follow-up when the add-on or CLI has written them. WeChat
 * ids are left out: page candidates carry none, so a WeChat key could never match.
 */
export function knownCustomersFromSheet(
  values: readonly (readonly unknown[])[],
  region: string,
): KnownCustomer[] {
  const [header = [], ...rows] = values;
  const headerTexts = header.map(text);
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
      { emails: [at(row, columns.email)], phones: [at(row, columns.mobile), at(row, columns.phone)] },
      region,
    );
    if (keys.length === 0) continue;
    out.push({
      name: at(row, columns.name),
      company: at(row, columns.company),
      segment: at(row, segmentColumn),
      nextFollowUp: at(row, followUpColumn),
      keys,
    });
  }
  return out;
}

/** The known customer sharing one of `keys` (a candidate's contactKeys), or null. */
export function findKnownCustomer(
  known: readonly KnownCustomer[],
  keys: readonly ContactKey[],
): KnownCustomer | null {
  if (keys.length === 0) return null;
  const wanted = new Set<string>(keys);
  return known.find((k) => k.keys.some((key) => wanted.has(key))) ?? null;
}
