import { describe, expect, it } from 'vitest';
import { nextFollowUps } from './nextFollowUps.ts';
import { planWithRules } from './planFollowUps.ts';
import type { FollowUpRule } from './rules/followUpRule.ts';
import { UNWRITTEN } from './taskCollector.ts';
import { complaintRecord, type Person, planForPeople, planInputForPeople } from './testFixtures.ts';

// A small sales team's table as of 2026-11-24.
const team: Person[] = [
  {
    record: {
      name: '王建国',
      title: '总经理',
      company: '杭州云帆科技有限公司',
      owner: '李娜',
      birthday: '--11-27',
      lastPurchase: '2026-10-01',
      lastContact: '2026-10-20',
      orderCount: 12,
      totalSpend: 86_000,
    },
    classification: { segment: 'champions', valueTier: 'high' },
  },
  {
    record: {
      name: '陈静',
      gender: '女',
      owner: '李娜',
      lastPurchase: '2026-03-02',
      lastContact: '2026-11-20',
      orderCount: 6,
      totalSpend: 15_000,
    },
    classification: { segment: 'cannot-lose-them' },
  },
  {
    record: {
      name: 'John Smith',
      gender: 'M',
      owner: '张伟',
      lastPurchase: '2026-11-20',
      orderCount: 1,
      totalSpend: 300,
    },
    classification: { segment: 'new-customers', valueTier: 'low' },
  },
  { record: { name: '欧阳娜娜', gender: '女', owner: '张伟' } },
];
const complaints = [
  complaintRecord(3, { stage: 'investigating', stageDate: '2026-11-18', summary: '配件缺失' }),
];

describe('planFollowUps', () => {
  it('plans the week for a small team, sorted by due date, then priority, then row', () => {
    const tasks = planForPeople(team, { complaints });
    expect(tasks.map((t) => [t.due, t.priority, t.customerRow, t.kind, t.overdueDays, t.escalate])).toEqual([
      ['2026-11-19', 'high', 2, 'revisit', 5, false],
      // Investigating since Wednesday 11-18, three working days: due Monday 11-23, not Saturday.
      ['2026-11-23', 'urgent', 3, 'complaint', 1, true],
      ['2026-11-23', 'urgent', 3, 'win-back', 1, false],
      ['2026-11-24', 'medium', 2, 'birthday', 0, false],
      ['2026-11-24', 'low', 5, 'revisit', 0, false],
      ['2026-11-27', 'high', 4, 'post-purchase', 0, false],
      ['2026-12-04', 'medium', 4, 'revisit', 0, false],
    ]);
  });

  it('fills customer, owner and a stable id into every task', () => {
    const [task] = planForPeople(team, { complaints });
    expect(task).toMatchObject({
      id: 'revisit:2:2026-11-19',
      customerRow: 2,
      customerId: 'C0002',
      customerName: '王建国',
      owner: '李娜',
    });
    const again = planForPeople(team, { complaints });
    expect(again.map((t) => t.id)).toEqual(planForPeople(team, { complaints }).map((t) => t.id));
  });

  it('writes reasons and messages in the configured language', () => {
    const [task] = planForPeople(team, { config: { language: 'en' } });
    expect(task?.reason).toBe('Champions: check in every 30 days; last touch 2026-10-20 (35 days ago)');
    expect(task?.message).toMatch(/^Dear 王建国, thank you and everyone at 杭州云帆科技有限公司/);
  });

  it('drops tasks already done: contacted on or after the due date', () => {
    const contacted = team.map((p) => ({ ...p, record: { ...p.record, lastContact: '2026-11-24' } }));
    const kinds = planForPeople(contacted).map((t) => `${t.customerRow}:${t.kind}`);
    expect(kinds).not.toContain('2:birthday');
    expect(kinds).not.toContain('4:post-purchase');
    expect(kinds).toContain('3:win-back');
  });

  it('plans nothing for an empty table', () => {
    expect(planForPeople([])).toEqual([]);
  });
});

describe('nextFollowUps', () => {
  it('gives each customer its earliest open task, overdue ones included', () => {
    const next = nextFollowUps(planForPeople(team, { complaints }));
    expect([...next.entries()].sort(([a], [b]) => a - b)).toEqual([
      [2, '2026-11-19'],
      [3, '2026-11-23'],
      [4, '2026-11-27'],
      [5, '2026-11-24'],
    ]);
  });

  it('does not depend on the order of the tasks', () => {
    const tasks = planForPeople(team, { complaints });
    expect(nextFollowUps([...tasks].reverse())).toEqual(nextFollowUps(tasks));
  });

  it('leaves out customers without tasks', () => {
    expect(nextFollowUps([]).size).toBe(0);
  });
});

describe('rules that write their tasks later', () => {
  /**
   * A rule asking for a call on a day it takes from `dueOf` each time it runs, its texts written
   * when the plan is writing (or never, with `neverWrites`).
   */
  const callRule = (rerunnable: boolean, dueOf: () => number, neverWrites = false): FollowUpRule => ({
    kinds: ['revisit'],
    start: (plan) => ({
      rerunnable,
      forCustomer: ({ record }) =>
        plan.add(record, {
          kind: 'revisit',
          due: dueOf(),
          priority: 'medium',
          channel: 'phone',
          reason: plan.writing && !neverWrites ? 'call back' : UNWRITTEN,
          message:
            plan.writing && !neverWrites ? plan.message('{salutation}, a call', record, {}) : UNWRITTEN,
        }),
    }),
  });
  const input = planInputForPeople(team.slice(0, 2));
  const today = 20_000;

  it('are run again for the customer of a task whose texts are read', () => {
    let runs = 0;
    const tasks = planWithRules(input, [
      callRule(true, () => {
        runs++;
        return today;
      }),
    ]);
    expect(runs).toBe(2);
    expect(tasks.map((t) => t.message)).toEqual(['王总, a call', '陈女士, a call']);
    expect(runs).toBe(4);
  });

  it('may not leave a task unwritten unless they can run again, nor want another task when they do', () => {
    expect(() => planWithRules(input, [callRule(false, () => today, true)])).toThrow(/cannot run again/);
    let due = today;
    const [task] = planWithRules(input, [callRule(true, () => due++)]);
    expect(() => task?.reason).toThrow(/did not want the revisit task/);
  });
});
