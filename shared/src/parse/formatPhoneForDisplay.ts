import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * An E.164 number as people read it (`+86 21 6123 4567`); stored values stay E.164. Anything
 * that does not parse is shown as it is.
 */
export function formatPhoneForDisplay(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
