import { describe, expect, it } from 'vitest';
import type { FollowUpKind } from '../../model/keys.ts';
import { type Person, type PlanOptions, planForPeople } from '../testFixtures.ts';

// Today is 2026-11-24 and the horizon 30 days (until 2026-12-24) unless a test says otherwise.
const tasksOf = (kind: FollowUpKind, people: Person[], options: PlanOptions = {}) =>
  planForPeople(people, options).filter((t) => t.kind === kind);

describe('holiday greetings (节日问候)', () => {
  const buyer: Person = { record: { name: '王建国', title: '总经理', lastPurchase: '2026-08-01' } };

  it('greets buyers 5 days ahead of Mid-Autumn and National Day', () => {
    const tasks = tasksOf('holiday', [buyer], { today: '2026-09-20' });
    expect(tasks.map((t) => [t.id, t.due, t.priority, t.channel])).toEqual([
      ['holiday:2:mid-autumn:2026-09-25', '2026-09-20', 'low', 'wechat'],
      ['holiday:2:national-day:2026-10-01', '2026-09-26', 'low', 'wechat'],
    ]);
    expect(tasks[0]?.reason).toBe('中秋节（2026-09-25），提前 5 天问候');
  });

  it('does not greet prospects', () => {
    expect(tasksOf('holiday', [{ record: { name: '李娜' } }], { today: '2026-09-20' })).toEqual([]);
  });

  it('gives high-value customers medium priority', () => {
    const [task] = tasksOf('holiday', [{ ...buyer, classification: { valueTier: 'high' } }], {
      today: '2026-09-20',
    });
    expect(task?.priority).toBe('medium');
  });

  it('keeps a missed greeting until the holiday, then drops it', () => {
    expect(tasksOf('holiday', [buyer], { today: '2026-09-25' }).map((t) => [t.due, t.overdueDays])).toEqual([
      ['2026-09-20', 5],
      ['2026-09-26', 0],
    ]);
    expect(tasksOf('holiday', [buyer], { today: '2026-09-26' }).map((t) => t.due)).toEqual(['2026-09-26']);
  });

  it('counts a greeting as done after a contact on or after its due date', () => {
    const contacted = { record: { ...buyer.record, lastContact: '2026-09-21' } };
    expect(tasksOf('holiday', [contacted], { today: '2026-09-22' }).map((t) => t.due)).toEqual([
      '2026-09-26',
    ]);
  });

  it('greets only the configured holidays, lunar ones included', () => {
    const options = {
      today: '2026-02-10',
      config: { followUps: { holidays: ['lantern-festival' as const] } },
    };
    expect(tasksOf('holiday', [buyer], options).map((t) => t.id)).toEqual([
      'holiday:2:lantern-festival:2026-03-03',
    ]);
  });

  it('sends one greeting when two holidays share a day', () => {
    const tasks = tasksOf('holiday', [buyer], { today: '2020-09-25' });
    expect(tasks.map((t) => t.id)).toEqual(['holiday:2:national-day+mid-autumn:2020-10-01']);
    expect(tasks[0]?.message).toContain('国庆节、中秋节将至');
  });

  it('greets for the Spring Festival and the New Year across the year end', () => {
    const tasks = tasksOf('holiday', [buyer], { config: { followUps: { horizonDays: 75 } } });
    expect(tasks.map((t) => t.id)).toEqual([
      'holiday:2:new-year:2027-01-01',
      'holiday:2:spring-festival:2027-02-06',
    ]);
    expect(tasks.map((t) => t.due)).toEqual(['2026-12-27', '2027-02-01']);
  });

  it('greets the customers of one owner for one occasion in one batch task that lists them', () => {
    const team: Person[] = [
      { record: { ...buyer.record, owner: '李娜' } },
      {
        record: { name: '陈静', lastPurchase: '2026-07-01', owner: '李娜 ' },
        classification: { valueTier: 'high' },
      },
      { record: { name: 'John Smith', lastPurchase: '2026-07-01', owner: '张伟' } },
    ];
    const tasks = tasksOf('holiday', team, { today: '2026-09-26' });
    expect(tasks.map((t) => [t.id, t.owner, t.priority, t.batch?.map((m) => m.name) ?? null])).toEqual([
      ['holiday:batch:national-day:2026-10-01:李娜', '李娜', 'medium', ['王建国', '陈静']],
      ['holiday:4:national-day:2026-10-01', '张伟', 'low', null],
    ]);
    expect(tasks[0]?.reason).toBe('国庆节（2026-10-01），提前 5 天群发问候 2 位客户：王建国、陈静');
    expect(tasks[0]?.message).toBe(
      '尊敬的客户您好，国庆节将至，感谢您一直以来对我们的支持！提前祝您国庆节快乐，阖家幸福，万事如意！',
    );
    expect(tasks[1]?.message).toMatch(/^John Smith 您好，国庆节将至/);
  });

  it('names the first eight customers of a big batch and counts the rest', () => {
    const many: Person[] = Array.from({ length: 11 }, (_, i) => ({
      record: { name: `客户${i + 1}`, lastPurchase: '2026-08-01' },
    }));
    const [task] = tasksOf('holiday', many, { today: '2026-09-26', config: { language: 'en' } });
    expect(task?.batch).toHaveLength(11);
    expect(task?.reason).toBe(
      'National Day on 2026-10-01; greet 11 customers 5 days ahead in one send: 客户1, 客户2, 客户3, 客户4, 客户5, 客户6, 客户7, 客户8 and 3 more',
    );
  });
});
