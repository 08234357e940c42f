import type { Cell, TableData } from '../model/table.ts';
import type { ManagedColumnsWrite } from './managedColumnsWrite.ts';

/**
 * The table with the managed columns written in, for formats that are rewritten whole (CSV):
 * user cells are copied as they are, rows keep their order, and each customer's values land on
 * the sheet row they were computed from (see ManagedColumnsWrite).
 */
export function mergeManagedColumns(table: TableData, write: ManagedColumnsWrite): TableData {
  const header = padRow<string>(table.header, write.width, '');
  for (const column of write.columns) header[column.column] = column.header;
  const firstRow = write.headerRow + 1;
  const rows = table.rows.map((row, i) => {
    const out = padRow<Cell>(row, write.width, null);
    const values = write.values.get(firstRow + i);
    write.columns.forEach((column, k) => {
      out[column.column] = values?.[k] ?? '';
    });
    return out;
  });
  return { header, rows, headerRow: write.headerRow };
}

function padRow<T>(row: readonly T[], width: number, fill: T): T[] {
  const out = row.slice();
  while (out.length < width) out.push(fill);
  return out;
}
