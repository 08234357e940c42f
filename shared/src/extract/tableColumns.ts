import { fieldLabel } from './fieldLabel.ts';
import type { ElementLike } from './types.ts';

// Table column headers as labels for the cells below them: in a directory table the row
// "周建国 | 总经理 | 13962145678 | zjg_jincheng" only says which cell is the WeChat id through its
// header "微信". The first row is the header when it is made of <th> cells, sits in <thead>, or
// names at least two known fields (联系人, 手机, Email …) (HTML §4.9 tabular data). A cell is in
// the column the table model puts it in (HTML §4.9.12): after the cells a rowspan above still
// covers, and a colspan takes the columns it spans, so that in
//     <td rowspan="2">招商二局</td><td>邵晓燕</td> … / <td>宣立群</td> …
// 宣立群 is under 联系人 as 邵晓燕 is, not under 部门.

interface TableState {
  labels: string[] | null;
  /** The first row was seen: later rows are data. */
  headerDone: boolean;
  rowCells: string[];
  rowAllTh: boolean;
  inHead: boolean;
  /** The column of the current cell. */
  cell: number;
  /** Where the row's next cell may start. */
  next: number;
  /** Rows below the current one that each column is still covered in by a rowspan above. */
  covered: number[];
  /** The rowspans the current row's cells start, by column (applied when the row ends). */
  starting: number[];
  cellText: string[] | null;
  /** Whether the current cell is a <th>. */
  cellIsTh: boolean;
  /**
   * The row's header: the text of a <th> that opens it, in a table without a header row (所長 |
   * 岡田 健太郎（携帯 …）, TEL | 03-…): the label of the row's <td> cells.
   */
  rowHeader: string | null;
}

/** The longest row header read as its cells' label: a label's few words, not a sentence. */
const MAX_ROW_HEADER = 20;

/** The most rows or columns a span is taken to cover (as browsers clamp rowspan and colspan). */
const MAX_SPAN = 1000;

function span(el: ElementLike | undefined, name: string): number {
  const value = el?.hasAttributes() ? Number.parseInt(el.getAttribute(name) ?? '', 10) : Number.NaN;
  return Number.isFinite(value) && value >= 1 ? Math.min(value, MAX_SPAN) : 1;
}

/** Tracks the tables the walk is in and the column of the current cell. */
export class TableColumns {
  private readonly stack: TableState[] = [];
  /**
   * The innermost table, null outside tables. Kept apart from the stack because the walk asks on
   * every block and line, and reading `stack[-1]` of an empty array is a slow property lookup in V8
   * (a negative index is a named property, not an element), not a cheap miss.
   */
  private table: TableState | null = null;

  open(tag: string, el?: ElementLike): void {
    if (tag === 'table') {
      this.table = {
        labels: null,
        headerDone: false,
        rowCells: [],
        rowAllTh: true,
        inHead: false,
        cell: -1,
        next: 0,
        covered: [],
        starting: [],
        cellText: null,
        cellIsTh: false,
        rowHeader: null,
      };
      this.stack.push(this.table);
      return;
    }
    const t = this.table;
    if (t === null) return;
    if (tag === 'thead') t.inHead = true;
    else if (tag === 'tr') {
      t.cell = -1;
      t.next = 0;
      t.rowCells = [];
      t.rowAllTh = true;
      t.rowHeader = null;
    } else if (tag === 'td' || tag === 'th') {
      let column = t.next;
      while ((t.covered[column] ?? 0) > 0) column++;
      const columns = span(el, 'colspan');
      const rows = span(el, 'rowspan');
      if (rows > 1) for (let c = column; c < column + columns; c++) t.starting[c] = rows - 1;
      t.cell = column;
      t.next = column + columns;
      t.cellText = [];
      t.cellIsTh = tag === 'th';
      if (tag === 'td') t.rowAllTh = false;
    }
  }

  close(tag: string): void {
    if (tag === 'table') {
      this.stack.pop();
      this.table = this.stack.length > 0 ? (this.stack[this.stack.length - 1] ?? null) : null;
      return;
    }
    const t = this.table;
    if (t === null) return;
    if (tag === 'thead') t.inHead = false;
    else if (tag === 'td' || tag === 'th') {
      const text = (t.cellText ?? []).join(' ');
      t.rowCells[t.cell] = text;
      if (tag === 'th' && t.cell === 0) {
        const header = text.trim();
        t.rowHeader = header !== '' && header.length <= MAX_ROW_HEADER ? header : null;
      }
      t.cellText = null;
    } else if (tag === 'tr') this.endRow(t);
  }

  /** The row ends: the rowspans above cover one row fewer, its own start; the first row may be the header. */
  private endRow(t: TableState): void {
    const { covered, starting } = t;
    for (let c = 0; c < covered.length; c++)
      if ((covered[c] ?? 0) > 0) covered[c] = (covered[c] as number) - 1;
    if (starting.length > 0) {
      starting.forEach((rows, c) => {
        covered[c] = rows;
      });
      t.starting = [];
    }
    if (!t.headerDone) {
      t.headerDone = true;
      const named = t.rowCells.filter((c) => c !== '' && fieldLabel(`${c}:`) !== null).length;
      if ((t.inHead || t.rowAllTh || named >= 2) && t.rowCells.length > 1) t.labels = [...t.rowCells];
    }
  }

  addCellText(text: string): void {
    this.table?.cellText?.push(text);
  }

  /**
   * The header of the current cell's column, once the header row is known; in a table without
   * one, the <th> that opens the current cell's row.
   */
  columnLabel(): string | null {
    const t = this.table;
    if (t === null || t.cellText === null) return null;
    if (t.labels === null) return t.cellIsTh ? null : t.rowHeader;
    return t.labels[t.cell] ?? null;
  }
}
