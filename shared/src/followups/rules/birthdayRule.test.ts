import { describe, expect, it } from 'vitest';
import type { FollowUpKind } from '../../model/keys.ts';
import { type Person, type PlanOptions, planForPeople } from '../testFixtures.ts';

// Today is 2026-11-24 and the horizon 30 days (until 2026-12-24) unless a test says otherwise.
const tasksOf = (kind: FollowUpKind, people: Person[], options: PlanOptions = {}) =>
  planForPeople(people, options).filter((t) => t.kind === kind);

describe('birthday care (生日关怀)', () => {
  it.each([
    // birthday, due, overdue days, reason date
    ['--11-27', '2026-11-24', 0, '2026-11-27'],
    ['1985-12-20', '2026-12-17', 0, '2026-12-20'],
    ['1990-11-25', '2026-11-22', 2, '2026-11-25'],
    ['1990-11-24', '2026-11-21', 3, '2026-11-24'],
    ['--12-27', '2026-12-24', 0, '2026-12-27'],
  ])('greets a customer born %s on %s', (birthday, due, overdueDays, date) => {
    const tasks = tasksOf('birthday', [{ record: { name: '刘芳', birthday } }]);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ due, overdueDays, channel: 'wechat', priority: 'low' });
    expect(tasks[0]?.reason).toBe(`${date} 生日，提前 3 天送上祝福`);
  });

  it.each([
    // today, lunar birthday as read, due (three days ahead), the Gregorian birthday that year
    ['2026-04-01', 'L--03-05', '2026-04-18', '2026-04-21'], // 农历三月初五
    ['2026-04-01', 'L1990-03-05', '2026-04-18', '2026-04-21'],
    // 腊月廿三 of lunar year 2025 falls in February 2026.
    ['2026-02-01', 'L--12-23', '2026-02-07', '2026-02-10'],
    // The second lunar month of 2026 has 29 days: a birthday on its 30th is kept on the 29th.
    ['2026-04-01', 'L--02-30', '2026-04-13', '2026-04-16'],
    ['2026-09-01', 'L--08-15', '2026-09-22', '2026-09-25'], // 中秋 2026
  ])('on %s, greets a lunar birthday %s on %s, for %s', (today, birthday, due, date) => {
    const tasks = tasksOf('birthday', [{ record: { name: '刘芳', birthday } }], { today });
    expect(tasks.map((t) => [t.due, t.reason])).toEqual([[due, `${date} 生日，提前 3 天送上祝福`]]);
  });

  it.each(['1990-11-23', '--12-28', '1970-06-01'])(
    'plans nothing for a birthday on %s (passed or beyond the horizon)',
    (birthday) => {
      expect(tasksOf('birthday', [{ record: { birthday } }])).toEqual([]);
    },
  );

  it('counts as done when the customer was contacted on or after the due date', () => {
    expect(tasksOf('birthday', [{ record: { birthday: '--11-25', lastContact: '2026-11-22' } }])).toEqual([]);
    expect(
      tasksOf('birthday', [{ record: { birthday: '--11-25', lastContact: '2026-11-21' } }]),
    ).toHaveLength(1);
  });

  it.each([
    ['2027-02-20', '2027-02-25', '2027-02-28'],
    ['2028-02-20', '2028-02-26', '2028-02-29'],
  ])('greets a 29 February birthday as of %s on %s', (today, due, date) => {
    const [task] = tasksOf('birthday', [{ record: { birthday: '1992-02-29' } }], { today });
    expect(task?.due).toBe(due);
    expect(task?.reason).toBe(`${date} 生日，提前 3 天送上祝福`);
  });

  it('looks across the new year', () => {
    const [task] = tasksOf('birthday', [{ record: { birthday: '--01-02' } }], { today: '2026-12-30' });
    expect(task?.due).toBe('2026-12-30');
  });

  it('greets every birthday within a long horizon, one task each', () => {
    const tasks = tasksOf('birthday', [{ record: { birthday: '--12-01' } }], {
      config: { followUps: { horizonDays: 800 } },
    });
    expect(tasks.map((t) => t.due)).toEqual(['2026-11-28', '2027-11-28', '2028-11-28']);
  });

  it('raises the priority for high-value customers', () => {
    const [task] = tasksOf('birthday', [
      { record: { birthday: '--12-01' }, classification: { valueTier: 'high' } },
    ]);
    expect(task?.priority).toBe('medium');
  });

  it('ignores birthdays it cannot read', () => {
    expect(
      tasksOf('birthday', [{ record: { birthday: '--13-01' } }, { record: { birthday: 'soon' } }]),
    ).toEqual([]);
  });

  it('wishes the customers of one owner born on one day in one batch task, others alone', () => {
    const tasks = tasksOf('birthday', [
      { record: { name: '刘芳', birthday: '--12-01', owner: '李娜' } },
      {
        record: { name: '王建国', birthday: '1975-12-01', owner: '李娜' },
        classification: { valueTier: 'high' },
      },
      { record: { name: '陈静', birthday: '--12-01', owner: '张伟' } },
      { record: { name: '赵磊', birthday: '--12-02', owner: '李娜' } },
    ]);
    expect(tasks.map((t) => [t.id, t.due, t.priority, t.batch?.map((m) => m.row) ?? null])).toEqual([
      ['birthday:batch:2026-12-01:李娜', '2026-11-28', 'medium', [2, 3]],
      ['birthday:4:2026-11-28', '2026-11-28', 'low', null],
      ['birthday:5:2026-11-29', '2026-11-29', 'low', null],
    ]);
    expect(tasks[0]?.reason).toBe('2 位客户 2026-12-01 生日，提前 3 天送上祝福：刘芳、王建国');
    expect(tasks[0]?.message).toBe(
      '尊敬的客户您好，提前祝您12月1日生日快乐！感谢您一直以来的信任与支持，愿您新的一岁身体健康、万事顺意！',
    );
  });
});
