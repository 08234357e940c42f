import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../../model/records.ts';
import { complaintRecord, type PlanOptions, planForPeople } from '../testFixtures.ts';

// Today is 2026-11-24. Default SLA: 受理 1 day, 调查核实 3, 制定解决方案 2, 反馈处理结果 1, 回访 7.
const customer = {
  record: { name: '孙丽', gender: '女', lastPurchase: '2026-11-20', lastContact: '2026-11-23' },
};

function complaintTasks(complaints: ComplaintRecord[], options: PlanOptions = {}) {
  return planForPeople([customer], { ...options, complaints }).filter(
    (t) => t.kind === 'complaint' || t.kind === 'satisfaction-survey',
  );
}

describe('complaint workflow (投诉处理)', () => {
  it.each([
    // stage, stage date, due, overdue days, reason
    [
      'received',
      '2026-11-24',
      '2026-11-25',
      0,
      '投诉处于“受理”阶段（自 2026-11-24 起，时限 1 天），下一步：调查核实',
    ],
    [
      'received',
      '2026-11-21',
      '2026-11-22',
      2,
      '投诉处于“受理”阶段（自 2026-11-21 起，时限 1 天），下一步：调查核实；已超期 2 天，升级处理',
    ],
    [
      'investigating',
      '2026-11-21',
      '2026-11-24',
      0,
      '投诉处于“调查核实”阶段（自 2026-11-21 起，时限 3 天），下一步：制定解决方案',
    ],
    [
      'investigating',
      '2026-11-18',
      '2026-11-21',
      3,
      '投诉处于“调查核实”阶段（自 2026-11-18 起，时限 3 天），下一步：制定解决方案；已超期 3 天，升级处理',
    ],
    [
      'resolving',
      '2026-11-23',
      '2026-11-25',
      0,
      '投诉处于“制定解决方案”阶段（自 2026-11-23 起，时限 2 天），下一步：反馈处理结果',
    ],
    [
      'resolving',
      '2026-11-10',
      '2026-11-12',
      12,
      '投诉处于“制定解决方案”阶段（自 2026-11-10 起，时限 2 天），下一步：反馈处理结果；已超期 12 天，升级处理',
    ],
    [
      'feedback',
      '2026-11-23',
      '2026-11-24',
      0,
      '投诉处于“反馈处理结果”阶段（自 2026-11-23 起，时限 1 天），下一步：回访',
    ],
    [
      'feedback',
      '2026-11-22',
      '2026-11-23',
      1,
      '投诉处于“反馈处理结果”阶段（自 2026-11-22 起，时限 1 天），下一步：回访；已超期 1 天，升级处理',
    ],
    [
      'revisit',
      '2026-11-20',
      '2026-11-27',
      0,
      '投诉处于“回访”阶段（自 2026-11-20 起，时限 7 天），下一步：结案',
    ],
    [
      'revisit',
      '2026-11-01',
      '2026-11-08',
      16,
      '投诉处于“回访”阶段（自 2026-11-01 起，时限 7 天），下一步：结案；已超期 16 天，升级处理',
    ],
  ] as const)(
    'plans a complaint at %s since %s for %s (%i days overdue)',
    (stage, stageDate, due, overdueDays, reason) => {
      const [task, ...rest] = complaintTasks([
        complaintRecord(2, { stage, openedDate: '2026-10-30', stageDate }),
      ]);
      expect(rest).toEqual([]);
      expect(task).toMatchObject({
        kind: 'complaint',
        due,
        overdueDays,
        escalate: overdueDays > 0,
        priority: 'urgent',
        channel: 'phone',
        id: `complaint:2:customers-2:${stage}`,
      });
      expect(task?.reason).toBe(reason);
    },
  );

  it('counts from the opening date when the stage date is missing', () => {
    const [task] = complaintTasks([complaintRecord(2, { stage: 'received', openedDate: '2026-11-20' })]);
    expect(task).toMatchObject({ due: '2026-11-21', overdueDays: 3, escalate: true });
  });

  it('puts a complaint without any date on today', () => {
    const [task] = complaintTasks([complaintRecord(2, { stage: 'investigating' })], {
      config: { language: 'en' },
    });
    expect(task).toMatchObject({ due: '2026-11-24', overdueDays: 0, escalate: false });
    expect(task?.reason).toBe(
      'Complaint at stage “Investigating” since an unknown date (SLA 3 days); next step: Working on a solution',
    );
  });

  it('uses configured SLAs and the built-in ones for stages the configuration leaves out', () => {
    const tasks = complaintTasks(
      [
        complaintRecord(2, { stage: 'investigating', stageDate: '2026-11-20' }),
        complaintRecord(2, { row: 7, table: 'complaints', stage: 'resolving', stageDate: '2026-11-20' }),
      ],
      { config: { followUps: { complaintSlaDays: { investigating: 5 } } } },
    );
    expect(tasks.map((t) => [t.id, t.due])).toEqual([
      ['complaint:2:complaints-7:resolving', '2026-11-22'],
      ['complaint:2:customers-2:investigating', '2026-11-25'],
    ]);
  });

  it('lists open complaints whatever the horizon and however old', () => {
    const tasks = complaintTasks(
      [
        complaintRecord(2, { stage: 'revisit', stageDate: '2026-11-24' }),
        complaintRecord(2, { row: 9, table: 'complaints', stage: 'received', stageDate: '2024-03-01' }),
      ],
      { config: { followUps: { horizonDays: 0 } } },
    );
    expect(tasks.map((t) => [t.due, t.overdueDays])).toEqual([
      ['2024-03-02', 997],
      ['2026-12-01', 0],
    ]);
  });

  it('does not treat a recent contact as handling the complaint', () => {
    const tasks = complaintTasks([complaintRecord(2, { stage: 'received', stageDate: '2026-11-20' })]);
    expect(tasks).toHaveLength(1);
  });

  it('plans nothing for a complaint whose customer is unknown', () => {
    const orphan = complaintRecord(2, { customerRow: null, stage: 'received', stageDate: '2026-11-20' });
    const elsewhere = complaintRecord(99, { stage: 'received', stageDate: '2026-11-20' });
    expect(complaintTasks([orphan, elsewhere])).toEqual([]);
  });
});
