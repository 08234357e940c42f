import {
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import type { Cell } from '../model/table.ts';
import type { ParseResult } from './ParseResult.ts';
import { parsePhoneWithMetadata } from './parsePhoneWithMetadata.ts';
import { PHONE_METADATA } from './phoneMetadata.ts';

/**
 * Normalises a phone cell to E.164 (+8613912345678) with a default region for numbers written
 * without a country code: `+86 139 1234 5678`, `139-1234-5678`, `(021) 6123 4567`,
 * `0086 13912345678`, full-width digits, `tel:` links. An extension (`ext. 12`, `转 801`) is
 * accepted and dropped from the value (E.164 has none; the cell keeps it). Validity is
 * normalizePhoneNumber's, the same rule findPhones applies to pages.
 */
export function parsePhone(cell: Cell, defaultRegion: string): ParseResult<string> {
  return parsePhoneWithMetadata(cell, defaultRegion, PHONE_METADATA);
}

/** The country of a number in E.164 (+34944521380 → ES), or null when it names none. */
export function countryOfNumber(e164: string): string | null {
  return parsePhoneNumberFromString(e164, PHONE_METADATA)?.country ?? null;
}

/**
 * The main country of a number's calling code (+34944521380 → ES, +14165550134 → US: the
 * code's first country, not the one its area code names): told from the code alone, without
 * parsing the number, as a table's counts of its numbers abroad need it for every one of them.
 * Null for an E.164 of no known calling code.
 */
export function countryOfCallingCode(e164: string): string | null {
  const codes = PHONE_METADATA.country_calling_codes;
  // Calling codes are one to three digits, and none is the start of another.
  for (let length = 1; length <= 3; length++) {
    const countries = codes[e164.slice(1, 1 + length)];
    if (countries !== undefined) return countries[0] ?? null;
  }
  return null;
}

/** The calling code of a region with its + (+86 for CN); null for a region libphonenumber lacks. */
export function callingCodeOf(region: string): string | null {
  return isSupportedCountry(region as CountryCode, PHONE_METADATA)
    ? `+${getCountryCallingCode(region as CountryCode, PHONE_METADATA)}`
    : null;
}
