import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { isMaskedId } from '../parse/maskedText.ts';
import { EMPTY, fail, ok, type ParseResult } from '../parse/ParseResult.ts';

/**
 * A buyer's account on a shop platform (旺旺号, 买家会员名, Buyer Username), as written and
 * trimmed: the platform's own name for the buyer, compared with the orders' account as the
 * customer ids are (CustomerIndex: as written, else written differently by one customer alone).
 * A masked account (t**8, as platforms export buyers') is refused: it names no one, and two
 * buyers' masked accounts are often the same text.
 */
export function parsePlatformAccount(cell: Cell): ParseResult<string> {
  if (cell === null) return EMPTY;
  const text = cellToText(cell).trim();
  if (text === '') return EMPTY;
  if (isMaskedId(text)) return fail({ code: 'account-masked', text });
  return ok(text);
}
