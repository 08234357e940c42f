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
