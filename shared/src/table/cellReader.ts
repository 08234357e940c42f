import type { IsoDate } from '../model/dates.ts';
import type { Language } from '../model/keys.ts';
import type { Cell, CellIssue, FormulaCell, IssueKind, TableData } from '../model/table.ts';
import { tooLongToParse } from '../parse/cellTextLimit.ts';
import { cellToText } from '../parse/cellToText.ts';
import type { ParseResult } from '../parse/ParseResult.ts';
import {
  type DateParseOptions,
  type DayOrder,
  DayOrderTally,
  isYearlessDate,
  parseDate,
} from '../parse/parseDate.ts';
import { parseNumber } from '../parse/parseNumber.ts';
import { parseProblemText } from '../parse/parseTexts.ts';
import { isPlaceholderText } from '../parse/placeholderText.ts';
import type { CheckedValue, ReaderProblem } from './readerProblem.ts';
import { READER_TEXTS, readerProblemText } from './readerTexts.ts';

/**
 * Reads the cells of one row at a time and records an issue for each bad cell, worded in
 * `language`; the bad field reads as null. One reader serves a whole table (row and cells are
 * reset per row) so the hot loop over a million orders allocates no reader per row.
 */
export class CellReader {
  row = 0;
  cells: readonly Cell[] = [];
  /** A date parser per date column, reading 3/5/2024 in the order the column's other dates show. */
  private readonly dateParsers = new Map<number, (cell: Cell) => ParseResult<IsoDate>>();

  constructor(
    readonly header: readonly string[],
    readonly issues: CellIssue[],
    readonly table: CellIssue['table'],
    readonly today: IsoDate,
    readonly dateOptions: DateParseOptions,
    readonly language: Language,
    /**
     * The table's rows, for what a column as a whole says (its day order), and its formula
     * cells, so that a formula saved without its result is reported rather than read as empty.
     */
    readonly source: Pick<TableData, 'rows' | 'formulas'> = { rows: [] },
  ) {}

  /** The formula cells of the current row, when the source keeps formulas. */
  private rowFormulas: readonly FormulaCell[] | undefined;
  private readonly reportedFormulas = new Set<string>();

  at(row: number, cells: readonly Cell[]): this {
    this.row = row;
    this.cells = cells;
    this.rowFormulas = this.source.formulas?.get(row);
    return this;
  }

  /**
   * The cell, with placeholders for "nothing" (-, N/A, 无 …) read as empty. A formula the file
   * saved without its result reads as empty too, with an issue saying so (never a silent 0).
   */
  cell(col: number | undefined): Cell {
    if (col === undefined) return null;
    const cell = this.cells[col] ?? null;
    if (cell === null && this.rowFormulas !== undefined) this.reportUncachedFormula(col);
    return typeof cell === 'string' && isPlaceholderText(cell) ? null : cell;
  }

  private reportUncachedFormula(col: number): void {
    const formula = this.rowFormulas?.find((f) => f.column === col && !f.cached);
    if (formula === undefined) return;
    // Two fields may read one cell (a name column that is also the company); one issue per cell.
    const key = `${this.row}:${col}`;
    if (this.reportedFormulas.has(key)) return;
    this.reportedFormulas.add(key);
    this.report(col, 'missing', { code: 'formula-without-value', formula: formula.formula });
  }

  private columnName(col: number): string {
    return this.header[col] ?? READER_TEXTS[this.language].column(col + 1);
  }

  /** Records a problem the reader found beyond parsing (a future date, a contradiction …). */
  report(col: number, kind: IssueKind, problem: ReaderProblem): void {
    this.record(col, kind, readerProblemText(problem, this.language));
  }

  private record(col: number, kind: IssueKind, message: string): void {
    const issue: CellIssue = {
      row: this.row,
      column: this.columnName(col),
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

  /**
   * A parsed value, or null with an issue when the parser refuses the cell. A cell too long to be
   * one value is refused before any parser sees it, so one pasted page costs no more than a cell.
   */
  parsed<T>(col: number | undefined, parse: (cell: Cell) => ParseResult<T>): T | null {
    if (col === undefined) return null;
    const cell = this.cell(col);
    const tooLong = tooLongToParse(cell);
    if (tooLong !== null) {
      this.record(col, 'invalid', parseProblemText(tooLong, this.language));
      return null;
    }
    const result = parse(cell);
    if (result.ok) return result.value;
    this.record(col, 'invalid', parseProblemText(result.problem, this.language));
    return null;
  }

  /** The first date read without its year (9月3日, read as the latest such day up to today). */
  yearlessExample: string | null = null;

  /** A date; with `notAfterToday`, a date later than today is reported as future-date and dropped. */
  date(col: number | undefined, value: CheckedValue, notAfterToday = true): IsoDate | null {
    const date = col === undefined ? null : this.parsed(col, this.dateParser(col));
    if (date !== null && this.yearlessExample === null) {
      const cell = this.cells[col as number];
      // A number is a month and a day only below 13 (11.25): a serial date is no text to look at.
      const text = typeof cell === 'number' ? (cell < 13 ? String(cell) : null) : cell;
      if (typeof text === 'string' && isYearlessDate(text)) this.yearlessExample = text.trim();
    }
    if (date !== null && notAfterToday && date > this.today && col !== undefined) {
      this.report(col, 'future-date', { code: 'future-date', value, date, today: this.today });
      return null;
    }
    return date;
  }

  /** Reads the column's D/M/YYYY-or-M/D/YYYY dates in `dayOrder` (for a column read as a stream). */
  useDayOrder(col: number, dayOrder: DayOrder | null): void {
    const options = { ...this.dateOptions, dayOrder, today: this.today };
    this.dateParsers.set(col, (cell: Cell) => parseDate(cell, options));
  }

  private dateParser(col: number): (cell: Cell) => ParseResult<IsoDate> {
    let parser = this.dateParsers.get(col);
    if (parser === undefined) {
      const dayOrder = columnDayOrderOf(this.source.rows, col);
      const options = { ...this.dateOptions, dayOrder, today: this.today };
      parser = (cell: Cell) => parseDate(cell, options);
      this.dateParsers.set(col, parser);
    }
    return parser;
  }

  /** A number that may be negative (an order amount: negative for a refund). */
  signedAmount(col: number | undefined): number | null {
    return this.parsed(col, parseNumber);
  }

  /** A non-negative number; negatives are reported as kind negative, fractions when `integer`. */
  amount(col: number | undefined, value: CheckedValue, integer = false): number | null {
    const number = this.parsed(col, parseNumber);
    if (number === null || col === undefined) return number;
    if (number < 0) {
      this.report(col, 'negative', { code: 'negative', value, number });
      return null;
    }
    if (integer && !Number.isInteger(number)) {
      this.report(col, 'invalid', { code: 'not-whole', value, number });
      return null;
    }
    return number;
  }
}

/**
 * True when every cell of the row is empty (null, '' or spaces) or an unchecked checkbox
 * (false): such rows are skipped. A checkbox column inserted down the whole sheet holds false on
 * every row of the grid, and an .xlsx keeps FALSE the same way, as a CSV file does in text
 * (FALSE); a row holding nothing else holds nobody.
 */
export function isBlankRow(row: readonly Cell[]): boolean {
  // Indexed: every row of every table passes here.
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (cell === null || cell === undefined || cell === false) continue;
    if (typeof cell === 'string' && (cell.trim() === '' || isUntickedText(cell))) continue;
    return false;
  }
  return true;
}

/** An unchecked checkbox as a CSV file writes it: FALSE, whatever the case and spaces around it. */
function isUntickedText(text: string): boolean {
  if (text.length < 5 || text.length > 9) return false;
  // Told by the first character (f, F or a space) for nearly every cell: every row passes here.
  const head = text.charCodeAt(0);
  return ((head | 0x20) === 0x66 || head === 0x20) && text.trim().toLowerCase() === 'false';
}

/** columnDayOrder of one column of the rows (columnDayOrderTally). */
function columnDayOrderOf(rows: readonly (readonly Cell[])[], col: number): DayOrder | null {
  return columnDayOrderTally(rows, col).order;
}

/**
 * The DayOrderTally of one column of the rows, cell by cell, stopping once it is mixed: a
 * generator of the cells would make an object per cell, a million of them for a large table's
 * date column.
 */
export function columnDayOrderTally(rows: readonly (readonly Cell[])[], col: number): DayOrderTally {
  const tally = new DayOrderTally();
  for (let i = 0; i < rows.length && !tally.mixed; i++) tally.add((rows[i] as readonly Cell[])[col] ?? null);
  return tally;
}
