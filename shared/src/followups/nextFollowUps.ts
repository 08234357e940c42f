import type { IsoDate } from '../model/dates.ts';
import type { FollowUpTask } from '../model/results.ts';

/**
 * Each customer's next follow-up: customer row → the earliest due date among the plan's open
 * tasks (a batch task counts for every customer it covers), overdue ones included.
 */
export function nextFollowUps(tasks: readonly FollowUpTask[]): Map<number, IsoDate> {
  const next = new Map<number, IsoDate>();
  const note = (row: number, due: IsoDate) => {
    const current = next.get(row);
    if (current === undefined || due < current) next.set(row, due);
  };
  for (const task of tasks) {
    if (task.batch === null) note(task.customerRow, task.due);
    else for (const member of task.batch) note(member.row, task.due);
  }
  return next;
}
