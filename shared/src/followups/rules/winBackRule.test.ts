import { describe, expect, it } from 'vitest';
import type { CustomerClv } from '../../model/results.ts';
import { complaintRecord, type Person, planForPeople } from '../testFixtures.ts';

// Today is 2026-11-24 and the horizon 30 days (until 2026-12-24) unless a test says otherwise.
const cadenceTasks = (people: Person[], options: Parameters<typeof planForPeople>[1] = {}) =>
  planForPeople(people, options).filter((t) => t.kind === 'revisit' || t.kind === 'win-back');

function clv(row: number, pAlive: number, atRisk: boolean): CustomerClv {
  return {
    row,
    pAlive,
    expectedPurchases: 0.4,
    expectedAverageSpend: 2600,
    clv: 900,
    atRisk,
    valueAtStake: atRisk ? 3100 : 0,
  };
}

describe('win-back (挽回)', () => {
  it.each([
    // segment, tier, last purchase, last contact, due, priority, channel, overdue, escalate
    ['cannot-lose-them', 'medium', '2026-05-10', '2026-11-22', '2026-11-25', 'urgent', 'visit', 0, false],
    ['cannot-lose-them', 'low', '2026-05-10', '2026-11-10', '2026-11-13', 'urgent', 'visit', 11, true],
    ['at-risk', 'medium', '2026-06-01', '2026-11-10', '2026-11-17', 'high', 'phone', 7, false],
    ['at-risk', 'medium', '2026-06-01', '2026-11-09', '2026-11-16', 'high', 'phone', 8, true],
    ['at-risk', 'high', '2026-06-01', '2026-11-20', '2026-11-27', 'urgent', 'phone', 0, false],
  ] as const)(
    'plans a %s (%s value) customer, bought %s, contacted %s, for %s at %s by %s',
    (segment, valueTier, lastPurchase, lastContact, due, priority, channel, overdueDays, escalate) => {
      const tasks = cadenceTasks([
        { record: { name: '陈静', lastPurchase, lastContact }, classification: { segment, valueTier } },
      ]);
      expect(tasks).toHaveLength(1);
      expect(tasks[0]).toMatchObject({ kind: 'win-back', due, priority, channel, overdueDays, escalate });
    },
  );

  it('names the silence and the value in the reason', () => {
    const [task] = cadenceTasks([
      {
        record: { lastPurchase: '2026-05-10', lastContact: '2026-11-22' },
        classification: { segment: 'cannot-lose-them' },
        stats: { orderCount: 14, totalSpend: 126_800 },
      },
    ]);
    expect(task?.reason).toBe('不能失去的客户：已 198 天未下单（14 单，累计消费 126,800），主动挽回');
  });

  it.each([
    [1, 'Cannot lose them: no order for 198 days (1 order, 900 spent); reach out to win them back'],
    [2, 'Cannot lose them: no order for 198 days (2 orders, 900 spent); reach out to win them back'],
  ])('counts %i order(s) in English as people write them', (orderCount, reason) => {
    const [task] = cadenceTasks(
      [
        {
          record: { lastPurchase: '2026-05-10', lastContact: '2026-11-22' },
          classification: { segment: 'cannot-lose-them' },
          stats: { orderCount, totalSpend: 900 },
        },
      ],
      { config: { language: 'en' } },
    );
    expect(task?.reason).toBe(reason);
  });

  it('keeps the win-back while a complaint is open', () => {
    const tasks = cadenceTasks(
      [
        {
          record: { lastPurchase: '2026-05-10', lastContact: '2026-11-22' },
          classification: { segment: 'at-risk' },
        },
      ],
      { complaints: [complaintRecord(2, { stage: 'received', stageDate: '2026-11-24' })] },
    );
    expect(tasks.map((t) => t.kind)).toEqual(['win-back']);
  });

  it('turns any customer the CLV model flags at risk into a win-back within 7 days, citing P(alive) and value', () => {
    const tasks = cadenceTasks(
      [
        {
          record: { name: 'John Smith', gender: 'M', lastPurchase: '2026-08-15', lastContact: '2026-11-20' },
          classification: { segment: 'champions', valueTier: 'high' },
          stats: { orderCount: 9, totalSpend: 48_000 },
        },
        {
          record: { lastPurchase: '2026-08-15', lastContact: '2026-11-20' },
          classification: { segment: 'champions' },
        },
        {
          record: { lastPurchase: '2026-08-15', lastContact: '2026-11-20' },
          classification: { segment: 'champions' },
        },
      ],
      { config: { language: 'en' }, clv: [clv(2, 0.32, true), clv(3, 0.9, false), null] },
    );
    expect(tasks.map((t) => [t.customerRow, t.kind, t.due])).toEqual([
      [2, 'win-back', '2026-11-27'],
      [3, 'revisit', '2026-12-20'],
      [4, 'revisit', '2026-12-20'],
    ]);
    expect(tasks[0]).toMatchObject({ priority: 'urgent', channel: 'phone' });
    expect(tasks[0]?.reason).toBe(
      'Churn warning (CLV model): P(alive) 32%, value at stake 3,100.00 (what they would spend in the next 12 months if won back); Champions, no order for 101 days, 48,000 spent to date',
    );
  });

  it('ignores a CLV risk flag on a customer without purchases', () => {
    const [task] = cadenceTasks([{ record: { name: '李娜' } }], { clv: [clv(2, 0.1, true)] });
    expect(task?.kind).toBe('revisit');
  });
});
