import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from '../parse/cellToText.ts';
import { fail, type ParseResult } from '../parse/ParseResult.ts';
import { parseNumber } from '../parse/parseNumber.ts';
import { endingWord } from '../parse/textEnds.ts';

/**
 * The answer to the NPS question ("how likely are you to recommend us?", Reichheld 2003): a
 * whole score 0–10, also written 9分 or 9/10. Anything else is refused: NPS counts promoters
 * (9–10) and detractors (0–6), so a score off that scale cannot be placed.
 */
export function parseRecommendScore(cell: Cell): ParseResult<number> {
  const text = typeof cell === 'string' ? withoutOutOfTen(normalizeText(cell)) : cell;
  const result = parseNumber(text);
  if (!result.ok) return fail({ code: 'recommend-expected', text: cellToText(cell).trim() });
  const value = result.value;
  if (value !== null && (!Number.isInteger(value) || value < 0 || value > 10)) {
    return fail({ code: 'recommend-off-scale', value });
  }
  return result;
}

/** `9分`, `9/10`, `9 / 10` → `9`: what the score is out of, read off the end. */
function withoutOutOfTen(text: string): string {
  const points = endingWord(text, ['分']);
  if (points) return points.before;
  const ten = endingWord(text, ['10']);
  const slash = ten ? endingWord(ten.before, ['/']) : null;
  return slash ? slash.before : text;
}
