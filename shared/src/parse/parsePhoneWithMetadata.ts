import type { MetadataJson } from 'libphonenumber-js/core';
import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from './cellToText.ts';
import { normalizePhoneNumber } from './normalizePhoneNumber.ts';
import { EMPTY, fail, ok, type ParseResult } from './ParseResult.ts';

/**
 * 转 / 分机 (extension) as Chinese sheets write it: 021-6123 4567 转 801. The white space before
 * the word is trimmed apart: a leading `\s*` would be tried from every space of a long run.
 */
const ZH_EXTENSION = /(?:分机号|分机|转)\s*[:：]?\s*/;
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
  const parts = text.split(LIST_SEPARATOR).filter((p) => p.replace(/\D/g, '').length >= 5);
  if (parts.length > 1) return fail({ code: 'phone-several', text: shown, count: parts.length });
  if (!/\d/.test(text)) return fail({ code: 'phone-no-digits', text: shown });
  const e164 = normalizePhoneNumber(text, defaultRegion, metadata);
  if (e164 !== null) return ok(e164);
  const international = text.startsWith('+') || /^00[1-9]/.test(text);
  return fail({
    code: 'phone-invalid',
    text: shown,
    region: international ? null : defaultRegion.toUpperCase(),
  });
}

/** `021-6123 4567 转 801` → `021-6123 4567 ext. 801`, as libphonenumber reads an extension. */
function withExtensionMark(text: string): string {
  const mark = ZH_EXTENSION.exec(text);
  if (!mark) return text;
  return `${text.slice(0, mark.index).trimEnd()} ext. ${text.slice(mark.index + mark[0].length)}`;
}
