import type { SheetLayout } from '@crm/shared';

/** Sheets' default column width and row height, in pixels. */
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

/**
 * The grid a layout needs and no more: its rows and columns, the cells its charts float over
 * (a chart past the last column or row could not be scrolled to), and one row below the frozen
 * ones (Sheets cannot freeze every row of a sheet).
 */
export function layoutGrid(layout: SheetLayout): { rows: number; columns: number } {
  let rows = Math.max(layout.rows.length, layout.frozenRows + 1);
  let columns = Math.max(layout.rows[0]?.length ?? 1, 1);
  const widthOf = (column: number) => layout.columnWidths[column - 1] ?? DEFAULT_COLUMN_WIDTH;
  for (const chart of layout.charts) {
    let right = chart.anchor.column;
    for (let covered = widthOf(right); covered < chart.width; covered += widthOf(right)) right++;
    columns = Math.max(columns, right);
    rows = Math.max(rows, chart.anchor.row + Math.ceil(chart.height / DEFAULT_ROW_HEIGHT) - 1);
  }
  return { rows, columns };
}
