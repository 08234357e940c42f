import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';

/**
 * Text for one CSV cell that a spreadsheet shows as the text it is: a cell that would start a
 * formula gets a leading apostrophe, which Excel, WPS, LibreOffice and Google Sheets take as
 * "this is text" (a negative number and a lone dash excepted: isInertMinus). The toolkit's one
 * rule for every CSV it writes, whatever the cell's source.
 */
export function neutraliseCsvText(text: string): string {
  return startsFormula(text, 0) && !isInertMinus(text) ? `'${text}` : text;
}

/**
 * A negative number written out (-1234.5, -1,234.50) or a lone dash, which a ledger puts where
 * there is nothing: a spreadsheet reads the first as that number and the second as text, so
 * neither runs anything, and an apostrophe would only show in the cell and keep SUM from adding
 * the amount. A leading zero (-0042, an id) still gets one: opened as a number it would lose it.
 */
const INERT_MINUS = /^-(?:(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?)?$/;

export function isInertMinus(text: string): boolean {
  return text.charCodeAt(0) === 0x2d && text.length <= 32 && INERT_MINUS.test(text);
}

/**
 * Whether a spreadsheet reads the CSV cell as a formula when it opens the file: the text from
 * `at` on (past a neutralising apostrophe, when restoring) starts with a formula character
 * (isFormulaStart). A phone written +86…, an id like -0042 and a note "-2+3" are all read this
 * way. By the character's code: every cell of every file written or read passes here.
 */
function startsFormula(text: string, at: number): boolean {
  return isFormulaStart(text.charCodeAt(at));
}

/**
 * Whether a cell starting with this character code is a formula to a spreadsheet: = + - @, a
 * tab, a carriage return or NUL (OWASP "CSV Injection"; OWASP ASVS 4.0 §5.3.10 lists the NUL).
 * All are ASCII, so a UTF-8 byte is tested as well as a UTF-16 code.
 */
export function isFormulaStart(code: number | undefined): boolean {
  switch (code) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // carriage return
    case 0x00: // NUL
      return true;
    default:
      return false;
  }
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
  // A cell neutraliseCsvText changed: the apostrophe, then what would have started a formula.
  return text.charCodeAt(0) === 0x27 && startsFormula(text, 1) ? text.slice(1) : text;
}
