/** A1 notation as Sheet.getRange(a1) and Range.getA1Notation() use it (no sheet name). */
import { ScriptError } from './scriptError.ts';

export function a1Column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function a1Notation(row: number, column: number, rows: number, columns: number): string {
  const start = `${a1Column(column)}${row}`;
  return rows * columns > 1 ? `${start}:${a1Column(column + columns - 1)}${row + rows - 1}` : start;
}

/** Rows or columns left open (`A:B`, `2:5`) are null: the sheet's extent fills them in. */
export function parseA1(a1: string): {
  row: number;
  column: number;
  rows: number | null;
  columns: number | null;
} {
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i.exec(a1);
  if (!m || (!m[1] && !m[2])) throw new ScriptError('Range not found');
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const column = m[1] ? col(m[1]) : 1;
  const row = m[2] ? Number(m[2]) : 1;
  if (!a1.includes(':')) return { row, column, rows: 1, columns: 1 };
  const endColumn = m[3] ? col(m[3]) : null;
  const endRow = m[4] ? Number(m[4]) : null;
  return {
    row,
    column,
    rows: endRow === null ? null : endRow - row + 1,
    columns: endColumn === null ? null : endColumn - column + 1,
  };
}
