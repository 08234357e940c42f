import { placeManagedColumns } from '../pipeline/mergeManagedColumns.ts';

/** Where the managed columns go in a sheet (0-based column indexes). */
export interface ManagedSheetPlacement {
  /** Column of each managed header, in the order given. */
  columnOf: number[];
  /** First column appended to the right of the sheet's columns (= the old width). */
  appendAt: number;
  /** The whole header row after placement: user headers untouched, managed ones as given. */
  headerRow: string[];
}

/**
 * Places the managed columns in a sheet's header (issue 5, "re-using them on later runs") by the
 * same rule as the file path (pipeline/placeManagedColumns: managed columns found in either
 * language are re-used once at least 4 of them are there, the others are appended; user columns
 * are never chosen), and gives the header row to write. `header` must span every used column of
 * the sheet; `headers` are the managed headers in the language to write.
 */
export function placeManagedSheetColumns(
  header: readonly string[],
  headers: readonly string[],
): ManagedSheetPlacement {
  const appendAt = header.length;
  const { columns: columnOf, width } = placeManagedColumns(header, appendAt, [...headers]);
  const headerRow = header.map((text) => String(text ?? ''));
  while (headerRow.length < width) headerRow.push('');
  columnOf.forEach((column, k) => {
    headerRow[column] = headers[k] ?? '';
  });
  return { columnOf, appendAt, headerRow };
}

/** A run of adjacent columns: `columns[i]` sits at `start + i`; `indexes` are into columnOf. */
export interface ColumnRun {
  start: number;
  indexes: number[];
}

/**
 * Groups managed columns into runs of adjacent sheet columns, so each run is written with one
 * setValues (usually there is exactly one run; more only when the user moved a managed column).
 */
export function contiguousColumnRuns(columnOf: readonly number[]): ColumnRun[] {
  const order = columnOf.map((column, index) => ({ column, index })).sort((a, b) => a.column - b.column);
  const runs: ColumnRun[] = [];
  for (const { column, index } of order) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.indexes.length === column) last.indexes.push(index);
    else runs.push({ start: column, indexes: [index] });
  }
  return runs;
}
