// Realistic customers for the follow-up tests (not a test file itself).
import { type Config, type ConfigInput, resolveConfig } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import {
  type ComplaintRecord,
  type CustomerRecord,
  emptyCustomerRecord,
  type PurchaseStats,
} from '../model/records.ts';
import type { CustomerClassification, CustomerClv, FollowUpTask } from '../model/results.ts';
import { type FollowUpPlan, type PlanFollowUpsInput, planFollowUps, planWithRules } from './planFollowUps.ts';
import type { PreviousPlan } from './previousPlan.ts';
import { FOLLOW_UP_RULES } from './rules/index.ts';

/** The fixed "today" of the tests: a Tuesday in late November. */
export const TODAY = '2026-11-24';

export interface Person {
  record: Partial<CustomerRecord>;
  classification?: Partial<CustomerClassification>;
  stats?: Partial<PurchaseStats>;
}

export function customerRecord(row: number, fields: Partial<CustomerRecord> = {}): CustomerRecord {
  return emptyCustomerRecord(row, { id: `C${String(row).padStart(4, '0')}`, ...fields });
}

export function complaintRecord(customerRow: number, fields: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return {
    row: customerRow,
    table: 'customers',
    customerId: `C${String(customerRow).padStart(4, '0')}`,
    customerRow,
    openedDate: null,
    stage: 'received',
    stageDate: null,
    closedDate: null,
    summary: null,
    satisfaction: null,
    ...fields,
  };
}

export interface PlanOptions {
  complaints?: ComplaintRecord[];
  config?: ConfigInput;
  today?: string;
  clv?: (CustomerClv | null)[];
}

/**
 * The tasks the rules want for people listed from sheet row 2 on, each due on the rule's own
 * date (before batching is undone or any schedule): what the rule tests check.
 */
export function planForPeople(people: Person[], options: PlanOptions = {}): FollowUpTask[] {
  return planWithRules(planInputForPeople(people, options), FOLLOW_UP_RULES);
}

/** The whole plan (schedule, capacity, the last plan's marks) for people from sheet row 2 on. */
export function scheduleForPeople(
  people: Person[],
  options: PlanOptions & { previous?: PreviousPlan } = {},
): FollowUpPlan {
  const input = planInputForPeople(people, options);
  return planFollowUps(options.previous ? { ...input, previous: options.previous } : input);
}

/** The planFollowUps input for people listed from sheet row 2 on. */
export function planInputForPeople(people: Person[], options: PlanOptions = {}): PlanFollowUpsInput {
  const config: Config = resolveConfig(options.config ?? {});
  const records = people.map((p, i) => customerRecord(i + 2, p.record));
  const stats: PurchaseStats[] = people.map((p, i) => {
    const record = records[i] as CustomerRecord;
    return {
      firstPurchase: record.firstPurchase,
      lastPurchase: record.lastPurchase,
      orderCount: record.orderCount ?? (record.lastPurchase ? 1 : 0),
      totalSpend: record.totalSpend ?? 0,
      refunds: 0,
      refundTotal: 0,
      source: 'summary',
      ...p.stats,
    };
  });
  const classifications: CustomerClassification[] = people.map((p, i) => {
    const record = records[i] as CustomerRecord;
    const purchases = stats[i] as PurchaseStats;
    return {
      row: record.row,
      id: record.id,
      name: record.name,
      recencyDays: null,
      frequency: purchases.orderCount,
      monetary: purchases.totalSpend,
      r: null,
      f: null,
      m: null,
      segment: purchases.orderCount > 0 ? 'need-attention' : 'prospect',
      group8: null,
      lifecycle: purchases.orderCount > 0 ? 'active' : 'prospect',
      valueTier: 'medium',
      ...p.classification,
    };
  });
  const customers: CustomerRow[] = records.map((record, i) => ({
    row: record.row,
    record,
    stats: stats[i] as PurchaseStats,
    classification: classifications[i] as CustomerClassification,
    clv: options.clv?.[i] ?? null,
    nextFollowUp: null,
  }));
  return { customers, complaints: options.complaints ?? [], config, today: options.today ?? TODAY };
}
