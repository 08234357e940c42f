import { type CountryCode, type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from './cellToText.ts';
import { EMPTY, fail, ok, type ParseResult } from './ParseResult.ts';

/** 转 / 分机 (extension) as Chinese sheets write it: 021-6123 4567 转 801. */
const ZH_EXTENSION = /\s*(?:转|分机|分机号)\s*[:：]?\s*/;
/** Separators that mean the cell holds several numbers: 139… / 138…, 139…；138… */
const LIST_SEPARATOR = /[,;/、|]|\s{2,}/;

/** A bare Chinese mobile number, the bulk of a CN customer table. */
const CN_MOBILE = /^1[3-9]\d{9}$/;
/**
 * Validity of CN mobile numbers by their first 7 digits, per metadata: the metadata's mobile
 * patterns are prefixes of at most 7 digits followed by any digits, so one full parse per prefix
 * is enough; this makes a 100k-row table about ten times faster to read.
 */
const cnMobilePrefixes = new WeakMap<MetadataJson, Map<string, boolean>>();

function fastCnMobile(text: string, metadata: MetadataJson): ParseResult<string> | null {
  let cache = cnMobilePrefixes.get(metadata);
  if (cache === undefined) {
    cache = new Map();
    cnMobilePrefixes.set(metadata, cache);
  }
  const prefix = text.slice(0, 7);
  let valid = cache.get(prefix);
  if (valid === undefined) {
    valid = parsePhoneNumberFromString(text, 'CN', metadata)?.isValid() === true;
    cache.set(prefix, valid);
  }
  return valid ? ok(`+86${text}`) : null;
}

/**
 * parsePhone with the given libphonenumber-js metadata, so a size-sensitive bundle (the
 * extension's injected script) can pass the small `min` metadata while the core uses `max`.
 */
export function parsePhoneWithMetadata(
  cell: Cell,
  defaultRegion: string,
  metadata: MetadataJson,
): ParseResult<string> {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'boolean' || cell instanceof Date) {
    return fail(
      `${cellToText(cell)} is not a phone number; expected one such as 139 1234 5678 or +86 21 6123 4567`,
    );
  }
  // Number cells lose a leading 0 or +; 8613912345678 still parses because the country code is there.
  let text =
    typeof cell === 'number'
      ? Number.isInteger(cell)
        ? cell.toFixed(0)
        : String(cell)
      : normalizeText(cell);
  if (text === '') return EMPTY;
  if (CN_MOBILE.test(text) && defaultRegion.toUpperCase() === 'CN') {
    const fast = fastCnMobile(text, metadata);
    if (fast !== null) return fast;
  }
  text = text.replace(/^tel:(?:\/\/)?/i, '').replace(ZH_EXTENSION, ' ext. ');
  const region = defaultRegion.toUpperCase() as CountryCode;
  const shown = typeof cell === 'string' ? cell.trim() : text;
  const parts = text.split(LIST_SEPARATOR).filter((p) => p.replace(/\D/g, '').length >= 5);
  if (parts.length > 1)
    return fail(`${shown} looks like ${parts.length} phone numbers; put one number per cell`);
  if (!/\d/.test(text)) return fail(`${shown} is not a phone number; expected one such as 139 1234 5678`);
  let phone = parsePhoneNumberFromString(text, region, metadata);
  // 0086 139…: the 00 international prefix of most countries, even when the default region uses another.
  if ((phone === undefined || !phone.isValid()) && /^00[1-9]/.test(text)) {
    phone = parsePhoneNumberFromString(`+${text.slice(2)}`, region, metadata);
  }
  if (phone === undefined || !phone.isValid()) {
    const where = text.startsWith('+') || /^00[1-9]/.test(text) ? '' : ` for region ${region}`;
    return fail(`${shown} is not a valid phone number${where}`);
  }
  return ok(phone.number);
}
