import type { Config } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import { type IsoDate, toDayNumber } from '../model/dates.ts';
import type { ComplaintRecord } from '../model/records.ts';
import type { DeferredTask, FollowUpTask } from '../model/results.ts';
import { CALENDAR_NOTES } from './calendarNotes.ts';
import type { CustomerFacts } from './customerFacts.ts';
import { carriedDoneTasks, doneContacts } from './doneContacts.ts';
import { NO_PREVIOUS_PLAN, type PreviousPlan } from './previousPlan.ts';
import { PRIORITY_RANK } from './priorities.ts';
import type { FollowUpRule, RulePlanner } from './rules/followUpRule.ts';
import { FOLLOW_UP_RULES } from './rules/index.ts';
import { scheduleTasks } from './scheduleTasks.ts';
import { sortOrder } from './sortTasks.ts';
import { deferredTask, KIND_RANK, TaskCollector, type WantedTasks } from './taskCollector.ts';
import { workCalendarOf } from './workCalendar.ts';

/** Everything planFollowUps needs. */
export interface PlanFollowUpsInput {
  /**
   * The customers with their purchases, classification and, when the model was fitted, their
   * BG/NBD churn risk (customers it flags at risk get a win-back).
   */
  customers: readonly CustomerRow[];
  complaints: ComplaintRecord[];
  config: Config;
  today: IsoDate;
  /** The follow-up sheet of the last run, read back: its due dates and the user's Done marks. */
  previous?: PreviousPlan;
}

/** A plan: the work to do, the tasks marked done, and the wanted tasks that did not fit. */
export interface FollowUpPlan {
  /** Open tasks, by due date, then priority (urgent first), then customer row. */
  tasks: FollowUpTask[];
  /**
   * Tasks marked done in the last plan's sheet, with their marks: history, not work, listed apart
   * so the follow-up sheet can keep them while every count of the plan leaves them out.
   */
  done: FollowUpTask[];
  /** How many wanted tasks no owner had room for within the horizon; a later plan takes them up. */
  deferredCount: number;
  /**
   * Those tasks, listed when asked for: a large table defers nearly every task it wants, and an
   * analysis only counts them.
   */
  deferred(): DeferredTask[];
  /**
   * What the user should know about the plan, in config.language: the years of the horizon whose
   * statutory holidays are not known yet (only weekends are off in them).
   */
  notes: string[];
}

/**
 * Plans the follow-ups (定期回访、客户关怀、投诉处理、满意度调查) as of `today`. The rules
 * (FOLLOW_UP_RULES, rules/index.ts: segment revisit or win-back, post-purchase check-in, birthday
 * care and holiday greetings as batches per owner, complaint SLA per stage, satisfaction survey)
 * say which tasks are wanted and from when; scheduleTasks decides what is due when, on the team's
 * working days (config.followUps.workDays: the working week, China's statutory days off and 调休
 * working days, the team's own days) under each owner's daily capacity, with done and overdue as
 * the last plan's sheet says. A task done there
 * counts as a contact with its customer.
 */
export function planFollowUps(input: PlanFollowUpsInput): FollowUpPlan {
  const previous = input.previous ?? NO_PREVIOUS_PLAN;
  const contacts = doneContacts(previous, input.customers);
  // The schedule places the wanted tasks by its own order (most urgent first): taken as added.
  const wanted = collectTasks(input, FOLLOW_UP_RULES, contacts, false).take();
  const schedule = scheduleTasks(wanted, previous, input.config, input.today);
  const carried = carriedDoneTasks(previous, plannedAgain(wanted, previous), contacts, input.today);
  const deferred = schedule.deferred;
  return {
    tasks: sortedPlan(schedule.tasks.filter((t) => t.done === null)),
    done: sortedPlan([...schedule.tasks.filter((t) => t.done !== null), ...carried]),
    deferredCount: deferred.length,
    deferred: () => deferred.map((i) => deferredTask(wanted.task(i))),
    notes: calendarNotes(input.config, input.today),
  };
}

function calendarNotes(config: Config, today: IsoDate): string[] {
  const from = toDayNumber(today);
  const years = workCalendarOf(config).unknownYears(from, from + config.followUps.horizonDays);
  return years.length === 0 ? [] : [CALENDAR_NOTES[config.language].unknownYears(years)];
}

/** The ids of the last plan's tasks that the rules want again (not every wanted id: most are new). */
function plannedAgain(wanted: WantedTasks, previous: PreviousPlan): Set<string> {
  const again = new Set<string>();
  if (previous.size === 0) return again;
  for (let i = 0; i < wanted.length; i++) {
    const id = wanted.id(i);
    if (previous.has(id)) again.add(id);
  }
  return again;
}

/** By due date, then priority, then customer row, then kind (then as scheduled). */
function sortedPlan(tasks: readonly FollowUpTask[]): FollowUpTask[] {
  const major = tasks.map((t) => toDayNumber(t.due) * 4 + PRIORITY_RANK[t.priority]);
  const minor = tasks.map((t) => t.customerRow * 8 + KIND_RANK[t.kind]);
  return sortOrder(major, minor).map((i) => tasks[i] as FollowUpTask);
}

/**
 * The tasks the given rules want, each due on the rule's own date (its target), before any
 * schedule: FOLLOW_UP_RULES for a plan, one rule alone in its tests. `contacts` (customer row →
 * day number) adds contacts the customer table does not show yet (done tasks of the last plan).
 */
export function planWithRules(
  input: PlanFollowUpsInput,
  rules: readonly FollowUpRule[],
  contacts: ReadonlyMap<number, number> = new Map(),
): FollowUpTask[] {
  return collectTasks(input, rules, contacts, true).takeSorted();
}

/** The tasks the rules want, collected; `sorted`: whether they will be taken sorted (takeSorted). */
function collectTasks(
  input: PlanFollowUpsInput,
  rules: readonly FollowUpRule[],
  contacts: ReadonlyMap<number, number>,
  sorted: boolean,
): TaskCollector {
  const { customers, complaints, config } = input;
  const plan = new TaskCollector(config, toDayNumber(input.today), sorted);
  const planners = rules.map((rule) => rule.start(plan));
  const customerPlanners = planners.filter((p) => p.forCustomer !== undefined);
  const complaintRules = planners.flatMap((p) => (p.forComplaint ? [p.forComplaint] : []));

  // Only complaint customers need a row → index lookup; a Map over all 100k rows would cost
  // more than the rest of the loop.
  const openComplaintRows = new Set<number>();
  const complaintRows = new Map<number, number>();
  for (const complaint of complaints) {
    if (complaint.customerRow === null) continue;
    complaintRows.set(complaint.customerRow, -1);
    if (complaint.stage !== 'closed') openComplaintRows.add(complaint.customerRow);
  }

  const factsOf = (i: number, facts: CustomerFacts | undefined): CustomerFacts => {
    const { record, classification, stats, clv } = customers[i] as CustomerRow;
    const lastPurchaseDay = stats.lastPurchase === null ? null : toDayNumber(stats.lastPurchase);
    const lastContactDay = latest(
      record.lastContact === null ? null : toDayNumber(record.lastContact),
      contacts.get(record.row) ?? null,
    );
    const hasOpenComplaint = openComplaintRows.has(record.row);
    if (facts === undefined) {
      return { record, classification, stats, lastPurchaseDay, lastContactDay, clv, hasOpenComplaint };
    }
    facts.record = record;
    facts.classification = classification;
    facts.stats = stats;
    facts.lastPurchaseDay = lastPurchaseDay;
    facts.lastContactDay = lastContactDay;
    facts.clv = clv;
    facts.hasOpenComplaint = hasOpenComplaint;
    return facts;
  };
  // The texts of a task a rule added unwritten are written by running the rule again with the
  // customer's facts, found again here.
  plan.findFactsWith((i) => factsOf(i, undefined));

  let facts: CustomerFacts | undefined;
  for (let i = 0; i < customers.length; i++) {
    const row = (customers[i] as CustomerRow).record.row;
    if (complaintRows.has(row)) complaintRows.set(row, i);
    // One facts object reused for every row: the rules never keep it, and 100k short-lived
    // objects are work for the garbage collector.
    facts = factsOf(i, facts);
    for (let k = 0; k < customerPlanners.length; k++)
      plan.planCustomer(customerPlanners[k] as RulePlanner, i, facts);
  }

  // Complaints without a known customer row are reported by the table reader
  // (unknown-customer issues); a task needs a customer to call.
  for (const complaint of complaints) {
    const index = complaint.customerRow === null ? -1 : (complaintRows.get(complaint.customerRow) ?? -1);
    if (index < 0) continue;
    const row = customers[index] as CustomerRow;
    const customer = { record: row.record, classification: row.classification };

    for (const planComplaint of complaintRules) planComplaint(complaint, customer);
  }
  for (const planner of planners) planner.finish?.();
  return plan;
}

function latest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null || a >= b ? a : b;
}
