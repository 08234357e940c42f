/**
 * Header text reduced to what identifies a column: NFKC (full-width → ASCII), lower-case, without
 * parenthesised units and without spaces, _, -, :, *, . — so `Total Spend (¥)`, `消费金额（元）`,
 * `*姓名`, `E-mail:` and `customer_id` meet their synonyms. A BOM left by a CSV reader goes too.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '')
    .replace(/[\s_\-:*.·]+/g, '');
}
