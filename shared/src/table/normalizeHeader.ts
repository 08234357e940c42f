import { isNfkcStable } from '../parse/nfkc.ts';

/**
 * Header text reduced to what identifies a column: NFKC (full-width → ASCII), lower-case, without
 * parenthesised units and without spaces, _, -, :, *, . — so `Total Spend (¥)`, `消费金额（元）`,
 * `*姓名`, `E-mail:` and `customer_id` meet their synonyms. A BOM left by a CSV reader goes too.
 */
export function normalizeHeader(text: string): string {
  const stable = isNfkcStable(text);
  const folded = stable ? text.toLowerCase() : text.normalize('NFKC').toLowerCase();
  // Zero-width characters are neither ASCII nor CJK: only text that was not stable can hold one.
  return (stable ? folded : folded.replace(/[\u200B-\u200D\u2060\uFEFF]/g, ''))
    .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '')
    .replace(/[\s_\-:*.·]+/g, '');
}
