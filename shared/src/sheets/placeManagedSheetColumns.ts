/** A managed column: its stable key and every header it may carry (current language first). */
export interface ManagedHeader {
  key: string;
  labels: string[];
}

/** Where the managed columns go in a sheet (0-based column indexes). */
export interface ManagedSheetPlacement {
  /** Column of each managed header, in the order given. */
  columnOf: number[];
  /** First column appended to the right of the sheet's columns (= the old width). */
  appendAt: number;
  /** The whole header row after placement: user headers untouched, managed ones in `labels[0]`. */
  headerRow: string[];
}

/**
 * Fewest managed headers a sheet must already carry before they count as the toolkit's own
 * columns: a lone user column that happens to be called "M" or "Segment" is never taken over
 * (the same rule as the file path, pipeline/mergeManagedColumns.ts).
 */
const MIN_FOUND_TO_REUSE = 4;

// Exact labels (spacing aside): a user's own "m" or "segment" column is never taken for ours.
const normalize = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * Places the managed columns in a sheet's header (issue 5, "re-using them on later runs"): a
 * managed column whose header matches any of its labels (zh or en, so a language switch re-uses
 * it) is written in place; the others are appended to the right of the last column. User columns
 * are never chosen. `header` must span every used column of the sheet.
 */
export function placeManagedSheetColumns(
  header: readonly string[],
  managedHeaders: readonly ManagedHeader[],
): ManagedSheetPlacement {
  const byLabel = new Map<string, number>();
  managedHeaders.forEach((managed, k) => {
    for (const text of managed.labels) if (!byLabel.has(normalize(text))) byLabel.set(normalize(text), k);
  });
  const found = new Map<number, number>();
  header.forEach((text, column) => {
    const k = byLabel.get(normalize(String(text ?? '')));
    if (k !== undefined && !found.has(k)) found.set(k, column);
  });
  const reuse = found.size >= Math.min(MIN_FOUND_TO_REUSE, managedHeaders.length);
  const appendAt = header.length;
  let next = appendAt;
  const columnOf = managedHeaders.map((_, k) => {
    const column = reuse ? found.get(k) : undefined;
    return column ?? next++;
  });
  const headerRow = header.map((text) => String(text ?? ''));
  while (headerRow.length < next) headerRow.push('');
  columnOf.forEach((column, k) => {
    headerRow[column] = managedHeaders[k]?.labels[0] ?? '';
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
