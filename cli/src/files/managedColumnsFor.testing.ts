// For the tests of the writers of managed columns (.csv, .xlsx): what classify would hand them.
import {
  type Cell,
  type Language,
  MANAGED_COLUMN_KINDS,
  MANAGED_COLUMN_LABELS,
  MANAGED_COLUMNS,
  type ManagedColumn,
  type ManagedColumnsWrite,
  placeManagedColumns,
  tableFromGrid,
  usedWidth,
} from '@crm/shared';

/**
 * The managed columns `keys` (default all) of the table whose header is row 1 of `grid`, placed
 * as classify places them, in `language`. The table ends on sheet row `lastRow`; each row from 2
 * to it gets the values `valuesOf` gives it (none for undefined).
 */
export function managedColumnsFor(
  grid: readonly (readonly Cell[])[],
  options: {
    language: Language;
    lastRow: number;
    valuesOf: (sheetRow: number) => Cell[] | undefined;
    keys?: readonly ManagedColumn[];
  },
): ManagedColumnsWrite {
  const { language, lastRow, valuesOf, keys = MANAGED_COLUMNS } = options;
  const table = tableFromGrid(grid as Cell[][], 1);
  const headers = keys.map((key) => MANAGED_COLUMN_LABELS[key][language]);
  const placement = placeManagedColumns(table.header, usedWidth(table), headers);
  const values = new Map<number, Cell[]>();
  for (let row = 2; row <= lastRow; row++) {
    const rowValues = valuesOf(row);
    if (rowValues !== undefined) values.set(row, rowValues);
  }
  return {
    headerRow: 1,
    lastRow,
    columns: keys.map((key, k) => ({
      key,
      column: placement.columns[k] ?? 0,
      header: headers[k] ?? '',
      kind: MANAGED_COLUMN_KINDS[key],
    })),
    values,
    width: placement.width,
  };
}
