/**
 * Per-cell formatting (number format, font, background, note…) kept as one array per property
 * and column, indexed by row: a style over 100k rows is one array fill, not 100k objects, and
 * inserting or deleting rows and columns moves the formats with their cells.
 */
import type { Block } from './block.ts';

export class CellProps {
  private byProp = new Map<string, Map<number, unknown[]>>();

  get(prop: string, row: number, column: number): unknown {
    return this.byProp.get(prop)?.get(column)?.[row];
  }

  /** Every property of one cell (tests read notes and number formats this way). */
  all(row: number, column: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [prop, columns] of this.byProp) {
      const value = columns.get(column)?.[row];
      if (value !== undefined) out[prop] = value;
    }
    return out;
  }

  /** Every set property as [prop, column, row, value], for snapshots. */
  entries(): [string, number, number, unknown][] {
    const out: [string, number, number, unknown][] = [];
    for (const [prop, columns] of [...this.byProp].sort(([a], [b]) => a.localeCompare(b)))
      for (const [c, cells] of [...columns].sort(([a], [b]) => a - b))
        cells.forEach((v, r) => {
          if (v !== undefined) out.push([prop, c, r, v]);
        });
    return out;
  }

  has(prop: string): boolean {
    return this.byProp.has(prop);
  }

  private column(prop: string, column: number): unknown[] {
    let columns = this.byProp.get(prop);
    if (!columns) {
      columns = new Map();
      this.byProp.set(prop, columns);
    }
    let cells = columns.get(column);
    if (!cells) {
      cells = [];
      columns.set(column, cells);
    }
    return cells;
  }

  /** One value over a block (undefined clears). */
  fill(prop: string, block: Block, value: unknown): void {
    for (let c = block.column; c < block.column + block.columns; c++) {
      const cells = this.column(prop, c);
      while (cells.length < block.row) cells.push(undefined);
      for (let r = block.row; r < block.row + block.rows; r++) cells[r] = value;
    }
  }

  /** A value per cell, row by row from the block's top-left cell. */
  fillGrid(prop: string, row: number, column: number, grid: readonly (readonly unknown[])[]): void {
    const width = grid[0]?.length ?? 0;
    for (let j = 0; j < width; j++) {
      const cells = this.column(prop, column + j);
      while (cells.length < row) cells.push(undefined);
      for (let i = 0; i < grid.length; i++) cells[row + i] = grid[i]?.[j];
    }
  }

  clear(block: Block): void {
    for (const prop of this.byProp.keys()) this.fill(prop, block, undefined);
  }

  /** Copies every property of `from` onto `to` (same size), as a normal paste does. */
  copy(from: Block, to: Block, into: CellProps = this): void {
    for (const [prop, columns] of this.byProp) {
      const grid = Array.from({ length: from.rows }, (_, i) =>
        Array.from({ length: from.columns }, (_, j) => columns.get(from.column + j)?.[from.row + i]),
      );
      into.fillGrid(prop, to.row, to.column, grid);
    }
  }

  clone(): CellProps {
    const copy = new CellProps();
    for (const [prop, columns] of this.byProp)
      copy.byProp.set(prop, new Map([...columns].map(([c, cells]) => [c, [...cells]])));
    return copy;
  }

  insertRows(at: number, howMany: number): void {
    for (const columns of this.byProp.values())
      for (const cells of columns.values())
        if (cells.length > at) cells.splice(at, 0, ...Array(howMany).fill(undefined));
  }

  deleteRows(at: number, howMany: number): void {
    for (const columns of this.byProp.values())
      for (const cells of columns.values()) cells.splice(at, howMany);
  }

  insertColumns(at: number, howMany: number): void {
    this.rekeyColumns((c) => (c >= at ? c + howMany : c));
  }

  deleteColumns(at: number, howMany: number): void {
    this.rekeyColumns((c) => (c < at ? c : c < at + howMany ? null : c - howMany));
  }

  private rekeyColumns(to: (column: number) => number | null): void {
    for (const [prop, columns] of this.byProp) {
      const moved = new Map<number, unknown[]>();
      for (const [c, cells] of columns) {
        const target = to(c);
        if (target !== null) moved.set(target, cells);
      }
      this.byProp.set(prop, moved);
    }
  }
}
