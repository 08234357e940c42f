import type { ReportPeriod } from './periods/reportPeriods.ts';
import type { ComparedMetric, CustomerTrend, DefinedTerm, MigrationDirection } from './reportSections.ts';

/** The thresholds the definitions quote, from the configuration. */
export interface DefinitionParams {
  newMaxDays: number;
  activeMaxDays: number;
  atRiskMaxDays: number;
  /** Share of revenue the high-value tier makes up, e.g. "80%". */
  highShare: string;
  churnThreshold: string;
  horizonMonths: number;
}

/**
 * The texts of the sections a manager acts on: period comparison, owners, migration, cohorts,
 * loyalty, top customers, definitions, and the plan's capacity. Part of ReportTexts.
 */
export interface SectionTexts {
  // Period comparison
  comparisonHeading: string;
  periodWord: Record<ReportPeriod, string>;
  /** A period by its first day (YYYY-MM-DD): 2026年10月, 2026年第3季度, 2026年 / Oct 2026, Q3 2026, 2026. */
  periodLabel: (period: ReportPeriod, from: string) => string;
  comparisonIntro: (period: ReportPeriod, label: string) => string;
  currentPeriod: string;
  previousPeriod: string;
  yearAgoPeriod: string;
  changeVsPrevious: string;
  changeVsYearAgo: string;
  comparedMetric: Record<ComparedMetric, string>;
  /** A change in points of a share: +3.1 个百分点 / +3.1 pts. */
  points: (signed: string) => string;
  partialNote: (
    label: string,
    to: string,
    elapsed: number,
    days: number,
    revenue: string,
    orders: string,
  ) => string;
  refundsNote: (refunds: string, total: string) => string;
  /** The orders end (`lastOrder`) before the compared period does (`end`): it may be incomplete. */
  dataEndsNote: (lastOrder: string, label: string, end: string) => string;
  noComparison: string;
  comparisonChartTitle: (label: string) => string;
  /** A trend month not yet over: 2026-11（未结束） / 2026-11 (not over). */
  partialMonth: (month: string) => string;
  hlPeriod: (label: string, revenue: string, vsPrevious: string, vsYearAgo: string) => string;
  // Owners
  ownersHeading: string;
  /** `label`: the period's, or null without orders (no period to compare). */
  ownersIntro: (label: string | null) => string;
  unassigned: string;
  buyersHeader: string;
  /** A customer with its owner: 王芳（李娜） / Wang Fang (Li Na). */
  withOwner: (customer: string, owner: string) => string;
  /** A lifecycle KPI's note: the days since the last purchase that define it, and its share. */
  lastPurchaseAgo: (days: string, share: string) => string;
  /**
   * The active KPI's note: the stage counts buyers whose last purchase is recent enough, except
   * the new customers (first purchase at most `newMaxDays` ago), who have a stage of their own.
   */
  activeNote: (days: string, newMaxDays: number, share: string) => string;
  revenueAllTime: string;
  revenueInPeriod: (label: string) => string;
  followUpsOpen: string;
  followUpsOverdue: string;
  ownersChartTitle: (label: string) => string;
  // Migration
  migrationHeading: string;
  migrationIntro: (from: string, to: string) => string;
  segmentThen: (date: string) => string;
  segmentNow: string;
  migrationDirection: Record<MigrationDirection, string>;
  migrationHighlights: string;
  migrationMove: (from: string, to: string) => string;
  noMigration: string;
  noMigrationMoves: string;
  // Cohorts
  cohortsHeading: string;
  cohortsIntro: string;
  cohort: string;
  monthOffset: (k: number) => string;
  noCohorts: string;
  // Loyalty
  loyaltyHeading: string;
  nps: string;
  npsNote: (promoters: string, passives: string, detractors: string, responses: string) => string;
  noNps: string;
  /** The NPS column's answers that are no score 0–10, left out (with the NPS beside it). */
  npsUnreadable: (count: string) => string;
  /** The NPS column is there, but none of its answers is a score 0–10. */
  npsNoAnswers: (column: string, unreadable: string) => string;
  resolutionRate: string;
  resolutionRateNote: (resolved: string, complaints: string) => string;
  // Top customers
  topCustomersHeading: (count: number) => string;
  revenueLast12: string;
  revenuePrior12: string;
  trend: string;
  trendLabel: Record<CustomerTrend, string>;
  // Definitions
  definitionsHeading: string;
  definitionsIntro: string;
  term: string;
  meaning: string;
  definitions: Record<DefinedTerm, { label: string; text: (p: DefinitionParams) => string }>;
  // The plan's capacity
  doneTasks: string;
  deferredTasks: string;
  deferredNote: (capacity: number, days: number) => string;
  batchesNote: (batches: string, customers: string) => string;
  busiestDay: (owner: string, date: string, tasks: string, capacity: number) => string;
  batchOf: (customers: string) => string;
}
