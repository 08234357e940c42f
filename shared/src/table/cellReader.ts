import type { IsoDate } from '../model/dates.ts';
import type { Cell, CellIssue, IssueKind } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import type { ParseResult } from '../parse/ParseResult.ts';
import { type DateParseOptions, parseDate } from '../parse/parseDate.ts';
import { parseNumber } from '../parse/parseNumber.ts';
import { isPlaceholderText } from '../parse/placeholderText.ts';

/**
 * Reads the cells of one row at a time and records an issue for each bad cell; the bad field
 * reads as null. One reader serves a whole table (row and cells are reset per row) so the hot
 * loop over a million orders allocates no reader per row.
 */
export class CellReader {
  row = 0;
  cells: readonly Cell[] = [];
  private readonly parseDateCell = (cell: Cell) => parseDate(cell, this.dateOptions);

  constructor(
    readonly header: readonly string[],
    readonly issues: CellIssue[],
    readonly table: CellIssue['table'],
    readonly today: IsoDate,
    readonly dateOptions: DateParseOptions,
  ) {}

  at(row: number, cells: readonly Cell[]): this {
    this.row = row;
    this.cells = cells;
    return this;
  }

  /** The cell, with placeholders for "nothing" (-, N/A, 无 …) read as empty. */
  cell(col: number | undefined): Cell {
    if (col === undefined) return null;
    const cell = this.cells[col] ?? null;
    return typeof cell === 'string' && isPlaceholderText(cell) ? null : cell;
  }

  report(col: number, kind: IssueKind, message: string): void {
    const issue: CellIssue = {
      row: this.row,
      column: this.header[col] ?? `column ${col + 1}`,
      value: cellToText(this.cells[col] ?? null),

      message,
      kind,
    };
    if (this.table !== undefined && this.table !== 'customers') issue.table = this.table;
    this.issues.push(issue);
  }

  /** Trimmed text; numbers as written (1001 → '1001', 1001.0 stays '1001'). */
  text(col: number | undefined): string | null {
    const cell = this.cell(col);
    if (cell === null || cell === '') return null;
    const text = (typeof cell === 'string' ? cell : cellToText(cell)).trim();
    return text === '' ? null : text;
  }

  /** A parsed value, or null with an issue when the parser refuses the cell. */
  parsed<T>(col: number | undefined, parse: (cell: Cell) => ParseResult<T>): T | null {
    if (col === undefined) return null;
    const result = parse(this.cell(col));
    if (result.ok) return result.value;
    this.report(col, 'invalid', result.message);
    return null;
  }

  /** A date; with `notAfterToday`, a date later than today is reported as future-date and dropped. */
  date(col: number | undefined, what: string, notAfterToday = true): IsoDate | null {
    const date = this.parsed(col, this.parseDateCell);
    if (date !== null && notAfterToday && date > this.today && col !== undefined) {
      this.report(col, 'future-date', `${what} ${date} is in the future (today is ${this.today})`);
      return null;
    }
    return date;
  }

  /** A number that may be negative (an order amount: negative for a refund). */
  signedAmount(col: number | undefined): number | null {
    return this.parsed(col, parseNumber);
  }

  /** A non-negative number; negatives are reported as kind negative, fractions when `integer`. */
  amount(col: number | undefined, what: string, integer = false): number | null {
    const value = this.parsed(col, parseNumber);
    if (value === null || col === undefined) return value;
    if (value < 0) {
      this.report(col, 'negative', `${what} cannot be negative (${value})`);
      return null;
    }
    if (integer && !Number.isInteger(value)) {
      this.report(col, 'invalid', `${what} must be a whole number, not ${value}`);
      return null;
    }
    return value;
  }
}

/** True when every cell of the row is empty (null, '' or spaces): such rows are skipped. */
export function isBlankRow(row: readonly Cell[]): boolean {
  for (const cell of row) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'string' && cell.trim() === '') continue;
    return false;
  }
  return true;
}
