import type { JobName } from '@crm/shared';
import { withDocumentLock } from '../documentLock.ts';
import { jobContext, runSheetJob } from '../jobContext.ts';
import { rowKeys } from '../rowGuard.ts';
import { checkNoFormulasInManaged, writeManagedColumns } from '../writeManagedColumns.ts';
import { assertLayoutNameFree, writeSheetLayout } from '../writeSheetLayout.ts';
import type { JobResult } from './jobResult.ts';

/**
 * A job of the core's job layer run in this spreadsheet: clean, classify, follow-ups or report.
 * The core decides what to write; this writes it, under the document lock, after the checks that
 * can refuse (formulas in managed columns, protections, the sheet changed since the read) have passed.
 */
export function coreJob(name: JobName): () => JobResult {
  return () => {
    const ctx = jobContext();
    return withDocumentLock(ctx.messages.locked, () => {
      const job = runSheetJob(ctx, name);
      const { output, request, customerSheet } = job;
      let sheetName = customerSheet.getName();
      if (output.sheet) assertLayoutNameFree(ctx, output.sheet.name, output.sheet.replaces);
      if (output.managedColumns) {
        const table = request.tables.customers.table;
        checkNoFormulasInManaged(customerSheet, output.managedColumns, ctx.messages);
        writeManagedColumns(
          ctx,
          customerSheet,
          output.managedColumns,
          table,
          rowKeys(table, output.analysis.mapping, job),
        );
      }
      if (output.sheet) {
        const sheet = writeSheetLayout(ctx, output.sheet.name, output.sheet.replaces, output.sheet.layout);
        sheetName = output.sheet.name;
        if (output.sheet.role === 'report') ctx.spreadsheet.setActiveSheet(sheet);
      }
      const notes = output.analysis.notes;
      return { ok: true, message: output.message, sheetName, figures: output.figures, notes };
    });
  };
}
