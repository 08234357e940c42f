/**
 * True when NFKC leaves `text` as it is because every character is ASCII or a CJK Unified
 * Ideograph (U+4E00–U+9FFF): both are NFKC quick-check "Yes" and never combine with a neighbour
 * (Unicode Standard Annex #15). Such text, most cells of a Chinese or English sheet, can skip
 * String#normalize, which costs several times a scan of the characters.
 */
export function isNfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isNfkcStableCode(text.charCodeAt(i))) return false;
  return true;
}

/** isNfkcStable for one character code: ASCII or a CJK Unified Ideograph. */
export function isNfkcStableCode(code: number): boolean {
  return code < 0x80 || (code >= 0x4e00 && code <= 0x9fff);
}

/** `text.normalize('NFKC')`, without the call for text that NFKC leaves unchanged. */
export function toNfkc(text: string): string {
  return isNfkcStable(text) ? text : text.normalize('NFKC');
}
