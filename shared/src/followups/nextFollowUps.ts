import type { IsoDate } from '../model/dates.ts';
import type { FollowUpTask } from '../model/results.ts';

/**
 * Each customer's next follow-up: customer row → the earliest due date among its tasks. Every
 * planned task is open (done ones are never planned), so the earliest task is the next one,
 * overdue ones included.
 */
export function nextFollowUps(tasks: FollowUpTask[]): Map<number, IsoDate> {
  const next = new Map<number, IsoDate>();
  for (const task of tasks) {
    const current = next.get(task.customerRow);
    if (current === undefined || task.due < current) next.set(task.customerRow, task.due);
  }
  return next;
}
