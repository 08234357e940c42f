import type { MetadataJson } from 'libphonenumber-js/core';
import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from './cellToText.ts';
import { isMaskedPhone } from './maskedText.ts';
import { normalizePhoneNumber } from './normalizePhoneNumber.ts';
import { EMPTY, fail, ok, type ParseResult } from './ParseResult.ts';

/**
 * 转 / 分机 (extension) as Chinese sheets write it: 021-6123 4567 转 801. The white space before
 * the word is trimmed apart: a leading `\s*` would be tried from every space of a long run.
 */
const ZH_EXTENSION = /(?:分机号|分机|分機號|分機|内线|內線|转|轉)\s*[:：]?\s*/;
/** Separators that mean the cell holds several numbers: 139… / 138…, 139…；138… */
const LIST_SEPARATOR = /[,;/、|]|\s{2,}/;

/**
 * parsePhone with the given libphonenumber-js metadata (see phoneMetadata.ts): one phone cell
 * to E.164 by normalizePhoneNumber, or the problem with it.
 */
export function parsePhoneWithMetadata(
  cell: Cell,
  defaultRegion: string,
  metadata: MetadataJson,
): ParseResult<string> {
  if (cell === null || cell === undefined) return EMPTY;
  // The usual cell needs none of the text handling below: it goes to the one rule as it is.
  if (typeof cell === 'string' && isPlainPhoneText(cell)) {
    return phoneOf(cell, cell, defaultRegion, metadata);
  }
  if (typeof cell === 'boolean' || cell instanceof Date) {
    return fail({ code: 'phone-not-text', text: cellToText(cell) });
  }
  // Number cells lose a leading 0 or +; 8613912345678 still parses because the country code is there.
  const text =
    typeof cell === 'number'
      ? Number.isInteger(cell)
        ? cell.toFixed(0)
        : String(cell)
      : withExtensionMark(normalizeText(cell).replace(/^tel:(?:\/\/)?/i, ''));
  if (text === '') return EMPTY;
  const shown = typeof cell === 'string' ? cell.trim() : text;
  if (typeof cell === 'string' && isMaskedPhone(text)) return fail({ code: 'phone-masked', text: shown });
  if (typeof cell === 'number') {
    const kept = keptOfRoundedNumber(text);
    if (kept !== null) return fail({ code: 'phone-scientific', text: shown, kept });
  }
  const exported = numberExportedAsText(text);
  if (exported !== null) {
    return exported.lost === 0
      ? phoneOf(exported.digits, shown, defaultRegion, metadata)
      : fail({ code: 'phone-scientific', text: shown, kept: exported.digits.length });
  }
  const parts = text.split(LIST_SEPARATOR).filter((p) => p.replace(/\D/g, '').length >= 5);
  if (parts.length > 1) return fail({ code: 'phone-several', text: shown, count: parts.length });
  if (!/\d/.test(text)) return fail({ code: 'phone-no-digits', text: shown });
  return phoneOf(text, shown, defaultRegion, metadata);
}

/** The one phone rule's answer for a text of one number, or why it is not valid (`shown` as written). */
function phoneOf(
  text: string,
  shown: string,
  defaultRegion: string,
  metadata: MetadataJson,
): ParseResult<string> {
  const e164 = normalizePhoneNumber(text, defaultRegion, metadata);
  if (e164 !== null) return ok(e164);
  const international = text.startsWith('+') || /^00[1-9]/.test(text);
  if (international) return fail({ code: 'phone-invalid', text: shown, region: null });
  const region = defaultRegion.toUpperCase();
  const validIn = NEARBY_REGIONS.filter(
    (other) => other !== region && normalizePhoneNumber(text, other, metadata) !== null,
  );
  return fail({ code: 'phone-invalid', text: shown, region, ...(validIn.length > 0 ? { validIn } : {}) });
}

/**
 * Regions a number without a country code is tried in when it is not valid in the default one:
 * the mainland, Hong Kong, Macau and Taiwan, whose customers one table often mixes. A Hong Kong
 * ledger read with the default CN finds its 9123 4567 valid in HK, and the message says so.
 */
export const NEARBY_REGIONS: readonly string[] = ['CN', 'HK', 'MO', 'TW'];

/**
 * A phone cell as most are written (13912345678, 139 1234 5678, +86-139-1234-5678,
 * (021) 6123 4567): digits, at least one, with + - ( ) and single spaces, and no space at either
 * end. The handling of other cells leaves such a text as it is (no trim, NFKC, tel:, extension
 * word or list to split, and it holds a digit), so it reads the same without it, valid or not.
 */
function isPlainPhoneText(text: string): boolean {
  const length = text.length;
  if (length === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(length - 1) === 0x20) return false;
  let digits = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
    else if (code === 0x20) {
      if (text.charCodeAt(i + 1) === 0x20) return false;
    } else if (code !== 0x2b && code !== 0x2d && code !== 0x28 && code !== 0x29) return false;
  }
  return digits > 0;
}

/** A whole number written as a program writes a floating-point one: 13812345678.0. */
const FLOAT_TEXT = /^(\+?\d{5,15})\.0+$/;
/** Scientific notation, as Excel and WPS show a long number in a General cell: 1.38123E+10. */
const SCIENTIFIC = /^(\d)(?:\.(\d+))?e\+?(\d{1,2})$/i;

/**
 * A phone number that went through a spreadsheet or a database as a number and came back as
 * text: its digits, and how many of them the text lost. A database or pandas export writes
 * 13812345678.0 (nothing lost); a CSV file saved from a General cell holds the number as shown,
 * 1.38123E+10, which keeps its first six digits only. A number in scientific notation keeps its
 * digits only when the fraction has as many as the exponent says (1.3812345678E+10); a shorter
 * one may have lost digits or only zeros, and which cannot be told. Null for any other text.
 */
function numberExportedAsText(text: string): { digits: string; lost: number } | null {
  const float = FLOAT_TEXT.exec(text);
  if (float !== null) return { digits: float[1] as string, lost: 0 };
  const scientific = SCIENTIFIC.exec(text);
  if (scientific === null) return null;
  const digits = (scientific[1] as string) + (scientific[2] ?? '');
  const exponent = Number(scientific[3]);
  // A fraction longer than the exponent is no whole number: not a phone number written so.
  if (digits.length > exponent + 1 || exponent < 4) return null;
  return { digits, lost: exponent + 1 - digits.length };
}

/**
 * How many digits a number cell kept when it is a long number read back from scientific
 * notation (8.61391E+12 in a CSV file, imported into Sheets or Excel as 8613910000000), else
 * null. A General cell shows a number of 12 digits or more that way, with at most six of them
 * (Excel and WPS alike): a number that long with no more than six digits before its trailing
 * zeros is taken as one, as a real phone number with six or more zeros at its end is all but
 * unheard of.
 */
function keptOfRoundedNumber(digits: string): number | null {
  if (digits.length < 12 || !/^\d+$/.test(digits)) return null;
  const kept = digits.replace(/0+$/, '').length;
  return kept <= 6 ? kept : null;
}

/** `021-6123 4567 转 801` → `021-6123 4567 ext. 801`, as libphonenumber reads an extension. */
function withExtensionMark(text: string): string {
  const mark = ZH_EXTENSION.exec(text);
  if (!mark) return text;
  return `${text.slice(0, mark.index).trimEnd()} ext. ${text.slice(mark.index + mark[0].length)}`;
}
