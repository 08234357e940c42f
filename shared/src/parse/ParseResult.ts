/** Outcome of parsing one cell: a value (null = empty cell) or a message saying what was expected. */
export type ParseResult<T> = { ok: true; value: T | null } | { ok: false; message: string };

export const EMPTY: ParseResult<never> = { ok: true, value: null };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(message: string): ParseResult<T> {
  return { ok: false, message };
}
