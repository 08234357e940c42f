import type { Cell } from '../model/table.ts';
import type { ParseProblem } from './parseProblem.ts';

/**
 * The most characters a cell may hold to be read as one value (an amount, a date, a phone, an
 * email, a stage …). The longest real value is far shorter; a longer cell is a paste gone wrong
 * (Excel allows 32,767 characters), and capping it bounds what one cell can cost every reader.
 */
export const MAX_PARSED_CELL_LENGTH = 1000;

/** How much of a refused cell the message quotes. */
const SHOWN = 20;

/**
 * The problem with a cell too long to be one value, or null when it may be parsed. Space around
 * the text does not count: a cell of spaces alone is an empty cell.
 */
export function tooLongToParse(cell: Cell): ParseProblem | null {
  if (typeof cell !== 'string' || cell.length <= MAX_PARSED_CELL_LENGTH) return null;
  const text = cell.trim();
  if (text.length <= MAX_PARSED_CELL_LENGTH) return null;
  return {
    code: 'text-too-long',
    length: text.length,
    max: MAX_PARSED_CELL_LENGTH,
    start: [...text.slice(0, SHOWN * 2)].slice(0, SHOWN).join(''),
  };
}
