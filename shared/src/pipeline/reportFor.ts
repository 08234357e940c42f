import { buildReport, type ReportModel } from '../report/index.ts';
import type { CustomerAnalysis } from './analyzeCustomerTable.ts';

/** The report model of an analysis (render it with renderReportHtml / renderReportMarkdown). */
export function reportFor(analysis: CustomerAnalysis, title?: string): ReportModel {
  return buildReport({
    customers: analysis.customers,
    orders: analysis.orderColumns,
    orderCustomers: analysis.orderCustomers,
    complaints: analysis.complaints,
    followUps: analysis.followUps,
    doneFollowUps: analysis.doneFollowUps,
    deferredFollowUps: analysis.deferredFollowUps,
    review: analysis.review,
    issues: analysis.issues,
    clv: analysis.clv,
    config: analysis.config,
    today: analysis.today,
    moneyNotes: analysis.moneyNotes,
    npsColumn: npsColumnOf(analysis),
    ...(title === undefined ? {} : { title }),
  });
}

/** The 推荐意愿/NPS column as written and how many of its cells were refused (issues of its own). */
function npsColumnOf(analysis: CustomerAnalysis): { header: string; unreadable: number } | null {
  const index = analysis.mapping.columns.recommend;
  const header = index === undefined ? undefined : analysis.mapping.header[index];
  if (header === undefined) return null;
  let unreadable = 0;
  for (const issue of analysis.issues) {
    if ((issue.table ?? 'customers') === 'customers' && issue.column === header && issue.kind === 'invalid')
      unreadable++;
  }
  return { header, unreadable };
}
