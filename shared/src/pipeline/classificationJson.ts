import type { IsoDate } from '../model/dates.ts';
import type { Group8, Lifecycle, Score, Segment, ValueTier } from '../model/keys.ts';
import type { IssueKind, TableRole } from '../model/table.ts';
import type { CustomerAnalysis } from './analyzeCustomerTable.ts';
import { churnRiskNote } from './managedColumnsWrite.ts';

/** One customer in the `crm classify --json` output (a stable contract documented in the README). */
export interface ClassifiedCustomerJson {
  row: number;
  id: string | null;
  name: string | null;
  r: Score | null;
  f: Score | null;
  m: Score | null;
  segment: Segment;
  group8: Group8 | null;
  lifecycle: Lifecycle;
  valueTier: ValueTier;
  nextFollowUp: IsoDate | null;
  recencyDays?: number;
  frequency: number;
  monetary: number;
  pAlive?: number;
  clv?: number;
  /** A valuable customer with P(alive) below the churn threshold (when CLV could be fitted). */
  churnRisk?: boolean;
  /** Human note on the lifecycle, e.g. the churn warning, in the configured language. */
  lifecycleNote?: string;
}

export interface IssueJson {
  row: number;
  column: string;
  value: string;
  message: string;
  kind: IssueKind;
  table: TableRole;
}

/** The `crm classify --json` document. */
export interface ClassificationJson {
  customers: ClassifiedCustomerJson[];
  issues: IssueJson[];
  notes: string[];
}

/** The `crm classify --json` document: one customer per data row, in input order. */
export function classificationJson(analysis: CustomerAnalysis): ClassificationJson {
  const customers = analysis.customers.map(
    ({ classification: c, clv, nextFollowUp }): ClassifiedCustomerJson => ({
      row: c.row,
      id: c.id,
      name: c.name,
      r: c.r,
      f: c.f,
      m: c.m,
      segment: c.segment,
      group8: c.group8,
      lifecycle: c.lifecycle,
      valueTier: c.valueTier,
      nextFollowUp,
      ...(c.recencyDays === null ? {} : { recencyDays: c.recencyDays }),
      frequency: c.frequency,
      monetary: c.monetary,
      ...(clv ? { pAlive: clv.pAlive, clv: clv.clv, churnRisk: clv.atRisk } : {}),
      ...(clv?.atRisk ? { lifecycleNote: churnRiskNote(clv.pAlive, analysis.config.language) } : {}),
    }),
  );
  const issues = analysis.issues.map(
    (issue): IssueJson => ({
      row: issue.row,
      column: issue.column,
      value: issue.value,
      message: issue.message,
      kind: issue.kind,
      table: issue.table ?? 'customers',
    }),
  );
  return { customers, issues, notes: analysis.notes };
}
