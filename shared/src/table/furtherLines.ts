import type { SkippedRowReason } from '../model/skippedRow.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { numberOrNaN } from '../parse/parseNumber.ts';
import type { RowContext } from './skippedRows.ts';

/**
 * A register that writes one customer over several rows, a line per purchase, and fills in who
 * it is on the first line only (a school's 学员报名登记表: the student's further courses on the
 * rows below, 学号, 姓名 and 家长电话 merged over them or left blank):
 *
 *     学号      学员姓名   家长电话       报名日期     课程            实收学费
 *     QM26003  陈雨桐    15157101234   2026-08-25  拉丁舞启蒙       2400
 *                                      2026-09-10  少儿美术         2880
 *                                      2026-11-05  拉丁舞启蒙（续费） 2200
 *
 * Such a row names nobody, yet it is no stray row: it is the customer above's. FurtherLines
 * follows a table's rows in order and tells which rows without anyone continue the record above:
 * each such row follows that record or another of its lines, with no blank or left-out row
 * between; it holds an amount in the spend column, as the record's own line does; and it says
 * something more than the amount (a date, a course, who took the money), as a line of purchase
 * does. A row of an amount alone under a record (a figure typed under the table) is nobody's.
 * Where the cells are merged, each row shows the customer's 学号 and 姓名 and is theirs all the
 * same, not a second record of the customer (see isLine); so is a row that names them again, as
 * a groomer's list writes a row per dog under its owner (see namesAsAbove).
 *
 * The customer reader adds the lines' spend to the record's, and the person search gives a
 * person's lines to them with their row, so that erasing them leaves no line behind to be read
 * as the next customer's.
 */
/**
 * A cell saying it is as the row above's: as above, same as above, ditto, 同上, 〃, and as ledgers
 * abroad write it: j.w. (Polish jak wyżej), dto. (German dito), idem (French, Spanish ídem).
 */
const AS_ABOVE =
  /^(?:(?:same\s+)?as\s+above|ditto|dito|dto\.?|do\.|idem|ídem|j\.\s?w\.?|jak\s+wyżej|同上|〃|″|")$/i;

/** Whether a cell's text (trimmed) says it is as the row above's (AS_ABOVE). */
export function saysAsAbove(text: string): boolean {
  return text.length <= 16 && AS_ABOVE.test(text);
}

export class FurtherLines {
  private open = false;
  /** The cells of the open record's own row. */
  private record: readonly Cell[] = [];

  /**
   * `context` is the customer table's (its identity and managed columns); `spendColumn` its
   * column of money spent, without which no row naming nobody is a line of purchase.
   */
  constructor(
    private readonly context: RowContext,
    private readonly spendColumn: number | undefined,
  ) {}

  /** A blank row: no line follows it. */
  blank(): void {
    this.open = false;
  }

  /**
   * Whether the next row of the table, not blank, is a line of the record above; `reason` is
   * skippedRowReason's for it, `mergedDown` the columns that show a merge from above
   * (TableData.mergedDown). A row naming nobody is one when it reads as a line of purchase
   * (isPurchaseLine); a row naming someone only through merged cells when each identifying cell
   * it fills shows the merge, as a customer's 学号 and 姓名 merged over their further courses do:
   * the merge says whose it is, so it needs no amount of its own. Any other row left out ends the
   * record's lines, and any other record opens its own.
   */
  isLine(cells: readonly Cell[], reason: SkippedRowReason | null, mergedDown?: ReadonlySet<number>): boolean {
    if (reason === null) {
      if (this.open && mergedDown !== undefined && this.namesOnlyThroughMerge(cells, mergedDown)) return true;
      if (this.open && this.namesAsAbove(cells)) return true;
      this.open = true;
      this.record = cells;
      return false;
    }
    this.open = this.open && reason === 'no-identity' && this.isPurchaseLine(cells);
    return this.open;
  }

  private namesOnlyThroughMerge(cells: readonly Cell[], mergedDown: ReadonlySet<number>): boolean {
    for (const c of this.context.identityColumns)
      if (!mergedDown.has(c) && cellToText(cells[c] ?? null).trim() !== '') return false;
    return true;
  }

  /**
   * A row that names the record above again, and says something else: a pet groomer's client
   * list writes a row per dog under the owner's name, their mobile repeated or "as above"
   *
   *     Owner name     Dog name  Mobile
   *     Linda Walsh    Poppy     +44 7700 900333
   *     Linda Walsh    Daisy     as above
   *
   * Every identifying cell it fills is the record's own (as written) or says so (as above, 同上,
   * 〃), two of them at least (a name alone may be another person's), and a cell outside them
   * differs from the record's row: a row written twice whole is a duplicate, listed as one.
   */
  private namesAsAbove(cells: readonly Cell[]): boolean {
    const { identityColumns, managedColumns } = this.context;
    let same = 0;
    for (const c of identityColumns) {
      const cell = cells[c] ?? null;
      const above = this.record[c] ?? null;
      // Most rows differ from the one above in their first identifying cell: settled there,
      // without a text of either cell.
      if (cell === above) {
        if (cell !== null && cell !== '') same++;
        continue;
      }
      const text = cellToText(cell).trim();
      if (text === '') continue;
      if (text !== cellToText(above).trim() && !AS_ABOVE.test(text)) return false;
      same++;
    }
    if (same < 2) return false;
    const width = Math.max(cells.length, this.record.length);
    for (let c = 0; c < width; c++) {
      if (identityColumns.includes(c) || managedColumns.includes(c)) continue;
      if (cellToText(cells[c] ?? null).trim() !== cellToText(this.record[c] ?? null).trim()) return true;
    }
    return false;
  }

  /** An amount in the spend column, and something more outside the identifying columns. */
  private isPurchaseLine(cells: readonly Cell[]): boolean {
    const spend = this.spendColumn;
    if (spend === undefined) return false;
    const amount = numberOrNaN(cellToText(cells[spend] ?? null).trim());
    if (!Number.isFinite(amount) || amount === 0) return false;
    const { identityColumns, managedColumns } = this.context;
    for (let c = 0; c < cells.length; c++) {
      if (c === spend || identityColumns.includes(c) || managedColumns.includes(c)) continue;
      if (cellToText(cells[c] ?? null).trim() !== '') return true;
    }
    return false;
  }
}
