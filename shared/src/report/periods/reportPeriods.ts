/**
 * The calendar periods a report compares: the last complete month, quarter or year against the
 * one before and the same one a year earlier. Calendar periods (not rolling 30 days) because
 * targets, commissions and board packs are set per calendar month, quarter and year.
 */
export const REPORT_PERIODS = ['month', 'quarter', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** Months in each period. */
export const PERIOD_MONTHS: Readonly<Record<ReportPeriod, number>> = { month: 1, quarter: 3, year: 12 };
