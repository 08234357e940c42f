import type { Cell, TableData } from '../model/table.ts';
import { type ManagedColumn, managedColumnOf } from './managedColumns.ts';

/**
 * Fewest managed headers a table must already carry to count as the toolkit's own output. A
 * lone user column that happens to be called "Segment" or "M" must not be overwritten.
 */
const MIN_MANAGED_HEADERS_TO_REUSE = 4;

/** Where each managed column lands in a table (see mergeManagedColumns). */
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
  managedHeaders: string[],
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
  return { columns, width: next };
}

/**
 * The table with the managed columns written in (see placeManagedColumns). User cells are
 * copied as they are; rows keep their order. `values` has one row per data row.
 */
export function mergeManagedColumns(
  table: TableData,
  managed: { headers: string[]; values: Cell[][] },
): { table: TableData; placement: ManagedPlacement } {
  const userWidth = table.rows.reduce((width, row) => Math.max(width, row.length), table.header.length);
  const placement = placeManagedColumns(table.header, userWidth, managed.headers);
  const header = padRow<string>(table.header, placement.width, '');
  placement.columns.forEach((column, k) => {
    header[column] = managed.headers[k] ?? '';
  });
  const rows = table.rows.map((row, i) => {
    const out = padRow<Cell>(row, placement.width, null);
    const values = managed.values[i];
    placement.columns.forEach((column, k) => {
      out[column] = values?.[k] ?? '';
    });
    return out;
  });
  return { table: { header, rows }, placement };
}

function padRow<T>(row: readonly T[], width: number, fill: T): T[] {
  const out = row.slice();
  while (out.length < width) out.push(fill);
  return out;
}
