import { asciiLowerCode } from '../parse/asciiCase.ts';
import { isNfkcStable, isNfkcStableCode } from '../parse/nfkc.ts';
import { foldedCode, foldTraditional } from '../parse/simplifiedChinese.ts';

/**
 * Header text reduced to what identifies a column: NFKC (full-width → ASCII), lower-case, in
 * simplified characters, without parenthesised units and without spaces, _, -, :, *, . — so
 * `Total Spend (¥)`, `消费金额（元）`, `*姓名`, `E-mail:`, `customer_id`, a Hong Kong ledger's
 * `客戶編號` and a shared sheet's `👤 Name` meet their synonyms. A BOM left by a CSV reader goes too.
 */
export function normalizeHeader(text: string): string {
  const stable = isNfkcStable(text);
  const folded = foldTraditional(stable ? text.toLowerCase() : text.normalize('NFKC').toLowerCase());
  // Zero-width characters and emoji are neither ASCII nor CJK: only text that was not stable can
  // hold one.
  return (stable ? folded : folded.replace(NOT_A_WORD, ''))
    .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '')
    .replace(/[\s_\-:*.·]+/g, '');
}

/**
 * What a header's words are read without: zero-width characters and a BOM, and the emoji a shared
 * sheet's headers are decorated with (`👤 Name`, `✉️ Newsletter`, `📱 手机`), with their variation
 * selectors and skin tones. Keycap digits and `#` are emoji too, but not pictographs, and stay.
 */
const NOT_A_WORD =
  /[\u200B\u200C\u2060\uFEFF]|\u200D|\uFE0E|\uFE0F|\p{Extended_Pictographic}|\p{Emoji_Modifier}/gu;

/**
 * The code of the first character of normalizeHeader(text) when its first two characters tell it
 * (the first is ASCII or CJK and neither dropped nor opening a bracket, and the second cannot
 * combine with it under NFKC); -1 when they do not, or for an empty text. Most cells of a table
 * settle here whether they could be their column's header written again.
 */
export function normalizedHeaderHead(text: string): number {
  if (text.length === 0) return -1;
  const head = text.charCodeAt(0);
  if (!isNfkcStableCode(head) || DROPPED_AT_START.has(head)) return -1;
  if (text.length > 1 && !isNfkcStableCode(text.charCodeAt(1))) return -1;
  return asciiLowerCode(foldedCode(head));
}

/** ASCII characters normalizeHeader may drop at the start: its separators, white space, brackets. */
const DROPPED_AT_START = new Set([...' \t\n\v\f\r_-:*.(['].map((c) => c.charCodeAt(0)));
