/** A block of cells, 1-based, and how blocks meet. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function intersects(a: Block, b: Block): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function contains(outer: Block, inner: Block): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}
