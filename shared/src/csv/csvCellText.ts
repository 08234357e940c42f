import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';

/**
 * What makes a spreadsheet read a CSV cell as a formula when it opens the file: = + - @ and a
 * leading tab, carriage return or NUL (OWASP "CSV Injection"; OWASP ASVS 4.0 §5.3.10 lists the
 * NUL). A phone written +86…, an id like -0042 and a note "-2+3" are all read this way.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;
/** A cell this rule neutralised: the apostrophe, then what would have started a formula. */
const NEUTRALISED = /^'[=+\-@\t\r\0]/;

/**
 * Text for one CSV cell that a spreadsheet shows as the text it is: a cell that would start a
 * formula gets a leading apostrophe, which Excel, WPS, LibreOffice and Google Sheets take as
 * "this is text". The toolkit's one rule for every CSV it writes, whatever the cell's source.
 */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A cell as CSV text under the one rule: text is neutralised (neutraliseCsvText), while a real
 * number stays a number (-12.5 is an amount, not a formula, and must open as one); booleans are
 * TRUE/FALSE and dates are written by `dateText` (default: cellToText's calendar date).
 */
export function csvCellText(cell: Cell, dateText: (date: Date) => string = cellToText): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : neutraliseCsvText(String(cell));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return neutraliseCsvText(dateText(cell));
  return neutraliseCsvText(cell);
}

/**
 * The inverse of neutraliseCsvText, for reading a CSV back: `'+8613912345678` is the phone
 * +8613912345678 the toolkit wrote, so a file it wrote reads as the table it came from.
 */
export function restoreCsvText(text: string): string {
  // Every cell of a file read passes here: the apostrophe is looked for before the pattern.
  return text.charCodeAt(0) === 0x27 && NEUTRALISED.test(text) ? text.slice(1) : text;
}
