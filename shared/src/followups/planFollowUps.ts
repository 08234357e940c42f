import type { Config } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import type { IsoDate } from '../model/dates.ts';
import type { ComplaintRecord } from '../model/records.ts';
import type { FollowUpTask } from '../model/results.ts';
import type { CustomerFacts } from './customerFacts.ts';
import { dayNumberOf } from './dayNumber.ts';
import type { FollowUpRule } from './rules/followUpRule.ts';
import { FOLLOW_UP_RULES } from './rules/index.ts';
import { TaskCollector } from './taskCollector.ts';

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
}

/**
 * Plans the follow-ups (定期回访、客户关怀、投诉处理、满意度调查) as of `today`: tasks due within
 * config.followUps.horizonDays, plus overdue ones not yet done (the customer's last contact is
 * before the due date), each look-back bounded (see lookBack.ts). The rules are FOLLOW_UP_RULES
 * (rules/index.ts): segment revisit or win-back, post-purchase check-in, birthday care, holiday
 * greetings (lunar festivals included), complaint SLA per stage with escalation, and a
 * satisfaction survey after a complaint closes. Sorted by due date, then priority (urgent
 * first), then customer row.
 */
export function planFollowUps(input: PlanFollowUpsInput): FollowUpTask[] {
  return planWithRules(input, FOLLOW_UP_RULES);
}

/** planFollowUps with the given rules instead of all of FOLLOW_UP_RULES, e.g. one rule alone. */
export function planWithRules(input: PlanFollowUpsInput, rules: readonly FollowUpRule[]): FollowUpTask[] {
  const { customers, complaints, config } = input;
  const plan = new TaskCollector(config, dayNumberOf(input.today));
  const planners = rules.map((rule) => rule.start(plan));
  const customerRules = planners.flatMap((p) => (p.forCustomer ? [p.forCustomer] : []));
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

  let facts: CustomerFacts | undefined;
  for (let i = 0; i < customers.length; i++) {
    const { record, classification, stats: purchases, clv } = customers[i] as CustomerRow;
    if (complaintRows.has(record.row)) complaintRows.set(record.row, i);
    // One facts object reused for every row: the rules never keep it, and 100k short-lived
    // objects are work for the garbage collector.
    facts ??= {
      record,
      classification,
      stats: purchases,
      lastPurchaseDay: null,
      lastContactDay: null,
      clv: null,
      hasOpenComplaint: false,
    };
    facts.record = record;
    facts.classification = classification;
    facts.stats = purchases;
    facts.lastPurchaseDay = purchases.lastPurchase === null ? null : dayNumberOf(purchases.lastPurchase);
    facts.lastContactDay = record.lastContact === null ? null : dayNumberOf(record.lastContact);
    facts.clv = clv;
    facts.hasOpenComplaint = openComplaintRows.has(record.row);
    for (const planCustomer of customerRules) planCustomer(facts);
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
  return plan.sorted();
}
