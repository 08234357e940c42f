import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_KINDS } from '../../model/keys.ts';
import { planFollowUps, planWithRules } from '../planFollowUps.ts';
import { complaintRecord, type Person, planInputForPeople } from '../testFixtures.ts';
import { FOLLOW_UP_RULES } from './index.ts';

// Today is 2026-11-24; a 45-day horizon takes in New Year's Day 2027.
const people: Person[] = [
  {
    record: { name: '王建国', lastPurchase: '2026-11-01', lastContact: '2026-11-10', birthday: '1980-12-01' },
  },
  { record: { name: '陈静', lastPurchase: '2026-05-10' }, classification: { segment: 'at-risk' } },
  { record: { name: '李娜', lastPurchase: '2026-11-20', orderCount: 1 } },
  { record: { name: '刘芳', lastPurchase: '2026-09-01' } },
];
const input = planInputForPeople(people, {
  config: { followUps: { horizonDays: 45 } },
  complaints: [
    complaintRecord(4, { stage: 'investigating', stageDate: '2026-11-22' }),
    complaintRecord(3, { stage: 'closed', closedDate: '2026-11-21' }),
  ],
});

describe('FOLLOW_UP_RULES', () => {
  it('has exactly one rule for every follow-up kind', () => {
    const rulesPerKind = FOLLOW_UP_KINDS.map(
      (kind) => FOLLOW_UP_RULES.filter((rule) => rule.kinds.includes(kind)).length,
    );
    expect(rulesPerKind).toEqual(FOLLOW_UP_KINDS.map(() => 1));
  });

  it.each(FOLLOW_UP_RULES.map((rule) => [rule.kinds.join(' + '), rule] as const))(
    'the %s rule, run alone, plans tasks of its own kinds only',
    (_, rule) => {
      const kinds = new Set(planWithRules(input, [rule]).map((task) => task.kind));
      expect(kinds).toEqual(new Set(rule.kinds));
    },
  );

  it('plans together exactly what the rules plan one by one', () => {
    const plan = planFollowUps(input);
    const together = [...plan.tasks, ...plan.deferred()].map((task) => task.id);
    const oneByOne = FOLLOW_UP_RULES.flatMap((rule) => planWithRules(input, [rule])).map((task) => task.id);
    expect(together.toSorted()).toEqual(oneByOne.toSorted());
  });
});
