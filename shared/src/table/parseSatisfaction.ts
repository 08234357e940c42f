import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from '../parse/cellToText.ts';
import { fail, ok, type ParseResult } from '../parse/ParseResult.ts';
import { parseNumber } from '../parse/parseNumber.ts';
import { endingWord } from '../parse/textEnds.ts';

/**
 * A satisfaction score on its own scale (1–5, 1–10): 4, 4.5, 4分, 4/5 (→ 4), ★★★★☆ (→ 4).
 * Scores outside 0–10 are refused.
 */
export function parseSatisfaction(cell: Cell): ParseResult<number> {
  let target: Cell = cell;
  if (typeof cell === 'string') {
    const s = normalizeText(cell);
    if (/^[★☆]+$/.test(s)) return ok(s.replace(/☆/g, '').length);
    // One optional white-space run on each side of 分: two in a row (\s*(?:分)?\s*) would try
    // every split of a long run of spaces.
    const outOf = /^(\d+(?:\.\d+)?)\s*(?:分\s*)?\/\s*(?:5|10)\s*(?:分)?$/.exec(s);
    target = outOf ? (outOf[1] ?? s) : (endingWord(s, ['分'])?.before ?? s);
  }
  const result = parseNumber(target);
  if (!result.ok) return fail({ code: 'satisfaction-expected', text: cellToText(cell).trim() });
  if (result.value !== null && (result.value < 0 || result.value > 10)) {
    return fail({ code: 'satisfaction-out-of-range', value: result.value });
  }
  return result;
}
