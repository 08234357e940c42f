import type { CustomerRow } from '../model/customerRow.ts';
import { toDayNumber } from '../model/dates.ts';
import type { FollowUpTask } from '../model/results.ts';
import type { PreviousPlan, PreviousTask } from './previousPlan.ts';

/** Done tasks listed this long after they were done, besides each customer's latest one. */
export const DONE_LISTED_DAYS = 30;

/**
 * Customer row → the latest day a done task of the last plan counts as a contact with that
 * customer: a ticked call is a call made, so the cadence restarts from it. A task only counts for
 * the row whose 客户编号 it names (a row moved since the last run is not credited with another
 * customer's call).
 */
export function doneContacts(previous: PreviousPlan, customers: readonly CustomerRow[]): Map<number, number> {
  const contacts = new Map<number, number>();
  // Built at the first done task: most runs have no last plan, or nothing ticked in it.
  let idByRow: Map<number, string> | undefined;
  for (const task of previous.values()) {
    const day = doneDay(task);
    if (day === null || task.customerRow === null) continue;
    idByRow ??= new Map(customers.map((c) => [c.row, c.record.id ?? '']));
    const id = idByRow.get(task.customerRow);
    if (id === undefined || (task.customerId !== '' && id !== '' && task.customerId !== id)) continue;
    contacts.set(task.customerRow, Math.max(contacts.get(task.customerRow) ?? day, day));
  }
  return contacts;
}

/**
 * Done tasks of the last plan that the rules no longer ask for (the call moved the cadence on),
 * still listed with their marks: each customer's latest, which keeps its contact known to the
 * next run, and any done in the last DONE_LISTED_DAYS days. Older ones drop off the sheet.
 */
export function carriedDoneTasks(
  previous: PreviousPlan,
  planned: ReadonlySet<string>,
  contacts: ReadonlyMap<number, number>,
  today: string,
): FollowUpTask[] {
  const recent = toDayNumber(today) - DONE_LISTED_DAYS;
  const carried: FollowUpTask[] = [];
  for (const task of previous.values()) {
    const day = doneDay(task);
    if (day === null || planned.has(task.id) || task.customerRow === null) continue;
    if (!contacts.has(task.customerRow)) continue;
    if (day < recent && contacts.get(task.customerRow) !== day) continue;
    const done = task.done.done ? task.done : null;
    if (done === null || task.kind === null || task.due === null) continue;
    carried.push({
      id: task.id,
      customerRow: task.customerRow,
      customerId: task.customerId === '' ? null : task.customerId,
      customerName: task.customerName === '' ? null : task.customerName,
      owner: task.owner === '' ? null : task.owner,
      due: task.due,
      kind: task.kind,
      priority: task.priority ?? 'medium',
      overdueDays: 0,
      escalate: false,
      reason: task.reason,
      channel: task.channel ?? 'phone',
      message: task.message,
      batch: null,
      done: { mark: done.mark, on: done.on ?? task.due },
    });
  }
  return carried;
}

/** The day a done task counts as done: the date in its mark, else its due date. */
function doneDay(task: PreviousTask): number | null {
  if (!task.done.done) return null;
  const date = task.done.on ?? task.due;
  return date === null ? null : toDayNumber(date);
}
