import {
  type ConfigInput,
  detectHeaderRow,
  isRoleSheetName,
  resolveConfig,
  type TableData,
  type TableRole,
  tableFromGrid,
} from '@crm/shared';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';
import { findSheet, openWorkbookFile } from './openWorkbookFile.ts';

export interface ReadTableOptions {
  /** Worksheet of an .xlsx file (default: one named for the role, else the first). */
  sheet?: string;
  /** What the table holds; decides which row is its header (default customers). */
  role?: TableRole;
  headerOverrides?: ConfigInput['headerOverrides'];
}

/**
 * One table of a .csv or .xlsx file, its header found below any title lines the way every job
 * finds it (detectHeaderRow). For a whole job use the job layer (locateTables); this is for
 * commands that read a single table, such as `crm clv --orders`.
 */
export async function readTableFile(path: string, options: ReadTableOptions = {}): Promise<TableData> {
  const file = await openWorkbookFile(path);
  const role = options.role ?? 'customers';
  if (options.sheet !== undefined && file.format === 'csv') {
    throw new CliError(t().files.because(t().files.cannotRead(path), t().files.csvHasNoSheets));
  }
  let grid = file.sheets.find((s) => s.hidden !== true) ?? file.sheets[0];
  if (options.sheet !== undefined) {
    grid = findSheet(file, options.sheet);
    if (!grid) {
      const names = file.sheets.map((s) => s.name);
      throw new CliError(
        t().files.because(t().files.cannotRead(path), t().files.noSuchSheet(options.sheet, names)),
      );
    }
  } else {
    grid = file.sheets.find((s) => isRoleSheetName(s.name, role)) ?? grid;
  }
  const rows = grid?.rows ?? [];
  const overrides = resolveConfig({ headerOverrides: options.headerOverrides ?? {} }).headerOverrides;
  return tableFromGrid(rows, detectHeaderRow(rows, role, overrides).row);
}
