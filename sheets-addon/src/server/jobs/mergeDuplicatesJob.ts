import {
  type Cell,
  type CustomerField,
  customerFieldColumns,
  type HeaderMapping,
  type MergeProposal,
  sheetName,
} from '@crm/shared';
import { AddonError } from '../AddonError.ts';
import { withDocumentLock } from '../documentLock.ts';
import { numberedSheetName } from '../freeSheetName.ts';
import { jobContext, runSheetJob } from '../jobContext.ts';
import { assertWritable, type WriteTarget } from '../protections.ts';
import { assertSheetUnchanged, rowKeys } from '../rowGuard.ts';
import type { JobResult } from './jobResult.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const isBlank = (cell: Cell | undefined) => cell === null || cell === undefined || String(cell).trim() === '';

/** A cell the survivor lacks, copied from the duplicate that has it (sheet row, 0-based column). */
interface Fill {
  row: number;
  column: number;
  fromRow: number;
}

/**
 * The optional merge of the cleaning review: exact duplicates only (same email or phone; likely
 * ones need a person's judgement). The customer sheet is first copied whole to a backup sheet
 * (Sheet.copyTo keeps every value, format and note as it is); then only what changes is touched:
 * each cell the survivor lacks is copied from the duplicate that has it (Range.copyTo, so the
 * value is not read again as if typed), and the duplicates' rows are deleted, so the other rows
 * keep their cells, formats and notes. Refuses first when the table holds formulas, when the
 * cells are protected or when a co-editor changed the sheet's columns or rows while the job ran.
 */
export function mergeDuplicatesJob(): JobResult {
  const ctx = jobContext();
  return withDocumentLock(ctx.messages.locked, () => {
    const job = runSheetJob(ctx, 'clean');
    const { output, request, customerSheet: sheet } = job;
    const { analysis } = output;
    const merges = analysis.review.merges.filter((m) => m.kind === 'exact');
    if (merges.length === 0) {
      return {
        ok: true,
        message: ctx.messages.done.merge(0, 0, '—'),
        figures: { groups: 0, rowsRemoved: 0 },
      };
    }
    const table = request.tables.customers.table;
    const headerRow = table.headerRow ?? 1;
    const width = Math.max(sheet.getLastColumn(), 1);
    // No taller than the grid: a co-editor may have deleted rows of a sheet whose grid ended at
    // the table; the row guard below reports that, where a range past the grid would throw.
    const height = Math.min(table.rows.length + 1, sheet.getMaxRows() - headerRow + 1);
    const formulas = sheet.getRange(headerRow, 1, height, width).getFormulas();
    if (formulas.some((line) => line.some((f) => f !== ''))) {
      throw new AddonError(ctx.messages.formulasInTable(sheet.getName()));
    }
    const cellAt = (row: number, column: number) => table.rows[row - headerRow - 1]?.[column];
    const fills = plannedFills(merges, analysis.mapping, cellAt);
    const removed = removedRuns(merges);
    const targets: WriteTarget[] = [
      ...fills.map((f) => ({ sheet, row: f.row, column: f.column + 1, rows: 1, columns: 1 })),
      ...removed.map((run) => ({
        sheet,
        row: run.row,
        column: 1,
        rows: run.rows,
        columns: sheet.getMaxColumns(),
      })),
    ];
    assertWritable(ctx.spreadsheet, targets, ctx.messages);
    assertSheetUnchanged(sheet, rowKeys(table, analysis.mapping, job), ctx.dates, ctx.messages);

    const backup = numberedSheetName(ctx.spreadsheet, `${sheetName('backup', ctx.language)} ${ctx.today}`);
    sheet.copyTo(ctx.spreadsheet).setName(backup);
    for (const fill of fills) copyCell(sheet, fill);
    // Bottom up, so the rows still to delete keep their numbers.
    for (const run of removed) sheet.deleteRows(run.row, run.rows);
    const rowsRemoved = removed.reduce((n, run) => n + run.rows, 0);
    return {
      ok: true,
      message: ctx.messages.done.merge(merges.length, rowsRemoved, backup),
      sheetName: backup,
      figures: { groups: merges.length, rowsRemoved },
    };
  });
}

function plannedFills(
  merges: readonly MergeProposal[],
  mapping: HeaderMapping<CustomerField>,
  cellAt: (row: number, column: number) => Cell | undefined,
): Fill[] {
  const fills: Fill[] = [];
  for (const merge of merges) {
    for (const [field, fill] of Object.entries(merge.fill)) {
      // A name written in parts (First Name / Last Name) is filled part by part.
      for (const column of customerFieldColumns(mapping, field as CustomerField)) {
        if (!isBlank(cellAt(merge.survivorRow, column))) continue;
        if (isBlank(cellAt(fill.fromRow, column))) continue;
        fills.push({ row: merge.survivorRow, column, fromRow: fill.fromRow });
      }
    }
  }
  return fills;
}

/** The duplicates' rows as runs of adjacent rows, bottom run first. */
function removedRuns(merges: readonly MergeProposal[]): { row: number; rows: number }[] {
  const rows = [...new Set(merges.flatMap((m) => m.rows.filter((r) => r !== m.survivorRow)))].sort(
    (a, b) => b - a,
  );
  const runs: { row: number; rows: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.row === row + 1) {
      last.row = row;
      last.rows += 1;
    } else runs.push({ row, rows: 1 });
  }
  return runs;
}

function copyCell(sheet: Sheet, fill: Fill): void {
  sheet
    .getRange(fill.fromRow, fill.column + 1)
    .copyTo(sheet.getRange(fill.row, fill.column + 1), { contentsOnly: true });
}
