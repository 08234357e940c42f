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
 * same, not a second record of the customer (see continuesMerge).
 *
 * The customer reader adds the lines' spend to the record's, and the person search gives a
 * person's lines to them with their row, so that erasing them leaves no line behind to be read
 * as the next customer's.
 */
export class FurtherLines {
  private open = false;

  /**
   * `context` is the customer table's (its identity and managed columns); `spendColumn` its
   * column of money spent, without which no row is a line of purchase.
   */
  constructor(
    private readonly context: RowContext,
    private readonly spendColumn: number | undefined,
  ) {}

  /** The row at hand is a record: rows after it may be its lines. */
  record(): void {
    this.open = true;
  }

  /** The row at hand is blank, or left out for another reason than naming nobody: no line follows. */
  end(): void {
    this.open = false;
  }

  /**
   * Whether a row that names nobody (skippedRowReason's 'no-identity') is a line of the record
   * above. A row that is not ends the record's lines.
   */
  continues(cells: readonly Cell[]): boolean {
    if (this.open && this.isLine(cells)) return true;
    this.open = false;
    return false;
  }

  /**
   * Whether a row that names someone only through merged cells continues the record above: every
   * identifying cell it fills shows a range merged down from above (`mergedDown`, its columns;
   * see TableData.mergedDown), as a customer's 学号 and 姓名 merged over their further courses.
   * Such a row needs no amount of its own: the merge says whose it is. A row that does not
   * continue the record starts a record of its own (the caller's record()).
   */
  continuesMerge(cells: readonly Cell[], mergedDown: ReadonlySet<number>): boolean {
    if (!this.open) return false;
    for (const c of this.context.identityColumns)
      if (!mergedDown.has(c) && cellToText(cells[c] ?? null).trim() !== '') return false;
    return true;
  }

  private isLine(cells: readonly Cell[]): boolean {
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
