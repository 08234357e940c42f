import {
  type Cell,
  CUSTOMER_FIELD_SYNONYMS,
  IDENTIFYING_CUSTOMER_FIELDS,
  isToolkitSheetName,
  mapHeader,
  SHEET_NAMES,
  type SheetRole,
  type TableData,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet read in one getValues: the header as text and the data rows as Apps Script gives them. */
export interface SheetTable {
  sheet: Sheet;
  table: TableData;
  /** Used columns (the header spans them all). */
  width: number;
}

/** Reads a whole sheet with one getValues (the count does not grow with rows). */
export function readSheetTable(sheet: Sheet): SheetTable {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const width = values[0]?.length ?? 0;
  const header = (values[0] ?? []).map((cell) => headerText(cell));
  return { sheet, table: { header, rows: values.slice(1) }, width };
}

function headerText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/**
 * Fails, changing nothing, on layouts a job cannot use: an empty sheet, a header with merged
 * cells, a header without data rows.
 */
export function checkCustomerLayout(read: SheetTable, messages: Messages): void {
  const name = read.sheet.getName();
  if (read.width === 0 || (read.table.rows.length === 0 && read.table.header.every((h) => h === ''))) {
    throw new AddonError(messages.emptySheet(name));
  }
  const merged = read.sheet.getRange(1, 1, 1, read.width).getMergedRanges();
  if (merged.length > 0) {
    throw new AddonError(messages.mergedHeader(name, merged.map((r) => r.getA1Notation()).join(', ')));
  }
  if (read.table.rows.length === 0) throw new AddonError(messages.noRows(name));
}

/** Whether a header names at least one identifying customer column. */
export function isCustomerHeader(header: string[], overrides: Record<string, string>): boolean {
  const mapping = mapHeader(header, CUSTOMER_FIELD_SYNONYMS, overrides as Record<string, never>);
  return IDENTIFYING_CUSTOMER_FIELDS.some((field) => mapping.columns[field] !== undefined);
}

function headerOf(sheet: Sheet): string[] {
  const width = sheet.getLastColumn();
  if (width === 0) return [];
  return (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).map((cell) => headerText(cell as Cell));
}

/**
 * The customer table (issue 5, "Public surface"): the sheet chosen in settings, else the active
 * sheet when its header is recognised, else the first sheet whose header is. Sheets the toolkit
 * writes (reports, follow-ups, orders…) are never taken for it.
 */
export function findCustomerSheet(
  spreadsheet: Spreadsheet,
  chosen: string | null,
  overrides: Record<string, string>,
  messages: Messages,
): Sheet {
  if (chosen) {
    const sheet = spreadsheet.getSheetByName(chosen);
    if (!sheet) throw new AddonError(messages.settingsSheetMissing(chosen));
    return sheet;
  }
  const active = spreadsheet.getActiveSheet();
  if (!isToolkitSheetName(active.getName()) && isCustomerHeader(headerOf(active), overrides)) return active;
  for (const sheet of spreadsheet.getSheets()) {
    if (isToolkitSheetName(sheet.getName())) continue;
    if (isCustomerHeader(headerOf(sheet), overrides)) return sheet;
  }
  // Nothing recognised: the active sheet gets the precise message (empty, merged, unknown header).
  if (!isToolkitSheetName(active.getName())) return active;
  throw new AddonError(messages.noCustomerSheet);
}

/** The sheet chosen in settings, else one named for the role in either language. */
export function findRoleSheet(
  spreadsheet: Spreadsheet,
  chosen: string | null,
  role: SheetRole,
): Sheet | null {
  if (chosen) return spreadsheet.getSheetByName(chosen);
  for (const name of Object.values(SHEET_NAMES[role])) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}
