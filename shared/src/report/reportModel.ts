import type { Config } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import type { IsoDate } from '../model/dates.ts';
import type {
  Channel,
  FollowUpKind,
  Group8,
  Language,
  Lifecycle,
  Priority,
  Segment,
  ValueTier,
} from '../model/keys.ts';
import type { ComplaintRecord, OrderRecord } from '../model/records.ts';
import type { CleaningReview, ClvSummary, FollowUpTask, ModelFit } from '../model/results.ts';
import type { CellIssue, IssueKind, TableRole } from '../model/table.ts';
import type { OrderColumns } from '../table/orderColumns.ts';
import type {
  CohortRow,
  ComparisonSection,
  Definition,
  LoyaltySection,
  MigrationSection,
  OwnerRow,
  TopCustomerRow,
} from './reportSections.ts';

/** Everything the report is built from. */
export interface ReportInput {
  /** One entry per customer row, each with its own stats, classification and CLV. */
  customers: readonly CustomerRow[];
  /** The orders as read (columns), or as records; null when the table has no orders. */
  orders: OrderRecord[] | OrderColumns | null;
  /**
   * The position in `customers` of each customer id of `orders` as columns (by its key in their
   * ids), as the analysis matched them (CustomerAnalysis.orderCustomers); matched here if absent.
   */
  orderCustomers?: Int32Array | null;
  complaints: ComplaintRecord[];
  followUps: FollowUpTask[];
  /** Tasks ticked done in the last follow-up sheet (counted in the report, nowhere else). */
  doneFollowUps?: readonly FollowUpTask[];
  /** Wanted tasks the owners' daily capacity left for a later plan (counted in the report). */
  deferredFollowUps?: number;
  review: CleaningReview;
  issues: CellIssue[];
  clv: ClvSummary | null;
  config: Config;
  today: IsoDate;
  /** Report title; defaults to "客户分析报告" / "Customer analysis report". */
  title?: string;
  /** Currency symbol put before amounts (e.g. "¥", "$"); none by default. */
  currency?: string;
  /**
   * What makes every money figure wrong as it stands (amounts in two currencies added together),
   * worded in the report's language (CustomerAnalysis.moneyNotes); none by default.
   */
  moneyNotes?: readonly string[];
  /**
   * The customer table's 推荐意愿/NPS column as written, and how many of its answers could not be
   * read as a whole score 0–10 (each an issue of its own); null or absent without such a column.
   */
  npsColumn?: { header: string; unreadable: number } | null;
}

/** A closed range of calendar days, both ends included. */
export interface DayRange {
  from: IsoDate;
  to: IsoDate;
  days: number;
}

export interface ReportKpis {
  customers: number;
  /** Customers with at least one purchase. */
  buyers: number;
  /**
   * New customers: first purchase at most config.lifecycle.newMaxDays before today (the
   * lifecycle stage `new`, the one definition of a new customer); `period` spans those days.
   */
  newInPeriod: number;
  period: DayRange;
  /** The lifecycle thresholds the stages are counted by (days since the first / last purchase). */
  lifecycleDays: Config['lifecycle'];
  /** Lifecycle counts. */
  active: number;
  atRisk: number;
  churned: number;
  /** Buyers with ≥ 2 purchases / buyers (0..1), null without buyers. */
  repurchaseRate: number | null;
  repeatBuyers: number;
  orders: number;
  /** All time, net of refunds. */
  revenue: number;
  /** Refunds and the money they returned (positive), already taken off revenue. */
  refunds: number;
  refundTotal: number;
  /** revenue / orders, null without orders. */
  averageOrderValue: number | null;
  /** Share of revenue (0..1) from the top 20 % of buyers by spend, null without revenue. */
  top20RevenueShare: number | null;
  /** How many buyers make up the top 20 % (ceil of 20 % of buyers). */
  top20Customers: number;
  complaintsOpen: number;
  complaintsClosed: number;
  /** Mean of closedDate − openedDate over closed complaints with both dates, null when none. */
  meanResolutionDays: number | null;
  resolvedWithDates: number;
  /** Mean satisfaction over customers who have one, on `satisfactionScale`. */
  satisfaction: { mean: number; responses: number; scale: number } | null;
  /** Present when CLV was computed. */
  clv: {
    horizonMonths: number;
    predictedPurchases: number;
    predictedRevenue: number;
    atRiskCustomers: number;
    valueAtStake: number;
  } | null;
}

/** One row of a distribution; shares are fractions 0..1. */
export interface DistributionRow<K extends string> {
  key: K;
  label: string;
  customers: number;
  customerShare: number;
  revenue: number;
  /** 0 when the total revenue is 0. */
  revenueShare: number;
}

export interface ReportDistributions {
  segment: DistributionRow<Segment>[];
  /** `none` collects customers without purchases (no 8-class group). */
  group8: DistributionRow<Group8 | 'none'>[];
  lifecycle: DistributionRow<Lifecycle>[];
  valueTier: DistributionRow<ValueTier>[];
}

export interface TrendMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Customers whose first order ever falls in this month. */
  newCustomers: number;
  /** Distinct customers who ordered in this month. */
  activeCustomers: number;
  orders: number;
  /** Net of refunds. */
  revenue: number;
  /** Today's month: not over, so never read as a fall. */
  partial: boolean;
}

export interface DataQualitySection {
  rows: number;
  issues: number;
  byKind: { kind: IssueKind; label: string; count: number }[];
  byTable: { table: TableRole; count: number }[];
  /** Columns with the most problems (issues and missing required values), most first. */
  topColumns: { table: TableRole; column: string; count: number }[];
  exactDuplicateGroups: number;
  likelyDuplicateGroups: number;
  rowsWithMissing: number;
  invalidCells: number;
  /** A few duplicate groups, as proposed by the cleaning review. */
  duplicateExamples: {
    kind: 'exact' | 'likely';
    matchedOn: string;
    survivorRow: number;
    rows: number[];
    names: (string | null)[];
    similarity: number;
  }[];
  /** A few problem cells. */
  issueExamples: {
    table: TableRole;
    row: number;
    column: string;
    value: string;
    message: string;
    kind: IssueKind;
  }[];
}

export interface StrategyRow {
  segment: Segment;
  label: string;
  customers: number;
  revenue: number;
  revenueShare: number;
  /** What the team should aim for with this segment. */
  goal: string;
  /** Concrete actions (empty when the configured playbook gives a single text in `goal`). */
  actions: string[];
  /** Revisit cadence from the configuration (null = no periodic revisit). */
  everyDays: number | null;
  channel: Channel;
  source: 'default' | 'config';
}

export interface FollowUpRow {
  due: IsoDate;
  customerRow: number;
  customerId: string | null;
  customerName: string | null;
  /** Customers the task covers: 1, or the size of a batch (mass care), named first above. */
  customers: number;
  owner: string | null;
  kind: FollowUpKind;
  priority: Priority;
  channel: Channel;
  reason: string;
  overdueDays: number;
  escalate: boolean;
}

export interface FollowUpSection {
  /** Open tasks (not marked done). */
  total: number;
  /** Open tasks due before today (see FollowUpTask.overdueDays). */
  overdue: number;
  escalated: number;
  /** Due within the next 7 days, today included (overdue excluded). */
  dueThisWeek: number;
  /** Tasks marked done in the follow-up sheet, still listed there. */
  done: number;
  /** Wanted tasks no owner had room for within the horizon; a later plan takes them up. */
  deferred: number;
  /** Batch tasks (mass care) and the customers they cover. */
  batches: number;
  batchCustomers: number;
  /** The owner-day with the most open tasks (overdue ones counted on today), or null. */
  busiestDay: { owner: string | null; due: IsoDate; tasks: number } | null;
  byKind: { kind: FollowUpKind; label: string; count: number }[];
  byPriority: { priority: Priority; label: string; count: number }[];
  /** The most pressing tasks: earliest due first, then priority. */
  top: FollowUpRow[];
}

export interface ClvSection {
  horizonMonths: number;
  predictedPurchases: number;
  predictedRevenue: number;
  /** Sum of the per-customer CLV. */
  totalClv: number;
  customersWithClv: number;
  atRiskCustomers: number;
  valueAtStake: number;
  /** Most value at stake first (at most 20). */
  atRisk: { row: number; id: string | null; name: string | null; pAlive: number; valueAtStake: number }[];
  distribution: { label: string; from: number; to: number | null; customers: number; totalClv: number }[];
  /** How the BG/NBD and Gamma-Gamma fits ended. */
  fit: { bgnbd: ModelFit; gammaGamma: ModelFit };
  notes: string[];
}

/** The report as plain JSON data; renderers turn it into HTML or Markdown. */
export interface ReportModel {
  /** Bumped when the shape changes. */
  version: 1;
  title: string;
  language: Language;
  today: IsoDate;
  currency: string;
  sources: {
    customerRows: number;
    /** Orders rows read, null when purchase figures came from the summary columns. */
    orderRows: number | null;
    purchaseSource: 'orders' | 'summary';
    complaints: number;
  };
  /** Why the money figures cannot be right as they stand; shown above everything else. */
  moneyNotes: string[];
  kpis: ReportKpis;
  distributions: ReportDistributions;
  /** 12 calendar months ending with today's month, null without an Orders table. */
  trend: TrendMonth[] | null;
  dataQuality: DataQualitySection;
  strategies: StrategyRow[];
  followUps: FollowUpSection;
  /** The plan's settings the follow-up figures depend on. */
  plan: { dailyCapacity: number; horizonDays: number };
  clv: ClvSection | null;
  /** The last complete period against the one before and a year earlier; null without orders. */
  comparison: ComparisonSection | null;
  /** Per owner (负责人), the unassigned customers last; rows add up to the whole table. */
  owners: OwnerRow[];
  /** Segments at the end of the previous period against today; null without orders. */
  migration: MigrationSection | null;
  /** The last twelve complete first-purchase months; null without orders. */
  cohorts: CohortRow[] | null;
  loyalty: LoyaltySection;
  /** The customers with the most revenue (at most 20). */
  topCustomers: TopCustomerRow[];
  /** The one definition of each term the report uses, with the configured thresholds. */
  definitions: Definition[];
}
