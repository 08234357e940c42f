import type { Config } from '../config/config.ts';
import { fromDayNumber, toDayNumber } from '../model/dates.ts';
import type { FollowUpTask } from '../model/results.ts';
import { escalates } from './escalation.ts';
import { OwnerDays } from './ownerDays.ts';
import type { PreviousPlan, PreviousTask } from './previousPlan.ts';
import { PRIORITY_RANK } from './priorities.ts';
import { sortOrder } from './sortTasks.ts';
import { KIND_RANK, plainTask, type WantedTasks } from './taskCollector.ts';
import { type WorkCalendar, workCalendarOf } from './workCalendar.ts';

/**
 * The plan's tasks, and those the owners' days had no room for within the horizon (by their
 * index among the wanted tasks).
 */
export interface Schedule {
  tasks: FollowUpTask[];
  deferred: number[];
}

/**
 * Decides what is due when. Every task comes from the rules with its own date (the target); this
 * turns the wanted tasks into a plan a team can work through:
 *
 * - A task marked done in the last plan's sheet stays done (listed, never scheduled again).
 * - Tasks are placed on the team's working days only (followUps.workDays, see WorkCalendar):
 *   weekends, 国庆 and 春节 hold no task, and their room is not counted.
 * - Overdue means due before today and not done: a task the last plan gave a day before today, or
 *   a complaint past its SLA deadline. It keeps that day, counts its real (calendar) days overdue
 *   and takes the room of the first working day from today first. Nothing is overdue merely
 *   because its target passed before any plan had it.
 * - A task the last plan put on a working day from today on keeps that day while the day has room.
 * - Every other task is placed, most urgent first (priority, with a batch of mass care among the
 *   urgent tasks, then target day, then kind, then row), on the first working day from
 *   max(today, target) on with room under the owner's `dailyCapacity`. A greeting (birthday,
 *   holiday) is wanted on or before its occasion, never after: it goes on a working day up to the
 *   last one on or before its occasion, and when its lead days hold no working day (a birthday on
 *   a Sunday with no lead), on that last working day before. What finds no day within the horizon
 *   is deferred to a later plan.
 */
export function scheduleTasks(
  wanted: WantedTasks,
  previous: PreviousPlan,
  config: Config,
  todayIso: string,
): Schedule {
  const today = toDayNumber(todayIso);
  const { horizonDays, dailyCapacity } = config.followUps;
  const calendar = workCalendarOf(config);
  const working = new Uint8Array(horizonDays + 1);
  for (let d = 0; d <= horizonDays; d++) working[d] = calendar.isWorkingDay(today + d) ? 1 : 0;
  // Overdue work takes the room of the first day the team works (none: it is listed all the same).
  const firstWorkingDay = working.indexOf(1);
  const days = new OwnerDays(horizonDays + 1, dailyCapacity, working);
  const tasks: FollowUpTask[] = [];
  // Tasks the last plan put on a day still ahead (by index), and that day (0 = today).
  const kept: number[] = [];
  const keptDay = new Map<number, number>();
  // What placing a task reads of it, taken in one pass into columns of its own.
  const facts = new UrgencyFacts(wanted.length);
  const fresh: number[] = [];

  for (let i = 0; i < wanted.length; i++) {
    // A wanted task's id is made when asked for: ask only when there is a last plan to look in.
    const before = previous.size === 0 ? undefined : previous.get(wanted.id(i));
    if (before?.done.done) {
      tasks.push(doneTask(wanted.task(i), before));
      continue;
    }
    const target = wanted.dueDay(i);
    const lastDue = before === undefined || before.due === null ? null : toDayNumber(before.due);
    const overdueSince = wanted.kind(i) === 'complaint' && target < today ? target : lastDue;
    if (overdueSince !== null && overdueSince < today) {
      const task = wanted.task(i);
      tasks.push(overdue(task, overdueSince, today));
      if (firstWorkingDay >= 0) days.occupy(ownerOf(task), firstWorkingDay);
    } else {
      facts.set(i, wanted, target);
      if (lastDue !== null && lastDue - today <= horizonDays) {
        kept.push(i);
        keptDay.set(i, lastDue - today);
      } else fresh.push(i);
    }
  }

  const keptByUrgency = facts.byUrgency(kept);
  for (let k = 0; k < keptByUrgency.length; k++) {
    const i = keptByUrgency[k] as number;
    const owner = facts.ownerOf(i);
    const day = keptDay.get(i) as number;
    if (days.firstFree(owner, day) === day) {
      days.occupy(owner, day);
      tasks.push(onDay(wanted.task(i), today + day));
    } else fresh.push(i); // placed as a fresh task, after those fresh already
  }

  const deferred: number[] = [];
  // Indexed loops over a million tasks: no iterator result made for each.
  const freshByUrgency = facts.byUrgency(fresh);
  for (let k = 0; k < freshByUrgency.length; k++) {
    const i = freshByUrgency[k] as number;
    const owner = facts.ownerOf(i);
    const target = facts.target[i] as number;
    const kind = facts.kind[i] as number;
    const latest = latestDay(kind, target, config, calendar) - today;
    // A complaint step is worked on as soon as possible; other tasks not before their own date,
    // or a greeting not after its occasion's last working day.
    const from = kind === KIND_RANK.complaint ? 0 : Math.max(0, Math.min(target - today, latest));
    const day = days.firstFree(owner, from);
    if (day === null || day > latest) {
      deferred.push(i);
      continue;
    }
    days.occupy(owner, day);
    tasks.push(onDay(wanted.task(i), today + day));
  }
  return { tasks, deferred };
}

/** The owner whose days a task fills (负责人, trimmed; blank is one owner of its own). */
export function ownerOf(task: Pick<FollowUpTask, 'owner'>): string {
  return ownerName(task.owner);
}

/** An owner as ownerOf names them, from the owner written on the record. */
function ownerName(owner: string | null): string {
  return owner?.trim() ?? '';
}

/**
 * What placing reads of the wanted tasks, by their index among them (set for those placed, not
 * for tasks done or overdue): the rule's own date, kind, placement rank, customer row and owner.
 */
class UrgencyFacts {
  readonly target: Float64Array;
  /** KIND_RANK of the task's kind. */
  readonly kind: Uint8Array;
  private readonly rank: Uint8Array;
  /** PRIORITY_RANK of the task's own priority (a batch's rank is urgent whatever its priority). */
  private readonly priority: Uint8Array;
  private readonly row: Float64Array;
  /** The owner by number: in a typed array, like the rest, a million entries the collector never scans. */
  private readonly owner: Int32Array;
  /** Owner names (trimmed, see ownerOf) by number, and their numbers. */
  private readonly owners: string[] = [];
  private readonly ownerNumbers = new Map<string, number>();

  constructor(tasks: number) {
    this.target = new Float64Array(tasks);
    this.kind = new Uint8Array(tasks);
    this.rank = new Uint8Array(tasks);
    this.priority = new Uint8Array(tasks);
    this.row = new Float64Array(tasks);
    this.owner = new Int32Array(tasks);
  }

  set(i: number, wanted: WantedTasks, target: number): void {
    const priority = PRIORITY_RANK[wanted.priority(i)];
    this.target[i] = target;
    this.kind[i] = KIND_RANK[wanted.kind(i)];
    this.rank[i] = placementRank(priority, wanted.isBatch(i));
    this.priority[i] = priority;
    this.row[i] = wanted.customerRow(i);
    const name = ownerName(wanted.owner(i));
    let number = this.ownerNumbers.get(name);
    if (number === undefined) {
      number = this.owners.length;
      this.owners.push(name);
      this.ownerNumbers.set(name, number);
    }
    this.owner[i] = number;
  }

  ownerOf(i: number): string {
    return this.owners[this.owner[i] as number] as string;
  }

  /**
   * The tasks `indexes` names, most urgent first: placement rank (see placementRank), then the
   * rule's own date, then kind, then priority, then customer row, then the order given (the
   * wanted tasks come as the rules added them). The first four make one
   * whole number per task, sorted as the plan itself is (sortOrder: a counting sort, linear in the
   * tasks of a large table).
   */
  byUrgency(indexes: readonly number[]): number[] {
    const n = indexes.length;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      const day = this.target[indexes[k] as number] as number;
      if (day < first) first = day;
      if (day > last) last = day;
    }
    // Ranks apart by the span of the dates, so the numbers stay as few as the plan's days allow.
    const span = last - first + 1;
    const major: number[] = new Array(n);
    const minor: number[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const i = indexes[k] as number;
      const day = this.target[i] as number;
      major[k] =
        (((this.rank[i] as number) * span + (day - first)) * 8 + (this.kind[i] as number)) * 4 +
        (this.priority[i] as number);
      minor[k] = this.row[i] as number;
    }
    return sortOrder(major, minor).map((k) => indexes[k] as number);
  }
}

/**
 * The rank a task is placed by: its priority's rank, except that a batch of mass care goes with the
 * urgent work. It is one broadcast for many customers, takes one place in a day and is lost if
 * it waits past its occasion, so a backlog of calls must not crowd it out.
 */
function placementRank(priorityRank: number, batch: boolean): number {
  return batch ? PRIORITY_RANK.urgent : priorityRank;
}

/**
 * The last day a task is still worth doing: for a greeting, the last working day on or before
 * its occasion (a greeting after the birthday or holiday is not wanted), else no limit.
 */
function latestDay(kindRank: number, target: number, config: Config, calendar: WorkCalendar): number {
  if (kindRank === KIND_RANK.birthday) return calendar.onOrBefore(target + config.followUps.birthdayLeadDays);
  if (kindRank === KIND_RANK.holiday) return calendar.onOrBefore(target + config.followUps.holidayLeadDays);
  return Number.POSITIVE_INFINITY;
}

function onDay(task: FollowUpTask, day: number): FollowUpTask {
  return { ...plainTask(task), due: fromDayNumber(day), overdueDays: 0, escalate: false };
}

function overdue(task: FollowUpTask, due: number, today: number): FollowUpTask {
  const overdueDays = today - due;
  return {
    ...plainTask(task),
    due: fromDayNumber(due),
    overdueDays,
    escalate: escalates(task.kind, overdueDays),
  };
}

function doneTask(task: FollowUpTask, before: PreviousTask): FollowUpTask {
  const due = before.due ?? task.due;
  const mark = before.done.done ? before.done : null;
  return {
    ...plainTask(task),
    due,
    overdueDays: 0,
    escalate: false,
    done: { mark: mark?.mark ?? true, on: mark?.on ?? due },
  };
}
