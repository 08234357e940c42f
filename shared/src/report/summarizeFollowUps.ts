import { ownerOf } from '../followups/scheduleTasks.ts';
import { FOLLOW_UP_KIND_LABELS, PRIORITY_LABELS } from '../i18n/labels.ts';
import { addDays, type IsoDate } from '../model/dates.ts';
import { FOLLOW_UP_KINDS, type Language, PRIORITIES } from '../model/keys.ts';
import type { FollowUpTask } from '../model/results.ts';
import type { FollowUpRow, FollowUpSection } from './reportModel.ts';

const TOP_TASKS = 20;
const PRIORITY_RANK: Record<FollowUpTask['priority'], number> = { urgent: 0, high: 1, medium: 2, low: 3 };

/**
 * Counts of the plan's open follow-ups and the most pressing ones (earliest due, then priority),
 * with the done tasks (ticked in the follow-up sheet) and the wanted tasks the owners' daily
 * capacity left for a later plan counted apart. The busiest owner-day shows the capacity held.
 */
export function summarizeFollowUps(
  tasks: readonly FollowUpTask[],
  today: IsoDate,
  language: Language,
  apart: { done: number; deferred: number } = { done: 0, deferred: 0 },
): FollowUpSection {
  const byKind = new Map<FollowUpTask['kind'], number>();
  const byPriority = new Map<FollowUpTask['priority'], number>();
  const perOwnerDay = new Map<string, number>();
  const weekEnd = addDays(today, 6);
  let overdue = 0;
  let escalated = 0;
  let dueThisWeek = 0;
  let batches = 0;
  let batchCustomers = 0;
  // Top-N by insertion into a short sorted list: O(n × N) worst case, no sort of all tasks.
  const top: FollowUpTask[] = [];

  for (const t of tasks) {
    byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
    byPriority.set(t.priority, (byPriority.get(t.priority) ?? 0) + 1);
    if (t.overdueDays > 0) overdue++;
    else if (t.due <= weekEnd) dueThisWeek++;
    if (t.escalate) escalated++;
    if (t.batch !== null) {
      batches++;
      batchCustomers += t.batch.length;
    }
    const day = `${ownerOf(t)}\u0000${t.overdueDays > 0 ? today : t.due}`;
    perOwnerDay.set(day, (perOwnerDay.get(day) ?? 0) + 1);

    const last = top[top.length - 1];
    if (top.length === TOP_TASKS && last !== undefined && compareTasks(t, last) >= 0) continue;
    let i = top.length;
    while (i > 0 && compareTasks(t, top[i - 1] as FollowUpTask) < 0) i--;
    top.splice(i, 0, t);
    if (top.length > TOP_TASKS) top.pop();
  }

  return {
    total: tasks.length,
    overdue,
    escalated,
    dueThisWeek,
    done: apart.done,
    deferred: apart.deferred,
    batches,
    batchCustomers,
    busiestDay: busiest(perOwnerDay),
    byKind: FOLLOW_UP_KINDS.filter((k) => byKind.has(k)).map((kind) => ({
      kind,
      label: FOLLOW_UP_KIND_LABELS[kind][language],
      count: byKind.get(kind) ?? 0,
    })),
    byPriority: PRIORITIES.filter((p) => byPriority.has(p)).map((priority) => ({
      priority,
      label: PRIORITY_LABELS[priority][language],
      count: byPriority.get(priority) ?? 0,
    })),
    top: top.map(toRow),
  };
}

function busiest(perOwnerDay: ReadonlyMap<string, number>): FollowUpSection['busiestDay'] {
  let best: FollowUpSection['busiestDay'] = null;
  for (const [key, tasks] of perOwnerDay) {
    const [owner = '', due = ''] = key.split('\u0000');
    if (best === null || tasks > best.tasks || (tasks === best.tasks && due < best.due)) {
      best = { owner: owner === '' ? null : owner, due, tasks };
    }
  }
  return best;
}

function compareTasks(a: FollowUpTask, b: FollowUpTask): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.escalate !== b.escalate) return a.escalate ? -1 : 1;
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.customerRow - b.customerRow;
}

function toRow(t: FollowUpTask): FollowUpRow {
  return {
    due: t.due,
    customerRow: t.customerRow,
    customerId: t.customerId,
    customerName: t.customerName,
    customers: t.batch?.length ?? 1,
    owner: t.owner,
    kind: t.kind,
    priority: t.priority,
    channel: t.channel,
    reason: t.reason,
    overdueDays: t.overdueDays,
    escalate: t.escalate,
  };
}
