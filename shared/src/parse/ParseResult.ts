import type { Cell } from '../model/table.ts';
import type { ParseProblem } from './parseProblem.ts';

/**
 * Outcome of parsing one cell: a value (null = empty cell) or the problem that stopped it, as
 * data; parseProblemText words the problem in the user's language.
 */
export type ParseResult<T> = { ok: true; value: T | null } | { ok: false; problem: ParseProblem };

export const EMPTY: ParseResult<never> = { ok: true, value: null };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(problem: ParseProblem): ParseResult<T> {
  return { ok: false, problem };
}

/**
 * `parse`, remembering its result for each text cell (up to `limit` texts): for a column whose
 * cells repeat, such as the dates of a large table (a few hundred days, a million rows). The
 * parser must give the same result for the same text; results are shared, never changed.
 */
export function rememberingParser<T>(
  parse: (cell: Cell) => ParseResult<T>,
  limit = 8192,
): (cell: Cell) => ParseResult<T> {
  const results = new Map<string, ParseResult<T>>();
  return (cell) => {
    if (typeof cell !== 'string') return parse(cell);
    let result = results.get(cell);
    if (result === undefined) {
      result = parse(cell);
      if (results.size < limit) results.set(cell, result);
    }
    return result;
  };
}
