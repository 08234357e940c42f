/** A run of adjacent columns: `columns[indexes[i]]` sits at `start + i`. */
export interface ColumnRun {
  start: number;
  indexes: number[];
}

/**
 * Groups column indexes into runs of adjacent sheet columns, so each run is written with one
 * call (there is one run unless the user moved a managed column away from the others).
 */
export function contiguousColumnRuns(columns: readonly number[]): ColumnRun[] {
  const order = columns.map((column, index) => ({ column, index })).sort((a, b) => a.column - b.column);
  const runs: ColumnRun[] = [];
  for (const { column, index } of order) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.indexes.length === column) last.indexes.push(index);
    else runs.push({ start: column, indexes: [index] });
  }
  return runs;
}
