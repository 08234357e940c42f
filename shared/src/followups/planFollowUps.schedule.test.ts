import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { addDays, toDayNumber } from '../model/dates.ts';
import type { FollowUpTask } from '../model/results.ts';
import { followUpsTable } from '../pipeline/followUpsTable.ts';
import { NO_PREVIOUS_PLAN, readPreviousPlan } from './previousPlan.ts';
import { scheduleTasks } from './scheduleTasks.ts';
import type { WantedTasks } from './taskCollector.ts';
import { complaintRecord, type Person, scheduleForPeople, TODAY } from './testFixtures.ts';

// Today is 2026-11-24. Seven customers of one owner whose revisits all fell due long ago (two
// champions, five hibernating), and an eighth with a complaint past its SLA.
const backlog: Person[] = Array.from({ length: 7 }, (_, i) => ({
  record: {
    name: `客户${i + 1}`,
    owner: '李娜',
    lastPurchase: '2026-01-10',
    lastContact: `2026-0${i + 1}-15`,
  },
  classification: { segment: i < 2 ? 'champions' : 'hibernating', valueTier: i < 2 ? 'high' : 'low' },
}));
const complaints = [complaintRecord(9, { stage: 'investigating', stageDate: '2026-11-17' })];
const team: Person[] = [...backlog, { record: { name: '孙丽', owner: '李娜', lastPurchase: '2026-10-01' } }];

const summary = (tasks: readonly FollowUpTask[]) =>
  tasks.map((t) => [t.due, t.customerRow, t.kind, t.overdueDays, t.escalate]);

describe('the plan under a daily capacity', () => {
  it('fills each day with the most urgent tasks first and moves the rest to later days', () => {
    const plan = scheduleForPeople(team, {
      complaints,
      config: { followUps: { dailyCapacity: 2, horizonDays: 2 } },
    });
    // The complaint is 4 days past its SLA (3 days from 11-17): overdue, and it takes one of
    // today's two places; high-priority champions come next, low-priority sleepers last.
    expect(summary(plan.tasks)).toEqual([
      ['2026-11-20', 9, 'complaint', 4, true],
      ['2026-11-24', 2, 'revisit', 0, false],
      ['2026-11-25', 3, 'revisit', 0, false],
      ['2026-11-25', 4, 'revisit', 0, false],
      ['2026-11-26', 5, 'revisit', 0, false],
      ['2026-11-26', 6, 'revisit', 0, false],
    ]);
    expect(plan.deferred().map((t) => t.customerRow)).toEqual([7, 8]);
  });

  it('marks nothing overdue on a first run but a complaint past its SLA, however old the cadence date', () => {
    const { tasks } = scheduleForPeople(team, { complaints });
    expect(tasks.filter((t) => t.overdueDays > 0).map((t) => t.kind)).toEqual(['complaint']);
    expect(tasks.every((t) => t.kind === 'complaint' || t.due >= TODAY)).toBe(true);
  });
});

describe('the next run reads the last plan back', () => {
  const first = scheduleForPeople(team, { complaints, config: { followUps: { dailyCapacity: 3 } } });
  const sheet = followUpsTable(first.tasks, 'zh');
  const rowOf = (id: string) => sheet.rows.findIndex((row) => row.at(-1) === id);
  const tick = (id: string, mark: string) => {
    const row = sheet.rows[rowOf(id)];
    if (row) row[0] = mark;
  };
  const [complaint, revisitA, revisitB, revisitC] = first.tasks;
  tick(revisitA?.id ?? '', '✓');
  tick(revisitC?.id ?? '', '2026-11-25');
  const later = addDays(TODAY, 3);
  const next = scheduleForPeople(team, {
    complaints,
    today: later,
    config: { followUps: { dailyCapacity: 3 } },
    previous: readPreviousPlan(sheet),
  });
  const byId = new Map([...next.tasks, ...next.done].map((t) => [t.id, t]));

  it('keeps what was due before today and not done on its day, overdue by its real days', () => {
    expect(revisitB?.due).toBe(TODAY);
    expect(byId.get(revisitB?.id ?? '')).toMatchObject({ due: TODAY, overdueDays: 3, done: null });
    expect(byId.get(complaint?.id ?? '')).toMatchObject({
      due: '2026-11-20',
      overdueDays: 7,
      escalate: true,
    });
  });

  it('keeps the Done marks as written, and a done task is never overdue', () => {
    expect(byId.get(revisitA?.id ?? '')?.done).toEqual({ mark: '✓', on: revisitA?.due });
    expect(byId.get(revisitC?.id ?? '')?.done).toEqual({ mark: '2026-11-25', on: '2026-11-25' });
    for (const task of next.done) expect(task.overdueDays).toBe(0);
    expect(next.tasks.every((t) => t.done === null)).toBe(true);
  });

  it('counts a done call as a contact: the cadence starts again from the day it was done', () => {
    const row = revisitC?.customerRow;
    expect(revisitC?.kind).toBe('revisit');
    const open = next.tasks.filter((t) => t.customerRow === row && t.done === null);
    // Hibernating: every 90 days from 2026-11-25, beyond this 30-day plan.
    expect(open).toEqual([]);
    expect(next.deferred().filter((t) => t.customerRow === row)).toEqual([]);
  });

  it('never overfills a day, overdue work taking today first', () => {
    const load = new Map<string, number>();
    for (const t of next.tasks) {
      const day = t.overdueDays > 0 ? later : t.due;
      load.set(day, (load.get(day) ?? 0) + 1);
    }
    const overdue = next.tasks.filter((t) => t.overdueDays > 0).length;
    for (const [day, n] of load) expect(n).toBeLessThanOrEqual(day === later ? Math.max(3, overdue) : 3);
  });
});

describe('a day of the last plan with less room now', () => {
  it('keeps the most urgent of its tasks there and places the others with the new work, most urgent first', () => {
    const days = (dailyCapacity: number) => ({ followUps: { dailyCapacity, horizonDays: 4 } });
    const first = scheduleForPeople(team, { config: days(3) });
    expect(first.tasks.map((t) => [t.due, t.customerRow])).toEqual([
      ['2026-11-24', 2],
      ['2026-11-24', 3],
      ['2026-11-24', 9],
      ['2026-11-25', 4],
      ['2026-11-25', 5],
      ['2026-11-25', 6],
      ['2026-11-26', 7],
      ['2026-11-26', 8],
    ]);
    // Two tasks a day now: 孙丽's call (row 9, medium) loses 11-24 to the two champions, and the
    // third sleeper of 11-25 (row 6) loses its day; both go to the first day with room, the
    // medium one first.
    const next = scheduleForPeople(team, {
      config: days(2),
      previous: readPreviousPlan(followUpsTable(first.tasks, 'zh')),
    });
    expect(next.tasks.map((t) => [t.due, t.customerRow, t.priority])).toEqual([
      ['2026-11-24', 2, 'high'],
      ['2026-11-24', 3, 'high'],
      ['2026-11-25', 4, 'low'],
      ['2026-11-25', 5, 'low'],
      ['2026-11-26', 7, 'low'],
      ['2026-11-26', 8, 'low'],
      ['2026-11-27', 9, 'medium'],
      ['2026-11-27', 6, 'low'],
    ]);
    expect(next.deferred()).toEqual([]);
  });
});

describe('mass care under a full schedule', () => {
  it('places a batch greeting before a backlog of calls: one send for many customers, lost if it waits', () => {
    // 2026-09-22: National Day greetings are due 09-26; twelve champions of one owner are all
    // overdue for a call, with room for two tasks a day. 09-25 to 09-27 are the Mid-Autumn days
    // off, so the greeting goes on the first working day after its target, 09-28, still before
    // National Day.
    const team: Person[] = Array.from({ length: 12 }, (_, i) => ({
      record: { name: `客户${i + 1}`, owner: '李娜', lastPurchase: '2026-03-01', lastContact: '2026-06-01' },
      classification: { segment: 'champions', valueTier: 'high' },
    }));
    const plan = scheduleForPeople(team, {
      today: '2026-09-22',
      config: { followUps: { dailyCapacity: 2, horizonDays: 7, holidays: ['national-day'] } },
    });
    const greeting = plan.tasks.find((t) => t.kind === 'holiday');
    expect(greeting).toMatchObject({ due: '2026-09-28', priority: 'medium' });
    expect(greeting?.batch).toHaveLength(12);
    expect(plan.tasks.filter((t) => t.due === '2026-09-28')).toHaveLength(2);
    expect(plan.tasks.filter((t) => t.due >= '2026-09-25' && t.due <= '2026-09-27')).toEqual([]);
  });
});

describe('who gets a full day first', () => {
  // Wanted tasks handed over out of order, as the rules' sort would never give them, so that the
  // schedule's own order shows: one owner, one task a day, every target today.
  const wanted = (
    specs: [row: number, kind: FollowUpTask['kind'], priority: FollowUpTask['priority'], due?: string][],
  ) =>
    specs.map(
      ([row, kind, priority, due]): FollowUpTask => ({
        id: `${kind}:${row}`,
        customerRow: row,
        customerId: null,
        customerName: null,
        owner: '李娜',
        due: due ?? TODAY,
        kind,
        priority,
        overdueDays: 0,
        escalate: false,
        reason: '',
        channel: 'phone',
        message: '',
        batch: kind === 'holiday' ? [] : null,
        done: null,
      }),
    );
  const order = (tasks: FollowUpTask[]) => {
    const config = resolveConfig({ followUps: { dailyCapacity: 1, horizonDays: 10 } });
    const { tasks: placed } = scheduleTasks(wantedTasksOf(tasks), NO_PREVIOUS_PLAN, config, TODAY);
    return placed.map((t) => `${t.due.slice(5)} ${t.id}`);
  };

  it.each<[string, Parameters<typeof wanted>[0], string[]]>([
    [
      'the lower sheet row, all else equal',
      [
        [7, 'revisit', 'medium'],
        [3, 'revisit', 'medium'],
        [5, 'revisit', 'medium'],
      ],
      ['11-24 revisit:3', '11-25 revisit:5', '11-26 revisit:7'],
    ],
    [
      'the kind that goes first (a complaint, then win-back, … then a revisit), whatever the row',
      [
        [2, 'revisit', 'high'],
        [9, 'post-purchase', 'high'],
        [4, 'win-back', 'high'],
      ],
      ['11-24 win-back:4', '11-25 post-purchase:9', '11-26 revisit:2'],
    ],
    [
      'the earlier target (both passed), whatever the kind',
      [
        [2, 'win-back', 'low', '2026-11-22'],
        [8, 'revisit', 'low', '2026-11-20'],
      ],
      ['11-24 revisit:8', '11-25 win-back:2'],
    ],
    [
      'the higher priority, whatever the target',
      [
        [2, 'revisit', 'low', '2026-11-20'],
        [3, 'revisit', 'high'],
      ],
      ['11-24 revisit:3', '11-25 revisit:2'],
    ],
    [
      'a batch of mass care with the urgent work',
      [
        [2, 'revisit', 'high'],
        [6, 'holiday', 'low'],
      ],
      ['11-24 holiday:6', '11-25 revisit:2'],
    ],
  ])('%s', (_name, specs, expected) => {
    expect(order(wanted(specs))).toEqual(expected);
  });
});

/** Tasks written out whole, read as the schedule reads the wanted tasks of a plan. */
function wantedTasksOf(tasks: readonly FollowUpTask[]): WantedTasks {
  const at = (i: number) => tasks[i] as FollowUpTask;
  return {
    length: tasks.length,
    task: at,
    id: (i) => at(i).id,
    dueDay: (i) => toDayNumber(at(i).due),
    kind: (i) => at(i).kind,
    priority: (i) => at(i).priority,
    customerRow: (i) => at(i).customerRow,
    owner: (i) => at(i).owner,
    isBatch: (i) => at(i).batch !== null,
  };
}
