import type { Cell } from '../model/table.ts';

/** A block of cells, 1-based (row 1 / column 1 = A1). */
export interface CellBlock {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface CellStyle extends CellBlock {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  /** Sheets number format pattern, e.g. `#,##0.00`, `0.0%`, `yyyy-mm-dd`. */
  numberFormat?: string;
  horizontalAlignment?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export interface ChartSpec {
  type: 'PIE' | 'COLUMN' | 'BAR' | 'LINE';
  title: string;
  /** Data with its header row; the first column holds the labels. */
  data: CellBlock;
  /** Top-left cell the chart is anchored to. */
  anchor: { row: number; column: number };
  width: number;
  height: number;
}

/**
 * A sheet the toolkit writes whole (follow-ups, data quality, report): values from A1 plus
 * presentation. The add-on renders it with SpreadsheetApp, the CLI with the Sheets REST API, so
 * both produce the same sheet.
 */
export interface SheetLayout {
  rows: Cell[][];
  frozenRows: number;
  styles: CellStyle[];
  merges: CellBlock[];
  charts: ChartSpec[];
  /** Pixel widths of the first columns (others keep the default). */
  columnWidths: number[];
}

/** Whether two blocks share at least one cell. */
export function blocksOverlap(a: CellBlock, b: CellBlock): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
