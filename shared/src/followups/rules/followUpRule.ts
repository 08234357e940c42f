import type { FollowUpKind } from '../../model/keys.ts';
import type { ComplaintRecord, CustomerRecord } from '../../model/records.ts';
import type { CustomerClassification } from '../../model/results.ts';
import type { CustomerFacts } from '../customerFacts.ts';
import type { TaskCollector } from '../taskCollector.ts';

/** The customer a complaint belongs to, as the complaint rules need it. */
export interface ComplaintCustomer {
  record: CustomerRecord;
  classification: CustomerClassification | undefined;
}

/** One rule at work in one plan; it adds its tasks to the plan it was started with. */
export interface RulePlanner {
  /** Plans the rule's tasks for one customer. The facts object is reused: do not keep it. */
  readonly forCustomer?: (facts: CustomerFacts) => void;
  /** Plans the rule's tasks for one complaint whose customer is in the table. */
  readonly forComplaint?: (complaint: ComplaintRecord, customer: ComplaintCustomer) => void;
  /** After every customer and complaint: adds what the rule gathered (batches of mass care). */
  readonly finish?: () => void;
  /**
   * True when forCustomer keeps nothing between customers: run again for one customer, it adds
   * the same tasks. Such a rule is run without writing (TaskCollector.writing is false), and the
   * texts of the few tasks the schedule places are written by running it again for their
   * customers: a large table wants a task of it for nearly every customer.
   */
  readonly rerunnable?: boolean;
}

/**
 * One follow-up rule (a revisit cadence, a birthday greeting, a complaint's SLA …). Rules are
 * registered in FOLLOW_UP_RULES (rules/index.ts); planFollowUps runs every registered rule over
 * every customer and complaint.
 */
export interface FollowUpRule {
  /** The task kinds the rule plans. */
  readonly kinds: readonly FollowUpKind[];
  /**
   * Starts the rule for one plan. Whatever depends on the plan alone (holiday dates in the
   * horizon, the calendar years it spans) is worked out here, once, rather than per customer.
   */
  start(plan: TaskCollector): RulePlanner;
}
