import { describe, expect, it } from 'vitest';
import type { FollowUpKind } from '../../model/keys.ts';
import { type Person, type PlanOptions, planForPeople } from '../testFixtures.ts';

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
