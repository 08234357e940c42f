import { dataQualitySheetLayout, SHEET_NAMES, sheetName } from '@crm/shared';
import { withDocumentLock } from '../documentLock.ts';
import { analyze, jobContext, readCustomerTable } from '../jobContext.ts';
import { writeSheetLayout } from '../writeSheetLayout.ts';
import type { JobResult } from './jobResult.ts';

/** Clean data: the "数据质量 / Data quality" review sheet. The customer table is not changed. */
export function cleanCustomerTableJob(): JobResult {
  const ctx = jobContext();
  return withDocumentLock(ctx.messages.locked, () => {
    const read = readCustomerTable(ctx);
    // The review needs no CLV prediction; skip its cost.
    const analysis = analyze(ctx, read, { clv: false });
    const name = sheetName('dataQuality', ctx.language);
    const layout = dataQualitySheetLayout(analysis.review, analysis.issues, ctx.language);
    writeSheetLayout(ctx.spreadsheet, name, Object.values(SHEET_NAMES.dataQuality), layout);
    const s = analysis.review.summary;
    const problems =
      analysis.review.merges.length +
      analysis.review.missing.length +
      analysis.review.invalid.length +
      analysis.issues.filter((i) => i.table === 'orders' || i.table === 'complaints').length;
    return {
      ok: true,
      message: ctx.messages.done.clean(name, problems),
      sheetName: name,
      figures: {
        rows: s.rows,
        exactDuplicateGroups: s.exactDuplicateGroups,
        likelyDuplicateGroups: s.likelyDuplicateGroups,
        rowsWithMissing: s.rowsWithMissing,
        invalidCells: s.invalidCells,
      },
    };
  });
}
