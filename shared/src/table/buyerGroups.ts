import type { Cell, FormulaCell, WideMerge } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { numberOrNaN } from '../parse/parseNumber.ts';
import { isBlankRow } from './cellReader.ts';
import type { AmountColumns } from './orderHeader.ts';
import { type RowContext, skippedRowReason } from './skippedRows.ts';

/**
 * What BuyerGroups gives a row back as: a row of the table, to be read as any other (with the
 * buyer it was given, if any); a group's heading; the totals row that closed a group that held
 * rows (小计, or Total Harbourside Physio, which no reader would know for one alone). A heading
 * or totals row comes with its group's buyer where the group was filled, else with none.
 */
export type ReleasedAs = 'row' | 'heading' | 'total';

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
 * Others write the customer on a line of its own above the group, a heading (QuickBooks' sales
 * by customer detail, 管家婆's 销售明细账 by 往来单位, 精斗云's 客户：…), in the buyer column or,
 * where the header has none, in whichever column the report puts it:
 *
 *     日期         单据编号    金额
 *     往来单位：佛山市禅城区美居家具店
 *     2025-01-08   XSD-0003    3360
 *     2025-03-15   XSD-0031    2080
 *     小计                     5440
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
 * it was given (null where it keeps its own cell), and a group's heading marked as one where its
 * group was filled or the header has no buyer column: else it goes on as any other row, for its
 * reader to say what it is. While a group has a row without a buyer, its rows are held until the
 * group's subtotal settles it: at most MAX_GROUP_ROWS of them.
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
  /** The current group's heading, held with its rows; null for a group without one. */
  private heading: GroupRow | null = null;
  /** Rows given their group's buyer so far, by sheet row. */
  readonly filledRows: number[] = [];

  /**
   * `layout.dateCol`: the orders' date column (a heading has no date). `layout.headingsAnywhere`:
   * whether a heading may stand in any column, for a table whose header has no buyer column
   * (its buyer column is then one past the header's); else a heading is in the buyer column.
   */
  constructor(
    private readonly buyerCol: number,
    private readonly amounts: AmountColumns,
    private readonly context: RowContext,
    private readonly release: (row: GroupRow, buyer: string | null, kind: ReleasedAs) => void,
    private readonly layout: { dateCol: number; headingsAnywhere?: boolean },
  ) {}

  /**
   * Whether `add` has to see a row before it is released: while rows are held, for a row
   * without a buyer, and for one that may be a group's heading (nothing but its buyer). Any
   * other row may be released by its caller at once, after `passing` it.
   */
  wants(cells: readonly Cell[]): boolean {
    if (this.held.length > 0) return true;
    const cell = cells[this.buyerCol];
    this.buyer = typeof cell === 'string' ? cell.trim() : buyerText(cell);
    if (this.buyer === '') return true;
    // A row with a date is no heading: the usual order row is decided by this one test.
    const date = cells[this.layout.dateCol];
    return (
      (date === undefined || date === null || date === '') && groupHeading(cells, this.buyerCol) !== null
    );
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
      else this.release(row, null, 'row');
      return;
    }
    const reason = skippedRowReason(cells, this.context, row.formulas, row.wideMerge);
    if (reason === 'total') {
      this.close(row);
      return;
    }
    // "Total Harbourside Physio" closes the group headed Harbourside Physio: a totals row only
    // there, where the name is the group's.
    if (reason === null && this.held.length > 0 && totalsOf(cells, this.head)) {
      this.close(row);
      return;
    }
    if (reason === null || reason === 'section' || reason === 'no-identity') {
      const heading = groupHeading(cells, this.layout.headingsAnywhere ? -1 : this.buyerCol);
      if (heading !== null) {
        // Held with the group's rows: it is a heading only if the group's subtotal says so.
        this.releaseHeld(null);
        this.start(heading);
        this.heading = row;
        this.held.push(row);
        return;
      }
    }
    if (reason !== null) {
      this.end();
      this.release(row, null, 'row');
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
      else this.release(row, null, 'row');
      this.keep(cells);
      return;
    }
    // A row without a buyer outside a group, or in one grown past its bound, has none to take.
    if (this.head === '' || this.tooLong) {
      this.release(row, null, 'row');
      return;
    }
    this.held.push(row);
    this.keep(cells);
  }

  /**
   * Ends the current group at its totals row, `row`: its rows are filled where the row's amount
   * is their sum. The totals row goes on as one, with the group's buyer where it was filled.
   */
  private close(row: GroupRow): void {
    const sum = this.count > 0 && this.head !== '' ? this.sum() : Number.NaN;
    const total = rowAmount(row.cells, this.amounts);
    const buyer = Number.isFinite(sum) && cents(sum) === cents(total) ? this.head : null;
    this.releaseHeld(buyer);
    this.release(row, buyer, 'total');
    this.start('');
  }

  /** Releases every row still held, as it is: the table has ended without the group's subtotal. */
  finish(): void {
    this.end();
  }

  private start(buyer: string): void {
    this.head = buyer;
    this.count = 0;
    this.tooLong = false;
    this.heading = null;
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

  /**
   * Releases the held rows: each without a buyer given `buyer`, and the group's heading as one
   * (null: all as they are).
   */
  private releaseHeld(buyer: string | null): void {
    if (this.held.length === 0) return;
    const held = this.held.splice(0);
    const heading = this.heading;
    this.heading = null;
    for (const row of held) {
      if (row === heading) {
        // Under a header without a buyer column a heading is no order even where its group
        // does not add up; in the buyer column it may be an order missing its date and amount.
        this.release(row, buyer, buyer !== null || this.layout.headingsAnywhere ? 'heading' : 'row');
        continue;
      }
      const own = buyerText(row.cells[this.buyerCol]) !== '' || isBlankRow(row.cells);
      if (buyer !== null && !own) this.filledRows.push(row.row);
      this.release(row, own ? null : buyer, 'row');
    }
  }
}

/**
 * The words a report may write before the customer on a group's heading (往来单位：…, 客户：…,
 * Customer: …).
 */
const HEADING_LABEL =
  /^(?:客户名称|客户|往来单位|购货单位|购买单位|单位名称|单位|买家|会员|customer(?:\s+name)?|client|contact|name)\s*[:：]\s*/i;

/** A heading that names a period rather than a customer: 2025年3月, 3月, 第一季度, Q1, March 2025. */
const PERIOD_HEADING =
  /^(?:\d{2,4}\s*年|\d{1,2}\s*月|第?[一二三四1-4]\s*季度|q[1-4]\b)|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{2,4}$/i;

/**
 * The customer a group's heading names: the text of a row with nothing else in it (in column
 * `column`; any column for −1), without a label before it (往来单位：); null for any other row,
 * and for a text naming nobody (a number, a period such as 2025年3月).
 */
export function groupHeading(cells: readonly Cell[], column: number): string | null {
  let text = '';
  let at = -1;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === null || cell === undefined || cell === '') continue;
    const cellText = typeof cell === 'string' ? cell.trim() : buyerText(cell);
    if (cellText === '') continue;
    if (at !== -1) return null;
    at = c;
    text = cellText;
  }
  if (at === -1 || (column !== -1 && at !== column)) return null;
  const name = text.replace(HEADING_LABEL, '').trim();
  if (!/\p{L}/u.test(name) || PERIOD_HEADING.test(name)) return null;
  return name;
}

function buyerText(cell: Cell | undefined): string {
  return cell === undefined || cell === null ? '' : cellToText(cell).trim();
}

/**
 * Whether a row's first text closes the group of `head`: Total <head>, Total: <head>, <head>
 * Total, <head> 合计 or <head> 小计, as a report writes under a heading.
 */
function totalsOf(cells: readonly Cell[], head: string): boolean {
  if (head === '') return false;
  let first = '';
  for (const cell of cells) {
    first = buyerText(cell);
    if (first !== '') break;
  }
  if (first.length <= head.length) return false;
  const text = first.toLowerCase();
  const name = head.toLowerCase();
  if (text.startsWith('total')) return text.slice(5).replace(/^\s*[:：]?\s*/, '') === name;
  if (!text.startsWith(name)) return false;
  return /^\s*(?:total|合计|小计)$/.test(text.slice(name.length));
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
 * shared, filled rows are copies. `ends` receives the headings and totals rows of the groups
 * filled, with their buyer, by sheet row.
 */
export function fillGroupedBuyers(
  rows: readonly (readonly Cell[] | undefined)[],
  headerRow: number,
  context: RowContext,
  buyerCol: number,
  amounts: AmountColumns,
  layout: { dateCol: number; headingsAnywhere?: boolean },
  ends?: Map<number, string>,
): Cell[][] {
  const out = rows.map((row) => (row ?? []) as Cell[]);
  const groups = new BuyerGroups(
    buyerCol,
    amounts,
    context,
    (held, buyer, kind) => {
      if (buyer === null) return;
      if (kind === 'row') out[held.row - 1] = withBuyer(held.cells, buyerCol, buyer) as Cell[];
      else ends?.set(held.row, buyer);
    },
    layout,
  );
  for (let index = headerRow; index < out.length; index++) {
    const cells = out[index] as Cell[];
    // A totals row goes to `add` as well, which gives it its group's buyer where the group's
    // rows add up to it: a group whose every row names its buyer has its total too.
    const reason = skippedRowReason(cells, context);
    if (reason === 'total' || groups.wants(cells)) groups.add({ cells, row: index + 1 });
    else {
      groups.passing(cells);
      if (reason !== null) groups.end();
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
