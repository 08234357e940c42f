/**
 * Characters that show as nothing or as a blank: format characters (zero-width space and
 * joiners, the BOM, soft hyphen, direction marks) and white space of every kind (NBSP, the
 * ideographic space an IME types). A pasted id carries them where the eye sees none.
 */
const INVISIBLE = /[\p{Cf}\p{White_Space}]/gu;
/** A whole number grouped by thousands, as a number format shows it: 1,001 or 12,345,678. */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.0+)?$/;
const NUMERIC = /^0*(\d+?)(?:\.0+)?$/;
/** A number in scientific notation, as a spreadsheet shows a long number: 1.23457E+11. */
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E[+-]?\d+$/i;

/**
 * A customer id as a person means it whoever typed it: NFKC (the full-width Ｃ００１ of a
 * Chinese IME is C001), invisible characters gone, a number's thousands separators gone and
 * its leading zeros too (１，００１ and 001001 are 1001 and 1001). Case is kept: c001 is a
 * customer id of its own in a table that holds C001 too (see foldCustomerId).
 */
export function widthFoldedId(id: string): string {
  // Most ids are printable ASCII (C000123, VIP-7): NFKC leaves them as they are.
  const text = isPrintableAscii(id) ? id : id.normalize('NFKC').replace(INVISIBLE, '');
  const plain = text.includes(',') && GROUPED.test(text) ? text.replace(/,/g, '') : text;
  const head = plain.charCodeAt(0);
  const numeric = head >= 0x30 && head <= 0x39 ? NUMERIC.exec(plain) : null;
  return numeric ? (numeric[1] as string) : plain;
}

/**
 * widthFoldedId in upper case: the key under which ids written differently by different people
 * (Ｃ００１, c001, C001 with a zero-width space) are one. An id that matches no customer as
 * written is matched by this key, and only when one customer of the table has it.
 */
export function foldCustomerId(id: string): string {
  return widthFoldedId(id).toUpperCase();
}

/**
 * Whether the id is a number a spreadsheet showed in scientific notation (1.23457E+11): its
 * last digits are lost, so it names no one for sure and is never matched by its folded key.
 */
export function isScientificId(id: string): boolean {
  if (isPrintableAscii(id)) return (id.includes('E') || id.includes('e')) && SCIENTIFIC.test(id);
  return SCIENTIFIC.test(id.normalize('NFKC').replace(INVISIBLE, ''));
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}
