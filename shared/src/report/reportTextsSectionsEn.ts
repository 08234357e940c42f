import { countNoun as n } from './countNoun.ts';
import type { SectionTexts } from './reportTextsSectionsType.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUARTER = (from: string) => Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1;

/** The en texts of the sections a manager acts on. */
export const SECTION_TEXTS_EN: SectionTexts = {
  comparisonHeading: 'Period comparison',
  periodWord: { month: 'month', quarter: 'quarter', year: 'year' },
  periodLabel: (period, from) =>
    ({
      month: `${MONTHS[Number(from.slice(5, 7)) - 1] ?? ''} ${from.slice(0, 4)}`,
      quarter: `Q${QUARTER(from)} ${from.slice(0, 4)}`,
      year: from.slice(0, 4),
    })[period],
  comparisonIntro: (period, label) =>
    `The last complete ${period} (${label}) against the one before and the same ${period} a year earlier; revenue is net of refunds, cancelled orders are left out.`,
  currentPeriod: 'This period',
  previousPeriod: 'Previous',
  yearAgoPeriod: 'A year earlier',
  changeVsPrevious: 'vs previous',
  changeVsYearAgo: 'vs a year earlier',
  comparedMetric: {
    revenue: 'Revenue (net of refunds)',
    orders: 'Orders',
    buyers: 'Buyers',
    newCustomers: 'New customers',
    averageOrderValue: 'Average order value',
    repeatRate: 'Repeat purchase rate',
  },
  points: (signed) => `${signed} pts`,
  partialNote: (label, to, elapsed, days, revenue, orders) =>
    `${label} is not over (day ${elapsed} of ${days}, up to ${to}) and is not compared: revenue so far ${revenue}, ${n(orders, 'order')}.`,
  refundsNote: (refunds, total) =>
    `${n(refunds, 'refund')} in the period returned ${total}, taken off revenue.`,
  dataEndsNote: (lastOrder, label, end) =>
    `The latest order in the orders table is dated ${lastOrder}, before the last day of ${label} (${end}): if the table was exported before ${label} was over, its figures are incomplete and the changes do not show how the business went.`,
  noComparison: 'Without an orders table there are no periods to compare (each order needs its date).',
  comparisonChartTitle: (label) => `Revenue: ${label}, the period before and a year earlier`,
  partialMonth: (month) => `${month} (not over)`,
  hlPeriod: (label, revenue, vsPrevious, vsYearAgo) =>
    `${label}: revenue ${revenue}, ${vsPrevious} on the period before, ${vsYearAgo} on a year earlier.`,
  ownersHeading: 'Owners',
  ownersIntro: (label) =>
    `Each owner's customers, revenue (${label === null ? 'all time' : `all time and in ${label}`}), customers at risk and churned, and open and overdue follow-ups. Customers count for the owner the customer table names now: a customer that changed hands brings its earlier revenue along.`,
  unassigned: 'Unassigned',
  buyersHeader: 'Buyers',
  withOwner: (customer, owner) => `${customer} (${owner})`,
  lastPurchaseAgo: (days, share) => `last purchase ${days} days ago · ${share} of all customers`,
  activeNote: (days, newMaxDays, share) =>
    `last purchase ${days} days ago, new customers (first purchase within ${newMaxDays} days) not counted · ${share} of all customers`,
  revenueAllTime: 'Revenue, all time',
  revenueInPeriod: (label) => `Revenue, ${label}`,
  followUpsOpen: 'Open follow-ups',
  followUpsOverdue: 'Overdue',
  ownersChartTitle: (label) => `Revenue by owner, ${label}`,
  migrationHeading: 'Segment migration',
  migrationIntro: (from, to) =>
    `Segments on ${from} (worked out again from the orders up to then) against today (${to}). Every customer is in exactly one cell: rows are the segment then, columns the segment now.`,
  segmentThen: (date) => `Segment on ${date}`,
  segmentNow: 'Segment now',
  migrationDirection: { down: 'Slipped', up: 'Recovered' },
  migrationHighlights: 'Moves to act on',
  migrationMove: (from, to) => `${from} → ${to}`,
  noMigration: 'Without an orders table the segments of an earlier day cannot be worked out.',
  noMigrationMoves: 'No customer slipped out of a buying segment or came back into one.',
  cohortsHeading: 'Cohort retention (by first-purchase month)',
  cohortsIntro:
    'Each row is the customers whose first purchase fell in that month; +1 is the calendar month after it, and each figure the share of the cohort that bought again in that month. The month not yet over is left out.',
  cohort: 'First purchase',
  monthOffset: (k) => `+${k}`,
  noCohorts: 'Without an orders table there are no cohorts.',
  loyaltyHeading: 'Loyalty',
  nps: 'Net Promoter Score',
  npsNote: (promoters, passives, detractors, responses) =>
    `${n(responses, 'answer')}: ${n(promoters, 'promoter')}, ${n(passives, 'passive')}, ${n(detractors, 'detractor')} (Reichheld 2003)`,
  noNps: 'The customer table has no Likelihood to recommend / NPS column (0–10), so there is no NPS.',
  npsUnreadable: (count) =>
    `; ${count} more ${count === '1' ? 'answer is' : 'answers are'} not a whole score 0–10 (such as 11 or “yes”) and left out, see Data quality`,
  npsNoAnswers: (column, unreadable) =>
    `The “${column}” column holds no whole score 0–10 (${unreadable} unreadable, see Data quality), so there is no NPS.`,
  resolutionRate: 'Complaints resolved',
  resolutionRateNote: (resolved, complaints) => `${resolved} of ${n(complaints, 'complaint')} closed`,
  topCustomersHeading: (count) => `Top ${count} customers by revenue`,
  revenueLast12: 'Last 12 months',
  revenuePrior12: '12 months before',
  trend: 'Trend',
  trendLabel: {
    up: 'Up',
    flat: 'Flat',
    down: 'Down',
    new: 'New',
    returned: 'Came back',
    lapsed: 'Stopped buying',
  },
  definitionsHeading: 'Definitions',
  definitionsIntro: 'The report, its CLV section and the follow-up tasks all count by these definitions.',
  term: 'Term',
  meaning: 'Definition',
  definitions: {
    'new-customer': {
      label: 'New customer',
      text: (p) =>
        `First purchase at most ${p.newMaxDays} days ago; in a period comparison, first purchase within the period.`,
    },
    active: {
      label: 'Active',
      text: (p) =>
        `Last purchase at most ${p.activeMaxDays} days ago, new customers aside (a first purchase at most ${p.newMaxDays} days ago counts as new).`,
    },
    'high-value': {
      label: 'High value',
      text: (p) =>
        `The biggest spenders who together make up the first ${p.highShare} of revenue (value tier High).`,
    },
    'at-risk': {
      label: 'At risk',
      text: (p) => `Last purchase ${p.activeMaxDays + 1} to ${p.atRiskMaxDays} days ago.`,
    },
    churned: { label: 'Churned', text: (p) => `Last purchase more than ${p.atRiskMaxDays} days ago.` },
    'churn-warning': {
      label: 'Churn warning',
      text: (p) =>
        `A high-value customer whose probability of still being active (CLV model) is below ${p.churnThreshold}; each gets a win-back task.`,
    },
    'value-at-stake': {
      label: 'Value at stake',
      text: (p) =>
        `What a customer with a churn warning would spend in the next ${p.horizonMonths} months if still buying × the probability it has gone: left out of the predicted revenue, and what a win-back adds to it.`,
    },
    'repeat-purchase-rate': {
      label: 'Repeat purchase rate',
      text: () =>
        'Customers with 2 or more purchases ÷ customers with a purchase; per period, among that period’s buyers. Orders are counted by row: two orders on the same day are two purchases, and a refund is none.',
    },
    owner: {
      label: 'Owner',
      text: () =>
        'The owner the customer table names now: when a customer changed hands, its earlier orders and revenue count for the present owner too. Owners are grouped as written (ends trimmed), so two spellings (“Wang Lei” and “Wang Lei (East)”) are two owners, and a blank owner is unassigned.',
    },
    overdue: {
      label: 'Overdue',
      text: () =>
        'A task the last plan made due before today and not ticked in the Done column, or a complaint past its deadline; counted in real days.',
    },
  },
  doneTasks: 'Done',
  deferredTasks: 'Did not fit',
  deferredNote: (capacity, days) =>
    `no room within ${days} days at ${capacity} tasks per owner a day; a later plan takes them up`,
  batchesNote: (batches, customers) =>
    `${batches} of them ${batches === '1' ? 'a batch' : 'batches'} of care, covering ${customers} customers`,
  busiestDay: (owner, date, tasks, capacity) =>
    `Busiest day: ${owner} on ${date} with ${n(tasks, 'task')} (at most ${capacity} a day)`,
  batchOf: (customers) => `${customers} customers`,
};
