import { describe, expect, it } from 'vitest';
import type { FollowUpKind } from '../model/keys.ts';
import { type Person, type PlanOptions, planForPeople } from './testFixtures.ts';

// Today is 2026-11-24 and the horizon 30 days (until 2026-12-24) unless a test says otherwise.
const tasksOf = (kind: FollowUpKind, people: Person[], options: PlanOptions = {}) =>
  planForPeople(people, options).filter((t) => t.kind === kind);

describe('post-purchase check-in (购后回访)', () => {
  it.each([
    // last purchase, orders, tier, last contact, due, priority, channel
    ['2026-11-20', 1, 'medium', null, '2026-11-27', 'high', 'wechat'],
    ['2026-11-10', 5, 'medium', null, '2026-11-17', 'medium', 'wechat'],
    ['2026-11-10', 5, 'high', null, '2026-11-17', 'high', 'phone'],
    ['2026-11-10', 5, 'low', '2026-11-10', '2026-11-17', 'medium', 'wechat'],
    ['2026-10-25', 3, 'medium', null, '2026-11-01', 'medium', 'wechat'],
  ] as const)(
    'checks in after a purchase on %s (%i orders, %s value, contacted %s) on %s',
    (lastPurchase, orderCount, valueTier, lastContact, due, priority, channel) => {
      const tasks = tasksOf('post-purchase', [
        { record: { lastPurchase, lastContact, orderCount }, classification: { valueTier } },
      ]);
      expect(tasks).toHaveLength(1);
      expect(tasks[0]).toMatchObject({ due, priority, channel });
    },
  );

  it('counts as done once the customer was contacted after the purchase', () => {
    expect(
      tasksOf('post-purchase', [{ record: { lastPurchase: '2026-11-10', lastContact: '2026-11-12' } }]),
    ).toEqual([]);
  });

  it('ignores purchases more than 30 days ago', () => {
    expect(tasksOf('post-purchase', [{ record: { lastPurchase: '2026-10-24' } }])).toEqual([]);
  });

  it('can be switched off with postPurchaseDays 0', () => {
    const options = { config: { followUps: { postPurchaseDays: 0 } } };
    expect(tasksOf('post-purchase', [{ record: { lastPurchase: '2026-11-20' } }], options)).toEqual([]);
  });

  it('marks first orders in the reason', () => {
    const [task] = tasksOf('post-purchase', [{ record: { lastPurchase: '2026-11-20', orderCount: 1 } }]);
    expect(task?.reason).toBe('2026-11-20 下单（首单），购后第 7 天回访');
  });
});

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
});

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
});
