import type { Config } from '../config/config.ts';
import { FOLLOW_UP_COLUMN_LABELS } from '../followups/followUpColumns.ts';
import { detectHeaderRow, headsSalesUnderHeadings } from '../jobs/detectHeaderRow.ts';
import { isRoleSheetName } from '../jobs/roleSheetNames.ts';
import { headerText, type SheetGrid } from '../jobs/sheetGrid.ts';
import { headerFit, looksLikeOrders } from '../jobs/tableRequirements.ts';
import { LANGUAGES } from '../model/keys.ts';
import { isPersonalDataCopyName, isToolkitSheetName, SHEET_NAMES } from '../sheets/sheetNames.ts';
import type { NameParts } from '../table/nameParts.ts';
import { normalizeHeader } from '../table/normalizeHeader.ts';
import { withHeadingBuyers } from '../table/orderHeader.ts';
import { isPersonalDataLogName } from './personalDataLog.ts';

/**
 * What a sheet is to a person's request: a table of people (the customer table, a backup, any
 * sheet with a customer header), a table that refers to people by customer id (orders,
 * complaints, follow-up tasks), the personal data log (holds no personal data), a copy of one
 * person's data the add-on exported (searched cell by cell, and deleted whole by their erasure),
 * or anything else (the data-quality review, reports, notes), which is searched cell by cell.
 */
export const PRIVACY_SHEET_KINDS = [
  'customers',
  'orders',
  'complaints',
  'followUps',
  'log',
  'copy',
  'other',
] as const;
export type PrivacySheetKind = (typeof PRIVACY_SHEET_KINDS)[number];

export interface PrivacySheet {
  grid: SheetGrid;
  kind: PrivacySheetKind;
  /** 1-based header row of a table; 0 for a sheet searched cell by cell. */
  headerRow: number;
  /** Header texts as written ('' for a sheet without a header). */
  header: string[];
  /** Field → 0-based column, in the field names of the sheet's kind (customers: CUSTOMER_FIELDS …). */
  columns: Partial<Record<string, number>>;
  /** A customer table's name written in parts, where it has no name column. */
  nameParts?: NameParts;
}

const TASK_ID_HEADERS = new Set(LANGUAGES.map((l) => normalizeHeader(FOLLOW_UP_COLUMN_LABELS.taskId[l])));
const FOLLOW_UP_NAMES = new Set<string>(LANGUAGES.map((l) => SHEET_NAMES.followUps[l]));
const FOLLOW_UP_HEADERS = (['customerId', 'customer'] as const).map(
  (column) =>
    [column, new Set(LANGUAGES.map((l) => normalizeHeader(FOLLOW_UP_COLUMN_LABELS[column][l])))] as const,
);

/** Each sheet of a workbook with what it is and where its columns are, in workbook order. */
export function classifyPrivacySheets(
  grids: readonly SheetGrid[],
  overrides: Config['headerOverrides'],
): PrivacySheet[] {
  return grids.map((grid) => classifyPrivacySheet(grid, overrides));
}

function classifyPrivacySheet(grid: SheetGrid, overrides: Config['headerOverrides']): PrivacySheet {
  const other: PrivacySheet = { grid, kind: 'other', headerRow: 0, header: [], columns: {} };
  if (isPersonalDataLogName(grid.name)) return { ...other, kind: 'log' };
  // The copy lists its source sheets' headers and rows one under the other: read as a table, it
  // would seem to hold as many people as it has lines.
  if (isPersonalDataCopyName(grid.name)) return { ...other, kind: 'copy' };
  if (FOLLOW_UP_NAMES.has(grid.name.trim())) return followUpSheet(grid) ?? other;
  const table = (kind: 'customers' | 'orders' | 'complaints'): PrivacySheet | null => {
    const detected = detectHeaderRow(grid.rows, kind, overrides);
    if (!detected.usable) return null;
    const header = detected.combined ?? (grid.rows[detected.row - 1] ?? []).map(headerText);
    if (kind === 'customers' && looksLikeOrders(header, overrides)) return null;
    if (kind === 'customers' && headsSalesUnderHeadings(grid.rows, detected.row, overrides)) return null;
    const fit = headerFit(kind, header, overrides);
    const { nameParts } = fit.mapping;
    // An orders report grouped under headings names its buyers in no column of its header: as
    // the order reader does, they are read into a column one past the header's (BuyerGroups).
    const columns = fit.buyerless
      ? withHeadingBuyers(fit.mapping.columns, header.length)
      : fit.mapping.columns;
    return { grid, kind, headerRow: detected.row, header, columns, ...(nameParts ? { nameParts } : {}) };
  };
  for (const role of ['orders', 'complaints'] as const) {
    if (isRoleSheetName(grid.name, role)) return table(role) ?? other;
  }
  const isBackup = Object.values(SHEET_NAMES.backup).some(
    (name) => grid.name.trim() === name || grid.name.trim().startsWith(`${name} `),
  );
  if (isToolkitSheetName(grid.name) && !isBackup) return other;
  return table('customers') ?? table('orders') ?? table('complaints') ?? other;
}

/** The follow-up sheet the toolkit wrote: its header names a Task ID column. */
function followUpSheet(grid: SheetGrid): PrivacySheet | null {
  const index = grid.rows
    .slice(0, 10)
    .findIndex((cells) => cells.some((cell) => TASK_ID_HEADERS.has(normalizeHeader(headerText(cell)))));
  if (index < 0) return null;
  const header = (grid.rows[index] ?? []).map(headerText);
  const columns: Partial<Record<string, number>> = {};
  for (const [column, names] of FOLLOW_UP_HEADERS) {
    const at = header.findIndex((text) => names.has(normalizeHeader(text)));
    if (at >= 0) columns[column] = at;
  }
  return { grid, kind: 'followUps', headerRow: index + 1, header, columns };
}
