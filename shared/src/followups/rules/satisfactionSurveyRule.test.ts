import { describe, expect, it } from 'vitest';
import type { ComplaintStage } from '../../model/keys.ts';
import type { ComplaintRecord } from '../../model/records.ts';
import { complaintRecord, type PlanOptions, planForPeople } from '../testFixtures.ts';

// Today is 2026-11-24.
const customer = {
  record: { name: '孙丽', gender: '女', lastPurchase: '2026-11-20', lastContact: '2026-11-23' },
};

function complaintTasks(complaints: ComplaintRecord[], options: PlanOptions = {}) {
  return planForPeople([customer], { ...options, complaints }).filter(
    (t) => t.kind === 'complaint' || t.kind === 'satisfaction-survey',
  );
}
describe('satisfaction survey after a complaint closes (满意度调查)', () => {
  const closed = (fields: Partial<ComplaintRecord>) =>
    complaintRecord(2, { stage: 'closed' as ComplaintStage, ...fields });

  it.each([
    ['2026-11-22', '2026-11-25', 0],
    ['2026-11-15', '2026-11-18', 6],
  ])('surveys a complaint closed on %s on %s', (closedDate, due, overdueDays) => {
    const tasks = planForPeople([{ record: { name: '孙丽' } }], {
      complaints: [closed({ closedDate })],
    }).filter((t) => t.kind === 'satisfaction-survey');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      due,
      overdueDays,
      escalate: false,
      priority: 'medium',
      channel: 'wechat',
    });
    expect(tasks[0]?.reason).toBe(`投诉已于 ${closedDate} 结案，3 天后做满意度调查`);
  });

  it('calls high-value customers', () => {
    const tasks = planForPeople([{ record: { name: '孙丽' }, classification: { valueTier: 'high' } }], {
      complaints: [closed({ closedDate: '2026-11-22' })],
    });
    expect(tasks.find((t) => t.kind === 'satisfaction-survey')).toMatchObject({
      priority: 'high',
      channel: 'phone',
    });
  });

  it('counts as done after a contact on or after the survey date', () => {
    const survey = (lastContact: string) =>
      planForPeople([{ record: { lastContact } }], {
        complaints: [closed({ closedDate: '2026-11-15' })],
      }).filter((t) => t.kind === 'satisfaction-survey');
    expect(survey('2026-11-18')).toEqual([]);
    expect(survey('2026-11-17')).toHaveLength(1);
  });

  it('skips complaints that already have a satisfaction score', () => {
    expect(complaintTasks([closed({ closedDate: '2026-11-22', satisfaction: 4 })])).toEqual([]);
  });

  it('skips complaints closed more than 30 days ago', () => {
    expect(complaintTasks([closed({ closedDate: '2026-10-24' })])).toEqual([]);
  });

  it('falls back to the stage date and skips complaints with no closing date at all', () => {
    expect(complaintTasks([closed({ stageDate: '2026-11-23' })]).map((t) => t.due)).toEqual(['2026-11-26']);
    expect(complaintTasks([closed({})])).toEqual([]);
  });

  it('follows surveyDelayDays', () => {
    const tasks = complaintTasks([closed({ closedDate: '2026-11-22' })], {
      config: { followUps: { surveyDelayDays: 5 } },
    });
    expect(tasks.map((t) => t.due)).toEqual(['2026-11-27']);
  });
});
