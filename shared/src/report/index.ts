// Public API of the report: build the model, render it as HTML or Markdown (JSON = the model).
export { buildReport } from './buildReport.ts';
export { DEFAULT_PLAYBOOK, type PlaybookEntry } from './defaultPlaybook.ts';
export { escapeHtml } from './escapeHtml.ts';
export { groupThousands, type NumberFormatter, numberFormatter } from './formatNumbers.ts';
export { REPORT_PERIODS, type ReportPeriod } from './periods/reportPeriods.ts';
export { renderReportHtml } from './renderReportHtml.ts';
export { renderReportMarkdown } from './renderReportMarkdown.ts';
export type {
  ClvSection,
  DataQualitySection,
  DayRange,
  DistributionRow,
  FollowUpRow,
  FollowUpSection,
  ReportDistributions,
  ReportInput,
  ReportKpis,
  ReportModel,
  StrategyRow,
  TrendMonth,
} from './reportModel.ts';
export type {
  CohortRow,
  ComparedMetric,
  ComparisonSection,
  CustomerTrend,
  DefinedTerm,
  Definition,
  LoyaltySection,
  MigrationSection,
  OwnerRow,
  PeriodFigures,
  TopCustomerRow,
} from './reportSections.ts';
export { type ReportTexts, reportTexts } from './reportTexts.ts';
