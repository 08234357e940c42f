import { withDocumentLock } from '../documentLock.ts';
import { analyze, jobContext, readCustomerTable } from '../jobContext.ts';
import { checkNoFormulasInManaged, planManagedColumns, writeManagedColumns } from '../writeManagedColumns.ts';
import type { JobResult } from './jobResult.ts';

/** Classify customers: R, F, M, segment, group, lifecycle, tier (+ P(alive)/CLV) and next follow-up. */
export function classifyCustomersJob(): JobResult {
  const ctx = jobContext();
  return withDocumentLock(ctx.messages.locked, () => {
    const read = readCustomerTable(ctx);
    // Check before the (long) analysis too, so a bad layout answers at once.
    checkNoFormulasInManaged(read, planManagedColumns(read, ctx.language, true), ctx.messages);
    const analysis = analyze(ctx, read);
    const plan = planManagedColumns(read, ctx.language, analysis.clv !== null);
    const written = writeManagedColumns(read, plan, analysis, ctx.language);
    const withSegment = analysis.classifications.filter((c) => c.segment !== 'prospect').length;
    return {
      ok: true,
      message: ctx.messages.done.classify(written),
      sheetName: read.sheet.getName(),
      figures: { customers: written, buyers: withSegment, followUps: analysis.followUps.length },
    };
  });
}
