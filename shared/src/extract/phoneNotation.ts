import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { PHONE_METADATA } from '../parse/phoneMetadata.ts';

// A number written without a country code is read in a region only if it is written the way it
// is dialled there (ITU-T E.123 §2.4, national notation: the trunk prefix and the digit groups of
// the national plan). libphonenumber validates the digits, not the notation, so without this a
// Chinese default takes "(415) 555-0178" as a Dandong landline (0415 …), "8517620000" (a tariff
// code) as a Guiyang one, and "1-877-227-5511" as a mobile.

/** Mainland mobiles are grouped 3-4-4 (139 1234 5678); a writer may join groups, not split them elsewhere. */
const CN_MOBILE_BREAKS = new Set([3, 7]);
/**
 * Geographic and mobile numbers are dialled with the trunk prefix where there is one (0161 …, 0412
 * …); service numbers often are not (AU 1300 …, CN 400 …), so those are not held to it.
 */
const TRUNK_DIALLED = new Set(['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE']);
/** Position of the national (trunk) prefix in libphonenumber-js's minified metadata (v4). */
const NATIONAL_PREFIX = 5;

/** True when `raw` (a national number) is written as `e164` is dialled within its country. */
export function writtenAsDialled(raw: string, e164: string): boolean {
  const written = raw.replace(/\D/g, '');
  if (e164.startsWith('+861') && written.length === 11) return breaksWithin(raw, CN_MOBILE_BREAKS);
  const phone = parsePhoneNumberFromString(e164, PHONE_METADATA);
  if (phone === undefined) return false;
  const plan = phone.country === undefined ? undefined : PHONE_METADATA.countries[phone.country];
  if (plan?.[NATIONAL_PREFIX] !== '0') return true;
  const type = phone.getType();
  // India's mobiles are dialled and written without the trunk 0 (98290 41763), from a mobile.
  if (phone.country === 'IN' && type === 'MOBILE') return true;
  // Brazil's trunk 0 is dialled with a carrier's code after it (0 21 11 …), so numbers are
  // written without either, the area code set apart: (11) 3618-4233, 11 97415-8832.
  if (phone.country === 'BR' && BRAZILIAN_AREA_CODE.test(raw)) return true;
  // Lithuania dialled 8 before a number until its trunk prefix became 0 in 2025, and pages still
  // write it so: (8 37) 45 21 60, 8 687 40512.
  if (phone.country === 'LT' && written.startsWith('8')) return true;
  // Argentina writes a mobile as its area code, the 15 a mobile is dialled with inside the area,
  // and the number, the trunk 0 often left off: 351 15-648-2210, (0358) 15-419-0073.
  if (phone.country === 'AR' && type === 'MOBILE' && ARGENTINE_MOBILE.test(raw)) return true;
  return type === undefined || !TRUNK_DIALLED.has(type) || written.startsWith('0');
}

/** An Argentine area code set apart, then the mobile's 15: 351 15-…, (0351) 15 …. */
const ARGENTINE_MOBILE = /^\s*\(?0?\d{2,4}\)?[\s-]+15[\s-]?\d/;

/** A Brazilian area code of two digits set apart at a number's start: (11) …, 11 …. */
const BRAZILIAN_AREA_CODE = /^\s*(?:\(\d{2}\)|\d{2}[\s.])/;

/**
 * True when `raw` is `e164` written with its country code but without the +, the code set apart
 * from the number ("86-139 1234 5678", "86 21 6234 5678", "(86) 139…"), as pages written for
 * buyers abroad often give it. Run together ("8613912345678") it could be any digit run.
 */
export function writtenWithBareCountryCode(raw: string, e164: string): boolean {
  const code = BARE_COUNTRY_CODE.exec(raw.trim());
  if (code === null) return false;
  const phone = parsePhoneNumberFromString(e164, PHONE_METADATA);
  return phone !== undefined && (code[1] ?? code[2]) === phone.countryCallingCode;
}

/** A country code without its +, in brackets or set apart from the number: (852) 2345 6789, 86-139 …. */
const BARE_COUNTRY_CODE = /^\((\d{1,3})\)\s*|^(\d{1,3})[\s.-]+/;

/**
 * A number written with a country code of two or three digits without its + ("(852) 2345 6789",
 * "886-2-2345-6789", as Hong Kong and Taiwan pages write for buyers abroad), as the international
 * number it is ("+852 2345 6789"); null for any other writing. A one-digit code is left alone: a
 * leading 1 or 7 of a national number is not North America or Russia.
 */
export function withPlusOnBareCountryCode(raw: string): string | null {
  const text = raw.trim();
  const code = BARE_COUNTRY_CODE.exec(text);
  const digits = code?.[1] ?? code?.[2];
  if (code === null || digits === undefined || digits.length < 2) return null;
  return `+${digits} ${text.slice(code[0].length)}`;
}

/** Every place the writer broke the digits (space, dash, dot, bracket) is one of `allowed`. */
function breaksWithin(raw: string, allowed: ReadonlySet<number>): boolean {
  let count = 0;
  let broken = false;
  // Character codes rather than for…of, which makes an iterator and a string per character.
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (broken && count > 0 && !allowed.has(count)) return false;
      broken = false;
      count++;
    } else broken = true;
  }
  return true;
}
