import type { CustomerRecord } from '../model/records.ts';
import type { DuplicateMatch } from '../model/results.ts';

/**
 * The contact values that identify a person exactly: the normalised email and every phone number
 * (mobile and phone share one key space, so a mobile typed into the phone column still matches).
 * Keys are `email:li@x.com` / `phone:+8613912345678`; matchOfKey turns one back into data.
 */
export function exactDuplicateKeys(record: CustomerRecord): string[] {
  const keys: string[] = [];
  const email = record.email?.normalize('NFKC').trim().toLowerCase();
  if (email) keys.push(`email:${email}`);
  const mobile = record.mobile?.replace(/\s+/g, '');
  if (mobile) keys.push(`phone:${mobile}`);
  const phone = record.phone?.replace(/\s+/g, '');
  if (phone && phone !== mobile) keys.push(`phone:${phone}`);
  return keys;
}

/** The match a key of exactDuplicateKeys stands for. */
export function matchOfKey(key: string): DuplicateMatch {
  const colon = key.indexOf(':');
  return { on: key.slice(0, colon) === 'email' ? 'email' : 'phone', value: key.slice(colon + 1) };
}
