import { isNationalPhoneValue, normalizePhone } from './findPhones.ts';
import { pushUnique } from './text.ts';
import type { ExtractedContact, PhoneRegionGuess } from './types.ts';

/**
 * Adds one structured phone value (JSON-LD telephone, h-card tel, a meta tag) to a contact, read
 * in the page's region; a value without a country code marks the contact with that guess.
 */
export function addPhoneValue(contact: ExtractedContact, value: string, region: PhoneRegionGuess): void {
  const phone = normalizePhone(value, region.region);
  if (phone === null) return;
  pushUnique(contact.phones, phone);
  if (isNationalPhoneValue(value)) contact.phoneRegion ??= region;
}
