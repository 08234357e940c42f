import { reportFor, reportSheetLayout, reportSheetName } from '@crm/shared';
import { withDocumentLock } from '../documentLock.ts';
import { analyze, jobContext, readCustomerTable } from '../jobContext.ts';
import { writeSheetLayout } from '../writeSheetLayout.ts';
import type { JobResult } from './jobResult.ts';

/** One-click report: creates or replaces "客户报告 / Report YYYY-MM-DD" and shows it. */
export function generateReportJob(): JobResult {
  const ctx = jobContext();
  return withDocumentLock(ctx.messages.locked, () => {
    const read = readCustomerTable(ctx);
    const analysis = analyze(ctx, read);
    const model = reportFor(analysis);
    const name = reportSheetName(ctx.language, ctx.today);
    const other = reportSheetName(ctx.language === 'zh' ? 'en' : 'zh', ctx.today);
    const sheet = writeSheetLayout(ctx.spreadsheet, name, [other], reportSheetLayout(model, ctx.language));
    ctx.spreadsheet.setActiveSheet(sheet);
    return {
      ok: true,
      message: ctx.messages.done.report(name),
      sheetName: name,
      figures: {
        customers: model.kpis.customers,
        revenue: model.kpis.revenue,
        followUps: model.followUps.total,
        issues: model.dataQuality.issues,
      },
    };
  });
}
