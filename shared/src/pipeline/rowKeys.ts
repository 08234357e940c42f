import type { CustomerField } from '../model/fields.ts';
import { type Cell, sheetRowOf, type TableData } from '../model/table.ts';
import type { HeaderMapping } from '../table/mapHeader.ts';

/** The columns whose cells identify a customer row, in order of preference. */
const KEY_FIELDS = [
  'id',
  'name',
  'mobile',
  'phone',
  'email',
  'wechat',
  'platformAccount',
  'company',
] as const satisfies readonly CustomerField[];

/**
 * What identifies each row of a customer table as it was read, so that an adapter can check,
 * just before a positional write (the managed columns), that every row still holds the customer
 * it held: a co-editor who sorts the sheet, or inserts or deletes a row, while a job runs would
 * otherwise have each value land on another customer's row.
 */
export interface RowKeys {
  /** 0-based columns compared: the id and name columns when the table has them. */
  columns: number[];
  /** Sheet row of the first data row. */
  firstRow: number;
  /** Sheet row of the last data row. */
  lastRow: number;
  /** The key cells of each sheet row from firstRow to lastRow, as one text per row. */
  keys: string[];
  /**
   * The header row as the sheet held it (its texts, headerText, without the empty cells at its
   * end), where the adapter has it: a column inserted, deleted or moved anywhere shifts it, and
   * every managed column would land on another column.
   */
  header?: { row: number; texts: string[] };
}

/** The key of one row: its cells in `columns`, each as the sheet gives it. */
export function rowKey(cells: readonly Cell[] | undefined, columns: readonly number[]): string {
  return columns
    .map((column) => {
      const cell = cells?.[column];
      if (cell === null || cell === undefined) return '';
      return cell instanceof Date ? String(cell.getTime()) : String(cell);
    })
    .join('\u0000');
}

/**
 * The 0-based columns that identify a row: the customer id and name columns when the header has
 * them (else the first identifying column it has, else the first column).
 */
export function keyColumnsOf(mapping: HeaderMapping<CustomerField>): number[] {
  const mapped = KEY_FIELDS.flatMap((field) => {
    const column = mapping.columns[field];
    return column === undefined ? [] : [column];
  });
  return mapped.length === 0 ? [0] : mapped.slice(0, 2);
}

/** The keys of a table, in its key columns (keyColumnsOf). */
export function rowKeysOf(table: TableData, mapping: HeaderMapping<CustomerField>): RowKeys {
  const columns = keyColumnsOf(mapping);
  return {
    columns,
    firstRow: sheetRowOf(table, 0),
    lastRow: sheetRowOf(table, table.rows.length - 1),
    keys: table.rows.map((row) => rowKey(row, columns)),
  };
}

/**
 * The sheet rows whose key cells are no longer those that were read. `current` holds the key
 * cells read again, one array per sheet row from firstRow, in the order of `keys.columns`.
 */
export function movedRows(keys: RowKeys, current: readonly (readonly Cell[] | undefined)[]): number[] {
  const moved: number[] = [];
  const positions = keys.columns.map((_, i) => i);
  keys.keys.forEach((key, i) => {
    if (rowKey(current[i], positions) !== key) moved.push(keys.firstRow + i);
  });
  return moved;
}
