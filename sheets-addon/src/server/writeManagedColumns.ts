import {
  type Cell,
  type CustomerAnalysis,
  contiguousColumnRuns,
  type Language,
  MANAGED_COLUMN_LABELS,
  MANAGED_COLUMNS,
  type ManagedColumn,
  type ManagedSheetPlacement,
  managedColumnOf,
  managedColumns,
  placeManagedSheetColumns,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';
import type { SheetTable } from './sheetTable.ts';

/** Shown only when CLV was predicted, or kept (and cleared) when an earlier run wrote them. */
const CLV_COLUMNS: ManagedColumn[] = ['pAlive', 'clv'];

export interface ManagedPlan {
  keys: ManagedColumn[];
  placement: ManagedSheetPlacement;
}

/**
 * Plans where the managed columns go (issue 5, "Classify customers"): existing managed columns
 * are re-used (in either language), others are appended after the user's; the P(alive)/CLV
 * columns only when orders gave a prediction or the sheet already has them.
 */
export function planManagedColumns(read: SheetTable, language: Language, withClv: boolean): ManagedPlan {
  const present = new Set(read.table.header.map(managedColumnOf));
  const keys = MANAGED_COLUMNS.filter((key) => !CLV_COLUMNS.includes(key) || withClv || present.has(key));
  const headers = keys.map((key) => MANAGED_COLUMN_LABELS[key][language]);
  return { keys, placement: placeManagedSheetColumns(read.table.header, headers) };
}

/**
 * Refuses (changing nothing) when a re-used managed column holds formulas: writing values would
 * silently destroy them. One getFormulas per run of re-used columns.
 */
export function checkNoFormulasInManaged(read: SheetTable, plan: ManagedPlan, messages: Messages): void {
  const dataRows = read.table.rows.length;
  if (dataRows === 0) return;
  const reused = plan.placement.columnOf.filter((column) => column < read.width);
  for (const run of contiguousColumnRuns(reused)) {
    const formulas = read.sheet.getRange(2, run.start + 1, dataRows, run.indexes.length).getFormulas();
    for (let r = 0; r < formulas.length; r++) {
      const line = formulas[r] ?? [];
      for (let c = 0; c < line.length; c++) {
        if (line[c]) {
          const column = run.start + c;
          const cell = read.sheet.getRange(r + 2, column + 1).getA1Notation();
          throw new AddonError(
            messages.formulasInManaged(read.sheet.getName(), read.table.header[column] ?? '', cell),
          );
        }
      }
    }
  }
}

/**
 * Writes the managed columns: header and values of each run of adjacent columns in one setValues
 * (one run unless the user moved a managed column), inserting columns first when the grid is too
 * narrow. User cells are never written. Returns the number of customers written.
 */
export function writeManagedColumns(
  read: SheetTable,
  plan: ManagedPlan,
  analysis: CustomerAnalysis,
  language: Language,
): number {
  const { sheet } = read;
  const managed = managedColumns(analysis, language);
  const sourceIndex = plan.keys.map((key) => MANAGED_COLUMNS.indexOf(key));
  const dataRows = read.table.rows.length;
  const nextIndex = MANAGED_COLUMNS.indexOf('nextFollowUp');
  // One line per sheet row: blank rows (skipped by the core) get empty managed cells.
  const lines: Cell[][] = Array.from({ length: dataRows });
  analysis.records.forEach((record, i) => {
    const values = managed.values[i] ?? [];
    lines[record.row - 2] = sourceIndex.map((k) =>
      k === nextIndex ? dateCell(values[k]) : (values[k] ?? ''),
    );
  });
  const empty = sourceIndex.map(() => '');
  const needed = Math.max(...plan.placement.columnOf) + 1;
  if (sheet.getMaxColumns() < needed)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  for (const run of contiguousColumnRuns(plan.placement.columnOf)) {
    const block: Cell[][] = [
      run.indexes.map((k) => plan.placement.headerRow[plan.placement.columnOf[k] ?? 0] ?? ''),
    ];
    for (let r = 0; r < dataRows; r++) {
      const line = lines[r] ?? empty;
      block.push(run.indexes.map((k) => line[k] ?? ''));
    }
    const range = sheet.getRange(1, run.start + 1, dataRows + 1, run.indexes.length);
    range.setValues(block as (string | number | Date)[][]);
    sheet
      .getRange(1, run.start + 1, 1, run.indexes.length)
      .setFontWeight('bold')
      .setBackground('#e8eef7');
  }
  const nextAt = plan.keys.indexOf('nextFollowUp');
  const nextColumn = plan.placement.columnOf[nextAt];
  if (nextColumn !== undefined && dataRows > 0)
    sheet.getRange(2, nextColumn + 1, dataRows, 1).setNumberFormat('yyyy-mm-dd');
  return analysis.records.length;
}

/** 'YYYY-MM-DD' → a local-midnight Date, which Sheets shows as a date (not text). */
function dateCell(value: Cell | undefined): Cell {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value ?? '';
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
