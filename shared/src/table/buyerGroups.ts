import type { Cell, FormulaCell, WideMerge } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { numberOrNaN } from '../parse/parseNumber.ts';
import { isBlankRow } from './cellReader.ts';
import type { AmountColumns } from './orderHeader.ts';
import { type RowContext, skippedRowReason } from './skippedRows.ts';

/** A row of the orders as BuyerGroups receives it, and gives it back. */
export interface GroupRow {
  cells: readonly Cell[];
  /** Its sheet row. */
  row: number;
  formulas?: readonly FormulaCell[];
  wideMerge?: WideMerge;
}

/**
 * Rows of a group a BuyerGroups holds at most: a customer's purchases in one ledger, with room
 * to spare. A longer run is no group of one customer's rows, and its rows are not held.
 */
export const MAX_GROUP_ROWS = 2000;

/**
 * A sales ledger grouped by customer writes the customer on the first line of each group only,
 * and closes the group with a subtotal (金蝶 and 用友's 销售明细 by 客户, an invoicing tool's
 * sales by client):
 *
 *     购货单位       日期        价税合计
 *     广州联创建材   2025-01-06   4620
 *                    2025-02-11   3080
 *     小计                        7700
 *
 * BuyerGroups gives each row without a buyer the buyer written at the top of its group, where
 * the group shows it is one: its rows name that buyer or none, they follow one another from the
 * group's first row to a totals row (合计, 小计, Total for …), and that row's amount is the sum of
 * theirs, to the cent. Anything else leaves the row as it is, without a buyer: a flat ledger
 * whose rows name many buyers, a group without its subtotal, a subtotal that does not add up (a
 * row typed under the group later). The sum is what tells a group from a row someone forgot to
 * fill in; the fill then cannot give a purchase to the wrong customer without the ledger's own
 * figures saying so.
 *
 * Rows come in table order (`add`) and go on to `release` in the same order, each with the buyer
 * it was given (null where it keeps its own cell). While a group has a row without a buyer, its
 * rows are held until the group's subtotal settles it: at most MAX_GROUP_ROWS of them.
 */
export class BuyerGroups {
  /** The buyer written on the current group's first row ('' outside a group). */
  private head = '';
  /**
   * The current group's rows (to sum), the first `count` of `rows`: the rows released already,
   * and those held. The array is written over rather than emptied: every row of a large table
   * passes here, and an array emptied and filled again is allocated again.
   */
  private readonly rows: (readonly Cell[])[] = [];
  private count = 0;
  private readonly held: GroupRow[] = [];
  /** Whether the current group ran past MAX_GROUP_ROWS: then it is no group, until its end. */
  private tooLong = false;
  /** The buyer of the row `wants` was last asked about. */
  private buyer = '';
  /** Rows given their group's buyer so far, by sheet row. */
  readonly filledRows: number[] = [];

  constructor(
    private readonly buyerCol: number,
    private readonly amounts: AmountColumns,
    private readonly context: RowContext,
    private readonly release: (row: GroupRow, buyer: string | null) => void,
  ) {}

  /**
   * Whether `add` has to see a row before it is released: while rows are held, and for a row
   * without a buyer. Any other row may be released by its caller at once, after `passing` it.
   */
  wants(cells: readonly Cell[]): boolean {
    if (this.held.length > 0) return true;
    const cell = cells[this.buyerCol];
    this.buyer = typeof cell === 'string' ? cell.trim() : buyerText(cell);
    return this.buyer === '';
  }

  /**
   * Notes the row `wants` was last asked about and refused, which its caller reads at once: a
   * row of the current group, or the first of a new one. A totals row or another row that is no
   * order, found by the caller among such rows, ends the group (`end`).
   */
  passing(cells: readonly Cell[]): void {
    if (this.buyer !== this.head) this.start(this.buyer);
    this.keep(cells);
  }

  /** Ends the current group without filling anything (a totals row or a section line read by the caller). */
  end(): void {
    this.releaseHeld(null);
    this.start('');
  }

  /** The next row, in table order. */
  add(row: GroupRow): void {
    const { cells } = row;
    if (isBlankRow(cells)) {
      if (this.held.length > 0) this.held.push(row);
      else this.release(row, null);
      return;
    }
    const reason = skippedRowReason(cells, this.context, row.formulas, row.wideMerge);
    if (reason === 'total') {
      const sum = this.held.length > 0 ? this.sum() : Number.NaN;
      const total = rowAmount(cells, this.amounts);
      this.releaseHeld(Number.isFinite(sum) && cents(sum) === cents(total) ? this.head : null);
      this.release(row, null);
      this.start('');
      return;
    }
    if (reason !== null) {
      this.end();
      this.release(row, null);
      return;
    }
    const buyer = buyerText(cells[this.buyerCol]);
    if (buyer !== '') {
      if (buyer !== this.head) {
        this.releaseHeld(null);
        this.start(buyer);
      }
      // Held behind the group's rows that wait, so that rows go on in table order.
      if (this.held.length > 0) this.held.push(row);
      else this.release(row, null);
      this.keep(cells);
      return;
    }
    // A row without a buyer outside a group, or in one grown past its bound, has none to take.
    if (this.head === '' || this.tooLong) {
      this.release(row, null);
      return;
    }
    this.held.push(row);
    this.keep(cells);
  }

  /** Releases every row still held, as it is: the table has ended without the group's subtotal. */
  finish(): void {
    this.end();
  }

  private start(buyer: string): void {
    this.head = buyer;
    this.count = 0;
    this.tooLong = false;
  }

  private keep(cells: readonly Cell[]): void {
    if (this.tooLong || this.head === '') return;
    if (this.count >= MAX_GROUP_ROWS) {
      this.tooLong = true;
      this.count = 0;
      this.releaseHeld(null);
      return;
    }
    this.rows[this.count++] = cells;
  }

  /** The sum of the current group's amounts; NaN where a row's amount cannot be read. */
  private sum(): number {
    let sum = 0;
    for (let i = 0; i < this.count; i++) {
      const cells = this.rows[i] as readonly Cell[];
      if (isBlankRow(cells)) continue;
      sum += rowAmount(cells, this.amounts);
    }
    return sum;
  }

  /** Releases the held rows: each without a buyer given `buyer` (null: as they are). */
  private releaseHeld(buyer: string | null): void {
    if (this.held.length === 0) return;
    const held = this.held.splice(0);
    for (const row of held) {
      const own = buyerText(row.cells[this.buyerCol]) !== '' || isBlankRow(row.cells);
      if (buyer !== null && !own) this.filledRows.push(row.row);
      this.release(row, own ? null : buyer);
    }
  }
}

function buyerText(cell: Cell | undefined): string {
  return cell === undefined || cell === null ? '' : cellToText(cell).trim();
}

/** Amounts compared to the cent. */
function cents(amount: number): number {
  return Math.round(amount * 100);
}

/**
 * A row's amount as a ledger writes it (4620, ¥1,200.00, $4,500.00), or the product of its
 * quantity and unit price; NaN where it cannot be read. An empty amount is NaN too: a group
 * whose rows lack one cannot be checked against its subtotal.
 */
export function rowAmount(cells: readonly Cell[], columns: AmountColumns): number {
  if ('amount' in columns) return cellNumber(cells[columns.amount]);
  return cellNumber(cells[columns.quantity]) * cellNumber(cells[columns.unitPrice]);
}

function cellNumber(cell: Cell | undefined): number {
  if (typeof cell === 'number') return cell;
  return typeof cell === 'string' ? numberOrNaN(cell.trim()) : Number.NaN;
}

/**
 * The rows of an orders sheet (`rows[0]` is sheet row 1, the header at `headerRow`) with each
 * row without a buyer given the buyer of its group, as the order reader gives it (BuyerGroups):
 * for what reads a sheet whole, such as the search for a person's rows. Rows not filled are
 * shared, filled rows are copies.
 */
export function fillGroupedBuyers(
  rows: readonly (readonly Cell[] | undefined)[],
  headerRow: number,
  context: RowContext,
  buyerCol: number,
  amounts: AmountColumns,
): Cell[][] {
  const out = rows.map((row) => (row ?? []) as Cell[]);
  const groups = new BuyerGroups(buyerCol, amounts, context, (held, buyer) => {
    if (buyer !== null) out[held.row - 1] = withBuyer(held.cells, buyerCol, buyer) as Cell[];
  });
  for (let index = headerRow; index < out.length; index++) {
    const cells = out[index] as Cell[];
    if (groups.wants(cells)) groups.add({ cells, row: index + 1 });
    else {
      groups.passing(cells);
      if (skippedRowReason(cells, context) !== null) groups.end();
    }
  }
  groups.finish();
  return out;
}

/** `cells` with `buyer` in column `column`, as a copy; `cells` themselves for no buyer (null). */
export function withBuyer(cells: readonly Cell[], column: number, buyer: string | null): readonly Cell[] {
  if (buyer === null) return cells;
  const filled = [...cells];
  while (filled.length <= column) filled.push(null);
  filled[column] = buyer;
  return filled;
}
