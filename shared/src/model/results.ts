import type { IsoDate } from './dates.ts';
import type {
  Channel,
  FollowUpKind,
  Group8,
  Lifecycle,
  Priority,
  Score,
  Segment,
  ValueTier,
} from './keys.ts';
import type { SkippedRow } from './skippedRow.ts';

/** Classification of one customer as of a date. */
export interface CustomerClassification {
  row: number;
  id: string | null;
  name: string | null;
  /** Days since the last purchase, null for prospects. */
  recencyDays: number | null;
  frequency: number;
  monetary: number;
  r: Score | null;
  f: Score | null;
  m: Score | null;
  segment: Segment;
  /** null for customers without purchases. */
  group8: Group8 | null;
  lifecycle: Lifecycle;
  valueTier: ValueTier;
}

/** A planned follow-up task. */
export interface FollowUpTask {
  /** Stable id: the same task planned twice gets the same id. */
  id: string;
  customerRow: number;
  customerId: string | null;
  customerName: string | null;
  owner: string | null;
  due: IsoDate;
  kind: FollowUpKind;
  priority: Priority;
  /**
   * Days past due as of today: only for a task still open that was due before today (a due date
   * of an earlier plan, or a complaint's SLA deadline); 0 otherwise.
   */
  overdueDays: number;
  /** Overdue beyond its SLA: raise to the owner's manager. */
  escalate: boolean;
  /** Why this task exists, in the chosen language. */
  reason: string;
  channel: Channel;
  /** Personalised message filled from a template, in the chosen language. */
  message: string;
  /**
   * Mass care (greetings of one occasion, birthdays of one day) as one task per owner: every
   * customer it covers, the first of them also named above. null for a task about one customer.
   */
  batch: readonly BatchMember[] | null;
  /**
   * Marked done in the follow-up sheet's 完成/Done column, read back on the next run: the mark
   * as written (kept when the sheet is rewritten) and the day it counts as done (the date written,
   * else the due date). null while open.
   */
  done: { mark: string | boolean; on: IsoDate } | null;
}

/**
 * A task the rules wanted that no owner had room for within the horizon: named by its id and
 * customer; its texts are not written, since nothing is sent until a later plan places it (a
 * large table defers most of what it wants, and an analysis only counts them).
 */
export type DeferredTask = Pick<
  FollowUpTask,
  'id' | 'customerRow' | 'customerId' | 'owner' | 'kind' | 'priority' | 'due'
>;

/** A customer covered by a batch task. */
export interface BatchMember {
  row: number;
  id: string | null;
  name: string | null;
}

/**
 * What tied duplicate rows together: a shared email, phone, WeChat id or platform account, a similar name at the same company
 * (with the same city or title where the name only resembles), or more shared values than listed.
 */
export type DuplicateMatch =
  | { on: 'email' | 'phone' | 'wechat' | 'account'; value: string }
  | { on: 'name-company'; also: 'city' | 'title' | null }
  | { on: 'more'; count: number };

/** A proposed merge of duplicate rows. Nothing is merged until the user accepts it. */
export interface MergeProposal {
  kind: 'exact' | 'likely';
  /** What matched, as data. */
  matches: DuplicateMatch[];
  /** The same in the review's language, e.g. `email: li@x.com` / `邮箱 li@x.com；姓名相近、公司相同`. */
  matchedOn: string;
  /** The row that survives (the most complete, then the most recent). */
  survivorRow: number;
  /** All rows of the group, survivor first. */
  rows: number[];
  /** Similarity 0..1 (1 for exact). */
  similarity: number;
  /** Fields the survivor lacks that other rows supply (field → { value, fromRow }). */
  fill: Record<string, { value: string; fromRow: number }>;
  /** Fields on which rows disagree (field → values with their rows). */
  conflicts: Record<string, { value: string; row: number }[]>;
}

/**
 * The cleaning review: duplicates, missing and invalid values, and the rows that are not records
 * (totals, notes, a repeated header…). Nothing is deleted or overwritten.
 */
export interface CleaningReview {
  merges: MergeProposal[];
  missing: { row: number; column: string; field: string; message: string }[];
  invalid: { row: number; column: string; value: string; message: string }[];
  /** Rows of any table left out of the analysis, with why. */
  skipped: SkippedRow[];
  summary: {
    rows: number;
    exactDuplicateGroups: number;
    likelyDuplicateGroups: number;
    rowsWithMissing: number;
    invalidCells: number;
    skippedRows: number;
  };
}

/** BG/NBD + Gamma-Gamma prediction for one customer row. */
export interface CustomerClv {
  row: number;
  /** Probability the customer is still active. */
  pAlive: number;
  /** Expected purchases over the CLV horizon. */
  expectedPurchases: number;
  /** Expected average order value (Gamma-Gamma), or the population mean for one-time buyers. */
  expectedAverageSpend: number;
  /** Discounted customer lifetime value over the horizon. */
  clv: number;
  /** A high-value customer whose P(alive) fell below the churn threshold (the churn warning). */
  atRisk: boolean;
  /**
   * For a customer at risk, the revenue over the horizon it would bring if still active times
   * P(not alive): what a win-back would add to the forecast; 0 for everyone else.
   */
  valueAtStake: number;
}

/** CLV results for the whole table; each customer's own prediction travels on its CustomerRow. */
export interface ClvSummary {
  horizonMonths: number;
  /** Expected purchases / revenue of all customers over the horizon. */
  predictedPurchases: number;
  predictedRevenue: number;
  /** Valuable customers at risk, most value at stake first. */
  atRisk: { row: number; id: string | null; name: string | null; pAlive: number; valueAtStake: number }[];
  /** CLV distribution buckets. */
  distribution: { label: string; from: number; to: number | null; customers: number; totalClv: number }[];
  /** How the two fits ended: a fit that stopped at its iteration cap is not to be trusted blindly. */
  fit: { bgnbd: ModelFit; gammaGamma: ModelFit };
  /** Human-readable notes (fit quality, customers left out of the spend model, …). */
  notes: string[];
}

/** The end of one maximum-likelihood fit. */
export interface ModelFit {
  converged: boolean;
  iterations: number;
  logLikelihood: number;
  /** Limiting cases the fit ran into (see clv/fitLimits.ts); the predictions are that limit's. */
  limits: FitLimit[];
}

/**
 * A ridge the likelihood climbs without end, two parameters growing while their ratio stays:
 * everyone drops out alike (equal-dropout), buys alike (equal-rate) or spends alike (equal-spend).
 */
export type FitLimit = 'equal-dropout' | 'equal-rate' | 'equal-spend';
