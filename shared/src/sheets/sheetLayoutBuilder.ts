import type { Cell } from '../model/table.ts';
import type { CellBlock, CellStyle, ChartSpec, SheetLayout } from '../ports/sheetLayout.ts';

type StyleProps = Omit<CellStyle, keyof CellBlock>;

/**
 * Accumulates a SheetLayout top to bottom: rows, styles, merges and charts, all 1-based. Styles
 * are added per block (never per data row), so rendering costs the same for 10 or 100k rows.
 */
export class SheetLayoutBuilder {
  private readonly rows: Cell[][] = [];
  private readonly styles: CellStyle[] = [];
  private readonly merges: CellBlock[] = [];
  private readonly charts: ChartSpec[] = [];
  private frozenRows = 0;

  constructor(private readonly columnWidths: number[]) {}

  /** 1-based number of the next row to be added. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Adds a row; returns its 1-based row number. */
  row(cells: Cell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  /** Adds rows; returns the 1-based number of the first (or of the next row when empty). */
  block(rows: Cell[][]): number {
    const first = this.nextRow;
    for (const cells of rows) this.rows.push(cells);
    return first;
  }

  blank(): void {
    this.rows.push([]);
  }

  style(block: CellBlock, props: StyleProps): void {
    if (block.rows < 1 || block.columns < 1) return;
    this.styles.push({ ...block, ...props });
  }

  merge(block: CellBlock): void {
    if (block.rows * block.columns > 1) this.merges.push(block);
  }

  chart(spec: ChartSpec): void {
    this.charts.push(spec);
  }

  freeze(rows: number): void {
    this.frozenRows = rows;
  }

  /** The layout with every row padded to the same width (one rectangular block to write). */
  build(): SheetLayout {
    let width = 1;
    for (const r of this.rows) if (r.length > width) width = r.length;
    const rows = this.rows.length === 0 ? [Array<Cell>(width).fill('')] : this.rows;
    return {
      rows: rows.map((r) => (r.length === width ? r : r.concat(Array<Cell>(width - r.length).fill('')))),
      frozenRows: this.frozenRows,
      styles: this.styles,
      merges: this.merges,
      charts: this.charts,
      columnWidths: this.columnWidths,
    };
  }
}

/** Colours shared by the sheets the toolkit writes (a manager reads them; keep them calm). */
export const SHEET_COLORS = {
  headerBackground: '#1f4e78',
  headerText: '#ffffff',
  sectionText: '#1f4e78',
  totalBackground: '#eef3f8',
  muted: '#666666',
  overdueBackground: '#fde2e1',
  todayBackground: '#fff4ce',
} as const;
