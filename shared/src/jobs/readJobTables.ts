import type { Cell, FormulaCells, TableData, TableRole } from '../model/table.ts';
import { isBlankRow } from '../table/cellReader.ts';
import { fillMergedCells, mergedDownCells, wideMergesBelow } from './fillMergedCells.ts';
import { JobError } from './JobError.ts';
import type { PassedOverSheet, TableLocation, WorkbookLocation } from './locateTables.ts';
import { headerText, type SheetGrid } from './sheetGrid.ts';
import { expectedHeaders } from './tableRequirements.ts';

/** A table and the sheet it came from. */
export interface SheetTable {
  sheet: string;
  table: TableData;
}

export type JobTables = Record<'customers', SheetTable> &
  Record<'orders' | 'complaints', SheetTable | null> & {
    /** The follow-up sheet of the last run (its Done marks carry into the new plan). */
    followUps?: SheetTable | null;
    /** Sheets that look like purchases but name no buyer, left unread (see WorkbookLocation). */
    ordersPassedOver?: readonly PassedOverSheet[];
  };

/**
 * The table below a header row: the header texts, then every row down to the last non-blank one
 * (blank rows inside stay, so each data row keeps its sheet row; see sheetRowOf).
 */
export function tableFromGrid(
  rows: readonly (readonly Cell[] | undefined)[],
  headerRow: number,
  headerTexts?: readonly string[],
  formulas?: FormulaCells,
): TableData {
  const header = headerTexts ? [...headerTexts] : (rows[headerRow - 1] ?? []).map(headerText);
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  let end = rows.length;
  while (end > headerRow && isBlankRow(rows[end - 1] ?? [])) end--;
  const data: Cell[][] = [];
  for (let i = headerRow; i < end; i++) data.push((rows[i] ?? []) as Cell[]);
  return formulas === undefined
    ? { header, rows: data, headerRow }
    : { header, rows: data, headerRow, formulas };
}

/**
 * The located tables from the full grids of their sheets. The customer sheet must have a usable
 * header and at least one row below it; nothing else is checked here (readers report bad cells).
 *
 * @throws JobError for an empty customer sheet, an unrecognised header or a table without rows.
 */
export function readJobTables(sheets: readonly SheetGrid[], location: WorkbookLocation): JobTables {
  const read = (where: TableLocation): SheetTable => {
    const grid = sheets.find((s) => s.name === where.sheet);
    if (!grid?.merges?.length) {
      return {
        sheet: where.sheet,
        table: tableFromGrid(grid?.rows ?? [], where.headerRow, where.header, grid?.formulas),
      };
    }
    const rows = fillMergedCells(grid.rows, grid.merges, where.headerRow);
    const table = tableFromGrid(rows, where.headerRow, where.header, grid.formulas);
    const wideMerges = wideMergesBelow(grid.merges, where.headerRow);
    const mergedDown = mergedDownCells(grid.merges, where.headerRow);
    return {
      sheet: where.sheet,
      table: {
        ...table,
        ...(wideMerges.size > 0 ? { wideMerges } : {}),
        ...(mergedDown.size > 0 ? { mergedDown } : {}),
      },
    };
  };
  const customers = read(location.customers);
  if (customers.table.header.length === 0) {
    throw new JobError({ code: 'empty-sheet', sheet: customers.sheet });
  }
  if (!location.customers.usable) {
    throw new JobError({
      code: 'header-not-recognised',
      role: 'customers',
      sheet: customers.sheet,
      found: customers.table.header.filter((h) => h !== ''),
      expected: expectedHeaders('customers'),
    });
  }
  if (!customers.table.rows.some((row) => !isBlankRow(row))) {
    throw new JobError({ code: 'no-rows', sheet: customers.sheet });
  }
  const optional = (role: Exclude<TableRole, 'customers'>) => {
    const where = location[role];
    return where ? read(where) : null;
  };
  return {
    customers,
    orders: optional('orders'),
    complaints: optional('complaints'),
    followUps: location.followUps ? read(location.followUps) : null,
    ...(location.ordersPassedOver ? { ordersPassedOver: location.ordersPassedOver } : {}),
  };
}
