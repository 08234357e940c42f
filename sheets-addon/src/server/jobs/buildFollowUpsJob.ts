import { followUpsSheetLayout, SHEET_NAMES, sheetName } from '@crm/shared';
import { withDocumentLock } from '../documentLock.ts';
import { analyze, jobContext, readCustomerTable } from '../jobContext.ts';
import { writeSheetLayout } from '../writeSheetLayout.ts';
import type { JobResult } from './jobResult.ts';

/** Follow-ups: the "跟进任务 / Follow-ups" sheet of due and overdue tasks with their messages. */
export function buildFollowUpsJob(): JobResult {
  const ctx = jobContext();
  return withDocumentLock(ctx.messages.locked, () => {
    const read = readCustomerTable(ctx);
    const analysis = analyze(ctx, read);
    const name = sheetName('followUps', ctx.language);
    const layout = followUpsSheetLayout(analysis.followUps, ctx.language, ctx.today);
    writeSheetLayout(ctx.spreadsheet, name, Object.values(SHEET_NAMES.followUps), layout);
    const overdue = analysis.followUps.filter((t) => t.overdueDays > 0).length;
    return {
      ok: true,
      message: ctx.messages.done.followUps(analysis.followUps.length, overdue, name),
      sheetName: name,
      figures: { tasks: analysis.followUps.length, overdue },
    };
  });
}
