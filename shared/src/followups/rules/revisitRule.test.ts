import { describe, expect, it } from 'vitest';
import { complaintRecord, type Person, planForPeople } from '../testFixtures.ts';

// Today is 2026-11-24 and the horizon 30 days (until 2026-12-24) unless a test says otherwise.
const cadenceTasks = (people: Person[], options: Parameters<typeof planForPeople>[1] = {}) =>
  planForPeople(people, options).filter((t) => t.kind === 'revisit' || t.kind === 'win-back');

describe('periodic revisit (定期回访)', () => {
  it.each([
    // segment, tier, last purchase, last contact, due, channel, priority
    ['champions', 'medium', '2026-10-01', '2026-10-20', '2026-11-19', 'phone', 'high'],
    ['champions', 'high', '2026-10-25', null, '2026-11-24', 'phone', 'high'],
    ['potential-loyalists', 'medium', '2026-11-01', '2026-11-20', '2026-12-20', 'wechat', 'medium'],
    ['potential-loyalists', 'high', '2026-11-01', '2026-11-20', '2026-12-20', 'wechat', 'high'],
    ['new-customers', 'low', '2026-11-15', null, '2026-11-29', 'wechat', 'medium'],
    ['hibernating', 'low', '2026-09-01', null, '2026-11-30', 'email', 'low'],
    ['hibernating', 'high', '2026-09-01', '2026-08-01', '2026-11-30', 'email', 'medium'],
  ] as const)(
    'plans a %s (%s value) customer last bought %s, contacted %s, for %s by %s at %s priority',
    (segment, valueTier, lastPurchase, lastContact, due, channel, priority) => {
      const [task] = cadenceTasks([
        { record: { name: '王建国', lastPurchase, lastContact }, classification: { segment, valueTier } },
      ]);
      expect(task).toMatchObject({ kind: 'revisit', due, channel, priority, customerRow: 2 });
    },
  );

  it('plans a prospect never contacted for today', () => {
    const [task] = cadenceTasks([{ record: { name: '李娜' } }]);
    expect(task).toMatchObject({
      kind: 'revisit',
      due: '2026-11-24',
      overdueDays: 0,
      channel: 'email',
      priority: 'low',
    });
    expect(task?.reason).toBe('潜在客户：尚无联系或购买记录，尽快首次联系');
  });

  it('plans nothing when the next revisit is beyond the horizon', () => {
    const people: Person[] = [
      {
        record: { lastPurchase: '2026-11-01', lastContact: '2026-11-20' },
        classification: { segment: 'loyal-customers' },
      },
    ];
    expect(cadenceTasks(people)).toEqual([]);
    expect(cadenceTasks(people, { config: { followUps: { horizonDays: 45 } } })[0]?.due).toBe('2027-01-04');
  });

  it('follows a configured cadence and channel', () => {
    const [task] = cadenceTasks(
      [
        {
          record: { lastPurchase: '2026-11-01', lastContact: '2026-11-20' },
          classification: { segment: 'champions' },
        },
      ],
      { config: { followUps: { cadence: { champions: { everyDays: 7, channel: 'visit' } } } } },
    );
    expect(task).toMatchObject({ due: '2026-11-27', channel: 'visit' });
  });

  it('plans no revisit for a segment whose cadence is switched off', () => {
    const tasks = cadenceTasks(
      [{ record: { lastPurchase: '2025-01-01' }, classification: { segment: 'hibernating' } }],
      { config: { followUps: { cadence: { hibernating: { everyDays: null, channel: 'email' } } } } },
    );
    expect(tasks).toEqual([]);
  });

  it('wants a long-missed revisit from its real cadence date, with the real gap in the reason and a stable id', () => {
    const [task] = cadenceTasks([
      { record: { lastPurchase: '2025-01-10' }, classification: { segment: 'need-attention' } },
    ]);
    expect(task).toMatchObject({
      due: '2025-01-24',
      overdueDays: 669,
      id: 'revisit:2:2025-01-24',
      escalate: false,
    });
    expect(task?.reason).toBe('需要关注：每 14 天回访一次，上次接触 2025-01-10（683 天前）');
  });

  it('counts the last contact as the last touch when it is later than the last purchase', () => {
    const [task] = cadenceTasks([
      {
        record: { lastPurchase: '2026-06-01', lastContact: '2026-11-20' },
        classification: { segment: 'need-attention' },
      },
    ]);
    expect(task?.due).toBe('2026-12-04');
  });

  it('skips the plain revisit while a complaint is open (the complaint task covers the contact)', () => {
    const tasks = cadenceTasks([{ record: { lastPurchase: '2026-10-01' } }], {
      complaints: [complaintRecord(2, { stage: 'investigating', stageDate: '2026-11-23' })],
    });
    expect(tasks).toEqual([]);
  });
});
