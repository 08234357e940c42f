import { fieldLabel } from './fieldLabel.ts';

// Table column headers as labels for the cells below them: in a directory table the row
// "周建国 | 总经理 | 13962145678 | zjg_jincheng" only says which cell is the WeChat id through its
// header "微信". The first row is the header when it is made of <th> cells, sits in <thead>, or
// names at least two known fields (联系人, 手机, Email …) (HTML §4.9 tabular data).

interface TableState {
  labels: string[] | null;
  /** The first row was seen: later rows are data. */
  headerDone: boolean;
  rowCells: string[];
  rowAllTh: boolean;
  inHead: boolean;
  cell: number;
  cellText: string[] | null;
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

  open(tag: string): void {
    if (tag === 'table') {
      this.table = {
        labels: null,
        headerDone: false,
        rowCells: [],
        rowAllTh: true,
        inHead: false,
        cell: -1,
        cellText: null,
      };
      this.stack.push(this.table);
      return;
    }
    const t = this.table;
    if (t === null) return;
    if (tag === 'thead') t.inHead = true;
    else if (tag === 'tr') {
      t.cell = -1;
      t.rowCells = [];
      t.rowAllTh = true;
    } else if (tag === 'td' || tag === 'th') {
      t.cell++;
      t.cellText = [];
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
      t.rowCells[t.cell] = (t.cellText ?? []).join(' ');
      t.cellText = null;
    } else if (tag === 'tr' && !t.headerDone) {
      t.headerDone = true;
      const named = t.rowCells.filter((c) => c !== '' && fieldLabel(`${c}:`) !== null).length;
      if ((t.inHead || t.rowAllTh || named >= 2) && t.rowCells.length > 1) t.labels = [...t.rowCells];
    }
  }

  addCellText(text: string): void {
    this.table?.cellText?.push(text);
  }

  /** The header of the current cell's column, once the header row is known. */
  columnLabel(): string | null {
    const t = this.table;
    if (t === null || t.labels === null || t.cellText === null) return null;
    return t.labels[t.cell] ?? null;
  }
}
