import maxMetadata from 'libphonenumber-js/metadata.max.json';
import type { Cell } from '../model/table.ts';
import type { ParseResult } from './ParseResult.ts';
import { parsePhoneWithMetadata } from './parsePhoneWithMetadata.ts';

/**
 * Normalises a phone cell to E.164 (+8613912345678) with libphonenumber-js and a default region
 * for numbers written without a country code: `+86 139 1234 5678`, `139-1234-5678`,
 * `(021) 6123 4567`, `0086 13912345678`, full-width digits, `tel:` links. An extension
 * (`ext. 12`, `转 801`) is accepted and dropped from the value (E.164 has none; the cell keeps it).
 *
 * Uses the `max` metadata: with the smaller default metadata, validity is only a length check and
 * 12345678901 passes as a Chinese mobile number, which defeats cleaning.
 */
export function parsePhone(cell: Cell, defaultRegion: string): ParseResult<string> {
  return parsePhoneWithMetadata(cell, defaultRegion, maxMetadata);
}
