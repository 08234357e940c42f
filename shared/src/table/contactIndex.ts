import type { CustomerRecord } from '../model/records.ts';
import { parseEmail } from '../parse/parseEmail.ts';
import { parsePhone } from '../parse/parsePhone.ts';
import type { ContactKind } from './readerProblem.ts';

/**
 * An email or phone of the orders as the customer table keeps one: an email trimmed and
 * lower-cased (parseEmail), a phone in E.164 (parsePhone, numbers without a country code read in
 * `region`), so that `Emily.Chen@Example.com ` is emily.chen@example.com and `13800138000`,
 * `+86 138 0013 8000` are +8613800138000. A cell neither parser takes is kept as its trimmed,
 * lower-cased text: it matches no customer, and the unknown-customer issue names it.
 */
export function contactKeyOf(value: string, by: ContactKind, region: string): string {
  const parsed = by === 'email' ? parseEmail(value) : parsePhone(value, region);
  return parsed.ok && parsed.value !== null ? parsed.value : value.trim().toLowerCase();
}

/**
 * The record index of each email or phone of the orders (`values`, as written), or −1 for one no
 * customer has: orders without a customer id matched by `by`. A phone matches the customer's
 * mobile or phone (one number space, as contactKeys has it). Where two rows share a value, the
 * first row gets the orders, as with a customer id written twice. One lookup per distinct value.
 */
export function contactIndexesOf(
  records: readonly CustomerRecord[],
  values: readonly string[],
  by: ContactKind,
  region: string,
): Int32Array {
  const recordOf = new Map<string, number>();
  const keep = (key: string | null, index: number) => {
    if (key !== null && !recordOf.has(key)) recordOf.set(key, index);
  };
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as CustomerRecord;
    if (by === 'email') keep(record.email, i);
    else {
      keep(record.mobile, i);
      keep(record.phone, i);
    }
  }
  const indexes = new Int32Array(values.length);
  for (let key = 0; key < values.length; key++)
    indexes[key] = recordOf.get(contactKeyOf(values[key] as string, by, region)) ?? -1;
  return indexes;
}
