import type { CustomerRecord } from '../model/records.ts';

/**
 * The contact values that identify a person exactly: the normalised email and every phone number
 * (mobile and phone share one key space, so a mobile typed into the phone column still matches).
 * Each key reads as it will appear in `matchedOn`, e.g. `email: li@x.com` or `phone: +8613912345678`.
 */
export function exactDuplicateKeys(record: CustomerRecord): string[] {
  const keys: string[] = [];
  const email = record.email?.normalize('NFKC').trim().toLowerCase();
  if (email) keys.push(`email: ${email}`);
  const mobile = record.mobile?.replace(/\s+/g, '');
  if (mobile) keys.push(`phone: ${mobile}`);
  const phone = record.phone?.replace(/\s+/g, '');
  if (phone && phone !== mobile) keys.push(`phone: ${phone}`);
  return keys;
}
