import type { Cell } from '../model/table.ts';
import { isNfkcStable } from './nfkc.ts';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A cell as text, for CellIssue.value and for text fields: strings as written, numbers without
 * locale formatting, booleans as TRUE/FALSE (as spreadsheets show them), empty cells as ''.
 * A Date at midnight (UTC or local) shows as its calendar date; any other Date as an ISO instant.
 */
export function cellToText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (Number.isNaN(cell.getTime())) return 'Invalid Date';
  if (cell.getUTCHours() === 0 && cell.getUTCMinutes() === 0 && cell.getUTCSeconds() === 0) {
    return cell.toISOString().slice(0, 10);
  }
  if (cell.getHours() === 0 && cell.getMinutes() === 0 && cell.getSeconds() === 0) {
    return `${cell.getFullYear()}-${pad2(cell.getMonth() + 1)}-${pad2(cell.getDate())}`;
  }
  return cell.toISOString();
}

/** True for null, '' and whitespace-only strings. */
export function isEmptyCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

/**
 * Unicode NFKC folds the full-width forms Chinese input methods produce (１２３, ￥, ，, （）, ＠,
 * the ideographic space) into their ASCII counterparts; zero-width characters and the BOM go too.
 * Arabic-Indic and Persian digits (٤٨٠, ۴۸۰) become ASCII ones, as Gulf books write amounts and
 * numbers beside Latin ones, and so do the Arabic decimal and thousands separators (٫ ٬).
 */
export function normalizeText(text: string): string {
  // ASCII and CJK text is already NFKC and holds no zero-width character: only the trim applies.
  if (isNfkcStable(text)) return text.trim();
  const folded = text.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  return (ARABIC_DIGIT.test(folded) ? folded.replace(ARABIC_DIGITS, asciiDigit) : folded).trim();
}

const ARABIC_DIGIT = /[\u0660-\u066c\u06f0-\u06f9]/;
const ARABIC_DIGITS = /[\u0660-\u066c\u06f0-\u06f9]/g;

/** An Arabic-Indic or Persian digit as its ASCII one (the low four bits of both are the digit). */
function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  if (code === 0x066b) return '.';
  if (code === 0x066c) return ',';
  if (code === 0x066a) return '%';
  return String.fromCharCode(0x30 + (code & 0xf));
}
