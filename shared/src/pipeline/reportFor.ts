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
    ...(title === undefined ? {} : { title }),
  });
}
