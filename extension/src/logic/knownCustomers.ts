import { CUSTOMER_FIELD_SYNONYMS, managedColumnOf, mapHeader } from '@crm/shared';
import { parseEmail, parsePhone } from '@crm/shared/parse';

/** One row of the user's sheet, reduced to what the known-customer badge shows. */
export interface KnownCustomer {
  name: string;
  company: string;
  segment: string;
  nextFollowUp: string;
  /** `email:…` and `tel:+…` keys. */
  keys: string[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Builds the cached lookup from the sheet's values (header + rows): emails and phones from the
 * customer columns (core synonyms), segment and next follow-up from the managed columns
 * 客户分群 / Segment and 下次跟进 / Next follow-up when the add-on or CLI has written them.
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
    const keys: string[] = [];
    const email = parseEmail(at(row, columns.email));
    if (email.ok && email.value) keys.push(`email:${email.value}`);
    for (const column of [columns.mobile, columns.phone]) {
      const phone = parsePhone(at(row, column), region);
      if (phone.ok && phone.value) keys.push(`tel:${phone.value}`);
    }
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

/** The known customer matching any of the (already normalised) emails / E.164 phones. */
export function findKnownCustomer(
  known: readonly KnownCustomer[],
  emails: readonly string[],
  phones: readonly string[],
): KnownCustomer | null {
  const wanted = new Set([
    ...emails.map((e) => `email:${e.toLowerCase()}`),
    ...phones.map((p) => `tel:${p}`),
  ]);
  if (wanted.size === 0) return null;
  return known.find((k) => k.keys.some((key) => wanted.has(key))) ?? null;
}
