import {
  type CountryCode,
  isSupportedCountry,
  type MetadataJson,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import { isMainlandMobileE164, MAINLAND_MOBILE, MAINLAND_MOBILE_SHAPE } from './mainlandMobile.ts';
import { numberByNumberingPlan } from './numberingPlans.ts';
import { PHONE_METADATA } from './phoneMetadata.ts';

/**
 * E.164 (ITU-T E.164 §6): a + and at most 15 digits, the first not 0. Same rule as E164_PATTERN
 * in model/schemas.ts, kept here because that module brings zod into the page extractor.
 */
export const E164 = /^\+[1-9]\d{6,14}$/;

/** Punctuation people put between the digits of one number. */
const SEPARATORS = /[\s\-–—.()\u00a0]/g;

/**
 * The toolkit's one phone-number rule, for cells (parsePhone) and pages (findPhones) alike: one
 * number as written (`139 1234 5678`, `(021) 6123 4567`, `+44 20 7946 0958`, `0086 139…`, with or
 * without an extension) to E.164 when it is a valid number, else null. `region` is the default
 * country for numbers written without a country code.
 *
 * Mainland mobiles are valid when they fall in a real mobile range (MAINLAND_MOBILE); other
 * numbers when libphonenumber-js says so with `metadata`. The result is always E.164: a number
 * libphonenumber calls valid with more than 15 digits (79447151183632 for DE) is not.
 */
export function normalizePhoneNumber(
  text: string,
  region: string,
  metadata: MetadataJson = PHONE_METADATA,
): string | null {
  const compact = text.replace(SEPARATORS, '');
  const country = region.toUpperCase();
  const mobile = mainlandNationalNumber(compact, country);
  // Joined rather than concatenated: `+86${mobile}` is a pair of strings (V8 keeps a sum of 13 or
  // more characters as its two parts), twice the memory of the one flat string, for every mobile
  // of a large table.
  if (mobile !== null) return MAINLAND_MOBILE.test(mobile) ? ['+86', mobile].join('') : null;
  const defaultCountry = isSupportedCountry(country as CountryCode, metadata)
    ? (country as CountryCode)
    : undefined;
  // Most other numbers as people write them (+44 20 7946 0958, 021-6123 4567) are settled by
  // their plan's patterns alone; a mainland mobile written with a trunk 0, and a valid number
  // too long for E.164, are judged below.
  const planned = numberByNumberingPlan(text, compact, defaultCountry, metadata);
  if (planned !== undefined && E164.test(planned) && !isMainlandMobileE164(planned)) return planned;
  const e164 = validE164(text, defaultCountry, metadata);
  // 00 is the international prefix of most countries, even where the default region dials another.
  if (e164 === null && /^00[1-9]/.test(compact)) {
    return validE164(`+${compact.slice(2)}`, defaultCountry, metadata);
  }
  return e164;
}

/** The 11-digit national number of a mainland mobile-shaped number, else null. */
function mainlandNationalNumber(compact: string, country: string): string | null {
  let national: string;
  if (compact.startsWith('+86')) national = compact.slice(3);
  else if (compact.startsWith('0086')) national = compact.slice(4);
  else if (country !== 'CN') return null;
  // A number cell loses the +: 8613912345678.
  else if (compact.length === 13 && compact.startsWith('86')) national = compact.slice(2);
  else national = compact;
  return MAINLAND_MOBILE_SHAPE.test(national) ? national : null;
}

function validE164(text: string, country: CountryCode | undefined, metadata: MetadataJson): string | null {
  let phone: ReturnType<typeof parsePhoneNumberFromString>;
  try {
    phone = parsePhoneNumberFromString(text, { defaultCountry: country }, metadata);
  } catch {
    // libphonenumber throws on some malformed input; that is simply not a phone number.
    return null;
  }
  if (phone === undefined) return null;
  // Written another way (trunk 0, spaces inside +86): still a mainland mobile, judged by its range.
  if (phone.countryCallingCode === '86' && MAINLAND_MOBILE_SHAPE.test(phone.nationalNumber)) {
    return MAINLAND_MOBILE.test(phone.nationalNumber) ? phone.number : null;
  }
  return phone.isValid() && E164.test(phone.number) ? phone.number : null;
}
