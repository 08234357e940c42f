import type { Cell } from '../model/table.ts';
import type { CellBlock } from '../ports/sheetLayout.ts';

/**
 * The rows with every cell of a merged range below `headerRow` holding the range's first
 * (upper-left) value, as the sheet shows it. Ledgers merge 客户编号, 公司 or 负责人 down a
 * customer's rows; a spreadsheet keeps the value in the first cell only and reads the others as
 * empty, which would leave those rows without a customer. An .xlsx read for the CLI shows the
 * first value in every cell of a merge already (exceljs). Merges that reach into the header row
 * or above are left alone: a header's group label belongs to its first column. `rows[0]` is
 * sheet row 1; rows not touched are shared, touched rows are copied.
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
    const last = Math.min(merge.row + merge.rows - 1, out.length);
    for (let r = merge.row; r <= last; r++) {
      if (!copied.has(r)) {
        out[r - 1] = [...(out[r - 1] ?? [])];
        copied.add(r);
      }
      const cells = out[r - 1] as Cell[];
      for (let c = merge.column; c < merge.column + merge.columns; c++) {
        if (r !== merge.row || c !== merge.column) cells[c - 1] = value;
      }
    }
  }
  return out;
}
