import type { FollowUpKind } from '../model/keys.ts';
import { WIN_BACK_ESCALATE_AFTER_DAYS } from './lookBack.ts';

// Overdue days after which a task goes to the owner's manager: a complaint as soon as its SLA has
// run out (the SLA already is the allowance), a win-back after a week (a valuable customer is
// leaving); the other kinds never do.
const ESCALATE_AFTER_DAYS: Readonly<Record<FollowUpKind, number | null>> = {
  complaint: 0,
  'win-back': WIN_BACK_ESCALATE_AFTER_DAYS,
  revisit: null,
  'post-purchase': null,
  birthday: null,
  holiday: null,
  'satisfaction-survey': null,
};

/** Whether a task of `kind` this many days overdue is raised to the owner's manager. */
export function escalates(kind: FollowUpKind, overdueDays: number): boolean {
  const after = ESCALATE_AFTER_DAYS[kind];
  return after !== null && overdueDays > after;
}
