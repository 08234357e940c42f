import type { Language } from '../model/keys.ts';
import type { IssueKind } from '../model/table.ts';
import { REPORT_TEXTS_EN } from './reportTextsEn.ts';
import { REPORT_TEXTS_ZH } from './reportTextsZh.ts';

/** Every text the report prints besides the domain labels of i18n/labels.ts. */
export interface ReportTexts {
  defaultTitle: string;
  asOf: string;
  language: string;
  languageName: string;
  sources: string;
  sourceCustomers: (rows: string) => string;
  sourceOrders: (rows: string) => string;
  sourceSummary: string;
  sourceComplaints: (count: string) => string;
  contents: string;
  listSeparator: string;
  // KPIs
  kpiHeading: string;
  highlights: string;
  hlTop20: (customers: string, share: string) => string;
  hlHighTier: (customers: string, customerShare: string, revenueShare: string) => string;
  hlRisk: (atRisk: string, churned: string, share: string) => string;
  hlValueAtStake: (customers: string, value: string) => string;
  hlFollowUps: (total: string, overdue: string, escalated: string) => string;
  hlQuality: (issues: string, duplicates: string) => string;
  metric: string;
  figure: string;
  note: string;
  kpiGroupCustomers: string;
  kpiGroupSales: string;
  kpiGroupService: string;
  kpiGroupForecast: string;
  shareOfCustomers: (share: string) => string;
  revenueNote: (orders: string) => string;
  customers: string;
  buyersNote: (buyers: string) => string;
  newInPeriod: string;
  periodNote: (from: string, to: string, days: number) => string;
  active: string;
  atRisk: string;
  churned: string;
  repurchaseRate: string;
  repurchaseNote: (repeat: string, buyers: string) => string;
  averageOrderValue: string;
  aovNote: (orders: string) => string;
  revenue: string;
  top20Share: string;
  top20Note: (customers: string) => string;
  complaintsOpen: string;
  complaintsClosed: string;
  meanResolutionDays: string;
  resolutionNote: (count: string) => string;
  days: (value: string) => string;
  satisfaction: string;
  satisfactionNote: (scale: number, responses: string) => string;
  predictedPurchases: (months: number) => string;
  predictedRevenue: (months: number) => string;
  valueAtStake: string;
  valueAtStakeNote: (customers: string) => string;
  notAvailable: string;
  lifecycleNote: string;
  // Distributions
  distributionsHeading: string;
  bySegment: string;
  byGroup8: string;
  byLifecycle: string;
  byValueTier: string;
  category: string;
  customerCount: string;
  customerShare: string;
  revenueShare: string;
  /** Short column headers for the share columns of tables. */
  customerShareShort: string;
  revenueShareShort: string;
  total: string;
  noPurchases: string;
  chartCustomersBy: (what: string) => string;
  // Trend
  trendHeading: string;
  trendIntro: string;
  month: string;
  newCustomers: string;
  activeCustomers: string;
  orders: string;
  trendChartTitle: string;
  trendCustomersChartTitle: string;
  noTrend: string;
  // Strategy
  strategyHeading: string;
  strategyIntro: string;
  segmentStats: (customers: string, revenue: string, share: string) => string;
  segment: string;
  goal: string;
  actions: string;
  cadence: string;
  everyDays: (days: number, channel: string) => string;
  noCadence: string;
  // Follow-ups
  followUpsHeading: string;
  tasksTotal: string;
  overdue: string;
  escalated: string;
  dueThisWeek: string;
  byKind: string;
  byPriority: string;
  kind: string;
  priority: string;
  count: string;
  topTasks: (count: number) => string;
  due: string;
  customer: string;
  owner: string;
  channel: string;
  reason: string;
  overdueDays: (days: number) => string;
  escalatedTag: string;
  noTasks: string;
  // CLV
  clvHeading: string;
  clvIntro: (months: number) => string;
  totalClv: string;
  customersWithClv: string;
  atRiskCustomersHeading: string;
  pAlive: string;
  clvDistribution: string;
  clvRange: string;
  clvChartTitle: string;
  notes: string;
  noAtRisk: string;
  // Data quality
  qualityHeading: string;
  rowsChecked: string;
  issuesFound: string;
  exactDuplicates: string;
  likelyDuplicates: string;
  rowsWithMissing: string;
  invalidCells: string;
  issuesByKind: string;
  topColumns: string;
  table: string;
  column: string;
  tableName: (table: 'customers' | 'orders' | 'complaints') => string;
  issueKind: (kind: IssueKind) => string;
  duplicateGroups: string;
  duplicateKind: (kind: 'exact' | 'likely') => string;
  names: string;
  matchedOn: string;
  rows: string;
  survivor: string;
  similarity: string;
  exampleIssues: string;
  row: string;
  value: string;
  message: string;
  noIssues: string;
  footer: (today: string) => string;
}

/** The report texts of a language. */
export function reportTexts(language: Language): ReportTexts {
  return language === 'zh' ? REPORT_TEXTS_ZH : REPORT_TEXTS_EN;
}
