import type { Cell } from '../model/table.ts';
import type { ManagedColumnsWrite } from './managedColumnsWrite.ts';

/**
 * A whole sheet (rows from sheet row 1) with the managed columns written in, for formats that
 * are rewritten whole (CSV): the header row gets the managed headers, each customer's values land
 * on the sheet row they were computed from, other rows of the table get empty managed cells, and
 * rows above the header (titles) or below the table are copied as they are. User cells are never
 * changed. `rows` may be a run of the sheet's rows starting at sheet row `firstRow`, so that a
 * large sheet can be written piece by piece.
 */
export function mergeManagedColumns(
  rows: readonly (readonly Cell[])[],
  write: ManagedColumnsWrite,
  firstRow = 1,
): Cell[][] {
  const empty = write.columns.map(() => '' as Cell);
  return rows.map((row, i) => {
    const sheetRow = firstRow + i;
    if (sheetRow < write.headerRow || sheetRow > write.lastRow) return row.slice();
    const out = padRow(row, write.width);
    const values =
      sheetRow === write.headerRow
        ? write.columns.map((c) => c.header)
        : (write.values.get(sheetRow) ?? empty);
    write.columns.forEach((column, k) => {
      out[column.column] = values[k] ?? '';
    });
    return out;
  });
}

function padRow(row: readonly Cell[], width: number): Cell[] {
  const out = row.slice();
  while (out.length < width) out.push(null);
  return out;
}
