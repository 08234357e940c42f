import type { IsoDate } from '../model/dates.ts';
import type { Segment } from '../model/keys.ts';
import type { ReportPeriod } from './periods/reportPeriods.ts';

// The sections a manager acts on (period comparison, owners, migration, cohorts, loyalty, top
// customers, definitions), as plain JSON in report.json next to the original sections.

/** The figures of one calendar period, from the orders dated in it. */
export interface PeriodFigures {
  from: IsoDate;
  to: IsoDate;
  /** Net of refunds: purchases less the money refunded in the period. */
  revenue: number;
  orders: number;
  /** Refunds dated in the period, and the money they returned (a positive figure). */
  refunds: number;
  refundTotal: number;
  /** Distinct customers with an order in the period. */
  buyers: number;
  /** Customers whose first order ever falls in the period (the one definition of new). */
  newCustomers: number;
  /** revenue / orders, null without orders. */
  averageOrderValue: number | null;
  /**
   * Of the period's buyers, the share who have bought at least twice by the period's end (the
   * repeat purchase rate, evaluated for the customers active in the period); null without buyers.
   */
  repeatRate: number | null;
}

/** The metrics compared between periods. */
export const COMPARED_METRICS = [
  'revenue',
  'orders',
  'buyers',
  'newCustomers',
  'averageOrderValue',
  'repeatRate',
] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

/**
 * Change of each metric against a reference period: relative (0.12 = +12 %) for amounts and
 * counts, the difference in share (0.03 = +3 points) for the repeat rate; null when the
 * reference has nothing to compare with.
 */
export type MetricChanges = Record<ComparedMetric, number | null>;

export interface ComparisonSection {
  period: ReportPeriod;
  /** The last complete period. */
  current: PeriodFigures;
  /** The period before it. */
  previous: PeriodFigures;
  /** The same period a year earlier. */
  yearAgo: PeriodFigures;
  /** The period today is in, up to today: shown, never compared (it is not over). */
  partial: PeriodFigures & { daysElapsed: number; daysInPeriod: number };
  /**
   * The date of the latest order (or refund) up to today, null without one. Before the end of
   * the current period it means the orders may have been exported before that period was over,
   * and the report says its figures may be incomplete.
   */
  lastOrder: IsoDate | null;
  changes: { previous: MetricChanges; yearAgo: MetricChanges };
}

/** One owner (负责人): their customers, revenue and follow-ups. */
export interface OwnerRow {
  /** As written in the 负责人 column; null gathers the customers without an owner. */
  owner: string | null;
  customers: number;
  buyers: number;
  /** All-time revenue of the owner's customers. */
  revenue: number;
  /** Revenue of the owner's customers in the compared period; null without an Orders table. */
  revenueInPeriod: number | null;
  /** Lifecycle at risk / churned (the report's one definition of each). */
  atRisk: number;
  churned: number;
  /** Follow-ups not marked done, and those of them overdue. */
  followUpsOpen: number;
  followUpsOverdue: number;
}

/** A customer named in the report (migration, top customers). */
export interface NamedCustomer {
  row: number;
  id: string | null;
  name: string | null;
  owner: string | null;
  revenue: number;
}

/** Which way a migration cell moves a customer. */
export const MIGRATION_DIRECTIONS = ['down', 'up'] as const;
export type MigrationDirection = (typeof MIGRATION_DIRECTIONS)[number];

export interface MigrationSection {
  /** Segments as of this day (from the orders up to it): the end of the previous period. */
  from: IsoDate;
  to: IsoDate;
  /** Every customer in exactly one cell; cells without customers are left out. */
  matrix: { from: Segment; to: Segment; customers: number }[];
  /** The cells worth acting on, with the customers behind them (most revenue first). */
  highlights: {
    from: Segment;
    to: Segment;
    direction: MigrationDirection;
    customers: number;
    names: NamedCustomer[];
  }[];
}

/** First-purchase month cohort and the share of it buying again in each following month. */
export interface CohortRow {
  /** `YYYY-MM`. */
  cohort: string;
  customers: number;
  /** Share of the cohort with an order in month +1, +2, … (complete months only). */
  retention: number[];
}

export interface LoyaltySection {
  /** Buyers with ≥ 2 purchases / buyers (the one repeat purchase rate), null without buyers. */
  repeatPurchaseRate: number | null;
  repeatBuyers: number;
  buyers: number;
  /** Mean satisfaction on its scale, null without scores. */
  satisfactionMean: number | null;
  satisfactionScale: number | null;
  satisfactionResponses: number;
  /** Net Promoter Score (−100…100), null without a 推荐意愿/NPS column or answers. */
  nps: number | null;
  npsResponses: number;
  /** The 推荐意愿/NPS column's header as written, null without one. */
  npsColumn: string | null;
  /** Answers in that column that are no whole score 0–10 (11, 推荐): left out of the NPS. */
  npsUnreadable: number;
  promoters: number;
  passives: number;
  detractors: number;
  complaints: number;
  complaintsResolved: number;
  /** Closed complaints / all complaints, null without complaints. */
  resolutionRate: number | null;
  meanResolutionDays: number | null;
}

/**
 * How a top customer's buying moves: the last 12 months against the 12 before. Without revenue
 * in the 12 months before, a customer is `new` when its first purchase falls in the last 12
 * months, and `returned` when it bought before those 24 months and came back.
 */
export const CUSTOMER_TRENDS = ['up', 'flat', 'down', 'new', 'returned', 'lapsed'] as const;
export type CustomerTrend = (typeof CUSTOMER_TRENDS)[number];

export interface TopCustomerRow {
  row: number;
  id: string | null;
  name: string | null;
  revenue: number;
  segment: Segment;
  owner: string | null;
  /** Revenue in the 12 months up to today and in the 12 before; null without orders. */
  revenueLast12: number | null;
  revenuePrior12: number | null;
  trend: CustomerTrend | null;
}

/** The terms the report defines once and uses everywhere. */
export const DEFINED_TERMS = [
  'new-customer',
  'active',
  'high-value',
  'at-risk',
  'churned',
  'churn-warning',
  'value-at-stake',
  'repeat-purchase-rate',
  'owner',
  'overdue',
] as const;
export type DefinedTerm = (typeof DEFINED_TERMS)[number];

export interface Definition {
  term: DefinedTerm;
  label: string;
  text: string;
}
