import { describe, expect, it } from 'vitest';
import type { ConfigInput } from '../config/config.ts';
import { complaintRecord, type Person, scheduleForPeople } from './testFixtures.ts';

// 国庆 2026 as the State Council set it: 10-01 to 10-07 off, 09-20 (Sunday) and 10-10 (Saturday)
// worked in exchange; the Mid-Autumn days off are 09-25 to 09-27.
const champions = (count: number, fields: Person['record'] = {}): Person[] =>
  Array.from({ length: count }, (_, i) => ({
    record: {
      name: `客户${i + 1}`,
      owner: '李娜',
      lastPurchase: '2026-03-01',
      lastContact: '2026-06-01',
      ...fields,
    },
    classification: { segment: 'champions', valueTier: 'high' },
  }));

const days = (tasks: readonly { due: string }[]) => {
  const count = new Map<string, number>();
  for (const t of tasks) count.set(t.due, (count.get(t.due) ?? 0) + 1);
  return [...count.entries()];
};

describe('the plan on the team’s working days', () => {
  it('spreads a backlog over working days across 国庆: none on 10-01 to 10-07 or Sunday, some on the 调休 Saturday', () => {
    const plan = scheduleForPeople(champions(13), {
      today: '2026-09-28',
      config: { followUps: { dailyCapacity: 2, horizonDays: 14, holidays: [] } },
    });
    expect(days(plan.tasks)).toEqual([
      ['2026-09-28', 2],
      ['2026-09-29', 2],
      ['2026-09-30', 2],
      ['2026-10-08', 2],
      ['2026-10-09', 2],
      ['2026-10-10', 2],
      ['2026-10-12', 1],
    ]);
    expect(plan.deferred()).toEqual([]);
  });

  type WorkDaysInput = NonNullable<NonNullable<ConfigInput['followUps']>['workDays']>;
  it.each<[WorkDaysInput, string[]]>([
    // working days, the days the same backlog lands on
    [
      { everyDay: true },
      ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03'],
    ],
    [
      { publicHolidays: 'none' },
      ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02', '2026-10-05'],
    ],
    [
      { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], daysOff: ['2026-09-29'] },
      ['2026-09-28', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'],
    ],
  ])('with workDays %j, places the backlog on %j', (workDays, expected) => {
    const plan = scheduleForPeople(champions(6), {
      today: '2026-09-28',
      config: { followUps: { dailyCapacity: 1, horizonDays: 20, holidays: [], workDays } },
    });
    expect(plan.tasks.map((t) => t.due)).toEqual(expected);
  });

  it('sends a greeting on or before its occasion, never after: the last working day before when its lead days are off', () => {
    const plan = scheduleForPeople(
      [
        // 10-04 is in 国庆: three days ahead is 10-01, a day off too; 09-30 is the last working day.
        { record: { name: '王建国', owner: '李娜', birthday: '1980-10-04', lastPurchase: '2026-09-01' } },
        // Sunday 11-29, three days ahead: Thursday 11-26.
        { record: { name: '陈静', owner: '张伟', birthday: '--11-29', lastPurchase: '2026-09-01' } },
      ],
      {
        today: '2026-09-28',
        config: {
          followUps: { horizonDays: 62, holidays: ['national-day'], birthdayLeadDays: 3, holidayLeadDays: 5 },
        },
      },
    );
    const greetings = plan.tasks.filter((t) => t.kind === 'birthday' || t.kind === 'holiday');
    expect(greetings.map((t) => [t.kind, t.customerName, t.due])).toEqual([
      // National Day's greeting was due 09-26 (a Mid-Autumn day off): the next working day.
      ['holiday', '王建国', '2026-09-28'],
      ['holiday', '陈静', '2026-09-28'],
      ['birthday', '王建国', '2026-09-30'],
      ['birthday', '陈静', '2026-11-26'],
    ]);
  });

  it.each([
    // birthday, lead days, the day the greeting is sent
    ['--11-29', 0, '2026-11-27'], // a Sunday: the Friday before
    ['--11-30', 0, '2026-11-30'],
    ['--10-10', 0, '2026-10-10'], // the 调休 Saturday is worked
    ['--10-11', 1, '2026-10-10'], // Sunday, lead into the 调休 Saturday
    ['--10-07', 0, '2026-09-30'], // the last day of 国庆: before it
  ] as const)('greets a birthday on %s with %i lead days on %s', (birthday, lead, due) => {
    const plan = scheduleForPeople([{ record: { name: '陈静', birthday, lastPurchase: '2026-09-01' } }], {
      today: '2026-09-28',
      config: { followUps: { horizonDays: 70, holidays: [], birthdayLeadDays: lead } },
    });
    expect(plan.tasks.filter((t) => t.kind === 'birthday').map((t) => t.due)).toEqual([due]);
  });

  it.each([
    // today, birthday, the day the greeting is sent (no lead days)
    // 2027 is a common year: a 29 February birthday is kept on Sunday 02-28, greeted on Friday.
    ['2027-02-01', '1992-02-29', '2027-02-26'],
    // 2028 is a leap year: Tuesday 02-29 itself.
    ['2028-02-01', '--02-29', '2028-02-29'],
  ] as const)('on %s, greets a birthday written %s on %s', (today, birthday, due) => {
    const plan = scheduleForPeople([{ record: { name: '陈静', birthday, lastPurchase: '2026-09-01' } }], {
      today,
      config: { followUps: { horizonDays: 40, holidays: [], birthdayLeadDays: 0 } },
    });
    expect(plan.tasks.filter((t) => t.kind === 'birthday').map((t) => t.due)).toEqual([due]);
  });

  it('puts overdue work on the first working day when today is a day off', () => {
    // Received Monday 09-28, due 09-29; on 10-03 it is four real days overdue and takes the one
    // place of 10-08, the first working day, so the call waits for 10-09.
    const plan = scheduleForPeople(
      [{ record: { name: '孙丽', owner: '李娜', lastPurchase: '2026-09-01' } }, ...champions(1)],
      {
        today: '2026-10-03',
        complaints: [complaintRecord(2, { stage: 'received', stageDate: '2026-09-28' })],
        config: { followUps: { dailyCapacity: 1, horizonDays: 10, holidays: [] } },
      },
    );
    expect(plan.tasks.map((t) => [t.kind, t.due, t.overdueDays])).toEqual([
      ['complaint', '2026-09-29', 4],
      ['revisit', '2026-10-09', 0],
    ]);
  });

  it.each([
    ['zh', '2027 年的放假调休安排尚未收录'],
    ['en', "China's holiday arrangement (调休) for 2027 is not known yet"],
  ] as const)(
    'notes (%s) that the statutory days of a year in the plan are not known yet',
    (language, note) => {
      const plan = (today: string, workDays = {}) =>
        scheduleForPeople(champions(1), { today, config: { language, followUps: { workDays } } });
      expect(plan('2026-12-20').notes).toEqual([expect.stringContaining(note)]);
      expect(plan('2026-11-20').notes).toEqual([]);
      expect(plan('2026-12-20', { publicHolidays: 'none' }).notes).toEqual([]);
      // Weekends are still off in 2027.
      expect(plan('2027-01-08').tasks[0]?.due).toBe('2027-01-08');
      expect(plan('2027-01-09').tasks[0]?.due).toBe('2027-01-11');
    },
  );
});
