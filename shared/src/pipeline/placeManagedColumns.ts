import { type ManagedColumn, managedColumnOf } from './managedColumnList.ts';

/**
 * Fewest managed headers a table must already carry to count as the toolkit's own output. A
 * lone user column that happens to be called "Segment" or "M" must not be overwritten.
 */
const MIN_MANAGED_HEADERS_TO_REUSE = 4;

/** Where each managed column lands in a table. */
export interface ManagedPlacement {
  /** Column index of each managed header, in the order given. */
  columns: number[];
  /** Number of columns of the resulting table. */
  width: number;
}

/**
 * Where to put the managed columns in a table: a re-run on the toolkit's own output re-uses the
 * managed columns it finds (headers in either language); otherwise they go to the right of the
 * widest user column. User columns are never chosen.
 */
export function placeManagedColumns(
  header: readonly string[],
  width: number,
  managedHeaders: readonly string[],
): ManagedPlacement {
  const existing = new Map<ManagedColumn, number>();
  header.forEach((text, index) => {
    const column = managedColumnOf(text);
    if (column && !existing.has(column)) existing.set(column, index);
  });
  const reuse = existing.size >= MIN_MANAGED_HEADERS_TO_REUSE;
  let next = width;
  const columns = managedHeaders.map((text) => {
    const column = managedColumnOf(text);
    const found = reuse && column ? existing.get(column) : undefined;
    if (found !== undefined) return found;
    return next++;
  });
  return { columns, width: Math.max(next, width) };
}
