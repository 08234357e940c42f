import { asciiLowerCode } from './asciiCase.ts';
import { isNfkcStable, isNfkcStableCode, toNfkc } from './nfkc.ts';

/**
 * What people type into a cell to say "nothing here": dashes, a slash, N/A, 无, 暂无 … They mean
 * the same as an empty cell and are read as one, never flagged as an invalid value.
 */
const PLACEHOLDERS = new Set([
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '/',
  '\\',
  'n/a',
  'na',
  '无',
  '暂无',
  '没有',
  // The same in traditional characters, as Hong Kong and Taiwan sheets write them.
  '無',
  '暫無',
  '沒有',
  '空',
  '未知',
  'none',
  'nil',
  'null',
  '(blank)',
  '(空)',
]);

/**
 * The codes of the placeholders' first characters (lower case). Codes, not one-character strings:
 * a character outside Latin-1 as a string is a new string each time, and most cells of a Chinese
 * table start with one.
 */
const PLACEHOLDER_START_CODES = new Set([...PLACEHOLDERS].map((placeholder) => placeholder.charCodeAt(0)));

/** PLACEHOLDER_START_CODES for ASCII codes, either case: 1 where a placeholder may start. */
const ASCII_PLACEHOLDER_STARTS = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  if (PLACEHOLDER_START_CODES.has(asciiLowerCode(code))) ASCII_PLACEHOLDER_STARTS[code] = 1;
}

/**
 * False when a text starting with this character (its code) cannot be a placeholder: a quick
 * test for cells that do not start with white space. ASCII letters count in either case.
 */
export function mayStartPlaceholder(code: number): boolean {
  if (code < 0x80) return ASCII_PLACEHOLDER_STARTS[code] === 1;
  return PLACEHOLDER_START_CODES.has(code);
}

/** Whether a cell's text is a placeholder for "no value" (compared after NFKC, trimmed, lower case). */
export function isPlaceholderText(text: string): boolean {
  if (text.length > 8) return false;
  // Most cells settle on their first character: one NFKC leaves as it is (ASCII or CJK) can only
  // start the normalised text, or merge with a combining mark after it into a letter no
  // placeholder starts with.
  const head = text.charCodeAt(0);
  if (head > 0x20 && isNfkcStableCode(head) && !mayStartPlaceholder(head)) return false;
  // ASCII and CJK text is its own NFKC: it must start (after spaces) as a placeholder does.
  if (isNfkcStable(text)) {
    const start = text.trimStart();
    // Lower case changes only ASCII letters of such text, which mayStartPlaceholder takes in either case.
    if (start !== '' && !mayStartPlaceholder(start.charCodeAt(0))) return false;
  }
  return PLACEHOLDERS.has(toNfkc(text).trim().toLowerCase());
}
