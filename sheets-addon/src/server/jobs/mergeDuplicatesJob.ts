import { type Cell, sheetName } from '@crm/shared';
import { AddonError } from '../AddonError.ts';
import { withDocumentLock } from '../documentLock.ts';
import { jobContext, runSheetJob } from '../jobContext.ts';
import type { JobResult } from './jobResult.ts';

const isBlank = (cell: Cell | undefined) => cell === null || cell === undefined || String(cell).trim() === '';

/**
 * The optional merge of the cleaning review: exact duplicates only (same email or phone; likely
 * ones need a person's judgement). The table is first copied to a backup sheet; the survivor
 * keeps its cells and gains the ones it lacks; the other rows go, and the table's rows are
 * rewritten with one setValues (rows close up, blank rows at the end). Rows above the header
 * (titles) are not touched.
 */
export function mergeDuplicatesJob(): JobResult {
  const ctx = jobContext();
  return withDocumentLock(ctx.messages.locked, () => {
    const { output, request, customerSheet: sheet } = runSheetJob(ctx, 'clean');
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
    const dataRows = table.rows.length;
    const formulas = sheet.getRange(headerRow, 1, dataRows + 1, width).getFormulas();
    if (formulas.some((line) => line.some((f) => f !== ''))) {
      throw new AddonError(ctx.messages.formulasInTable(sheet.getName()));
    }
    const indexOf = (row: number) => row - headerRow - 1;
    const rows: Cell[][] = table.rows.map((r) => {
      const line = r.slice();
      while (line.length < width) line.push('');
      return line;
    });
    const removed = new Set<number>();
    for (const merge of merges) {
      const survivor = rows[indexOf(merge.survivorRow)];
      if (!survivor) continue;
      for (const [field, fill] of Object.entries(merge.fill)) {
        const column = analysis.mapping.columns[field as keyof typeof analysis.mapping.columns];
        if (column === undefined || !isBlank(survivor[column])) continue;
        survivor[column] = rows[indexOf(fill.fromRow)]?.[column] ?? fill.value;
      }
      for (const row of merge.rows) if (row !== merge.survivorRow) removed.add(indexOf(row));
    }
    const backup = uniqueName(ctx.spreadsheet, `${sheetName('backup', ctx.language)} ${ctx.today}`);
    const copy = sheet.copyTo(ctx.spreadsheet);
    copy.setName(backup);
    const kept = rows.filter((_, i) => !removed.has(i));
    const blank = Array<Cell>(width).fill('');
    while (kept.length < dataRows) kept.push(blank);
    sheet.getRange(headerRow + 1, 1, dataRows, width).setValues(kept as (string | number | Date)[][]);
    return {
      ok: true,
      message: ctx.messages.done.merge(merges.length, removed.size, backup),
      sheetName: backup,
      figures: { groups: merges.length, rowsRemoved: removed.size },
    };
  });
}

function uniqueName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, base: string): string {
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${base} (${n})`;
  return name;
}
