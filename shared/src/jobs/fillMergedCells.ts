import type { Cell, WideMerge } from '../model/table.ts';
import type { CellBlock } from '../ports/sheetLayout.ts';

/**
 * How many columns a merged range spans at least to be read as one value rather than a value
 * repeated in each of its columns: a section line (华东区, VIP客户（以下为重点维护）) merged
 * across the table or a long company name merged over 公司, 联系人 and 手机, not a customer's
 * 公司 merged over 公司 and 负责人.
 */
export const WIDE_MERGE_COLUMNS = 3;

/**
 * The rows with every cell of a merged range below `headerRow` holding the range's first
 * (upper-left) value, as the sheet shows it. Ledgers merge 客户编号, 公司 or 负责人 down a
 * customer's rows; a spreadsheet keeps the value in the first cell only and reads the others as
 * empty, which would leave those rows without a customer. An .xlsx read for the CLI shows the
 * first value in every cell of a merge already (exceljs). Merges that reach into the header row
 * or above are left alone: a header's group label belongs to its first column. A wide merge
 * (WIDE_MERGE_COLUMNS or more) is a value written once across the row, a section line or a
 * long company name: its value goes down its first column only, and its other columns read as
 * empty, as the sheet stores them, so that 华东区 is not also a phone number and an amount.
 * `rows[0]` is sheet row 1; rows not touched are shared, touched rows are copied.
 */
export function fillMergedCells(
  rows: readonly (readonly Cell[] | undefined)[],
  merges: readonly CellBlock[],
  headerRow: number,
): Cell[][] {
  const out = rows.map((row) => (row ?? []) as Cell[]);
  const copied = new Set<number>();
  for (const merge of merges) {
    if (merge.row <= headerRow) continue;
    const value = out[merge.row - 1]?.[merge.column - 1] ?? null;
    const wide = merge.columns >= WIDE_MERGE_COLUMNS;
    const last = Math.min(merge.row + merge.rows - 1, out.length);
    for (let r = merge.row; r <= last; r++) {
      if (!copied.has(r)) {
        out[r - 1] = [...(out[r - 1] ?? [])];
        copied.add(r);
      }
      const cells = out[r - 1] as Cell[];
      if (r !== merge.row) cells[merge.column - 1] = value;
      for (let c = merge.column + 1; c < merge.column + merge.columns; c++) {
        if (wide) {
          if (c <= cells.length) cells[c - 1] = null;
        } else cells[c - 1] = value;
      }
    }
  }
  return out;
}

/**
 * The wide merges below `headerRow` (WIDE_MERGE_COLUMNS or more columns), as their 0-based first
 * column and their width by each 1-based sheet row they cover (TableData.wideMerges). Whether one
 * is a section line across the table or a long name over a few columns is the readers' to tell:
 * they know the table's width and which columns hold names.
 */
export function wideMergesBelow(merges: readonly CellBlock[], headerRow: number): Map<number, WideMerge> {
  const wide = new Map<number, WideMerge>();
  for (const merge of merges) {
    if (merge.row <= headerRow || merge.columns < WIDE_MERGE_COLUMNS) continue;
    const range: WideMerge = { column: merge.column - 1, columns: merge.columns };
    for (let r = merge.row; r < merge.row + merge.rows; r++) if (!wide.has(r)) wide.set(r, range);
  }
  return wide;
}

/**
 * The cells below `headerRow` that show the value of a merged range starting above them, as
 * fillMergedCells fills them (TableData.mergedDown): by 1-based sheet row, their 0-based columns.
 * A wide merge fills its first column only.
 */
export function mergedDownCells(merges: readonly CellBlock[], headerRow: number): Map<number, Set<number>> {
  const down = new Map<number, Set<number>>();
  for (const merge of merges) {
    if (merge.row <= headerRow || merge.rows < 2) continue;
    const last = merge.columns >= WIDE_MERGE_COLUMNS ? merge.column : merge.column + merge.columns - 1;
    for (let r = merge.row + 1; r < merge.row + merge.rows; r++) {
      let columns = down.get(r);
      if (columns === undefined) {
        columns = new Set();
        down.set(r, columns);
      }
      for (let c = merge.column; c <= last; c++) columns.add(c - 1);
    }
  }
  return down;
}
