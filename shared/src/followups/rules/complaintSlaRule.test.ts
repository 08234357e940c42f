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
  // With complaintSlaCount 'calendar-days' (a team that answers complaints every day), the SLA
  // counts every day; the default, working days, follows below.
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
    'counting calendar days, plans a complaint at %s since %s for %s (%i days overdue)',
    (stage, stageDate, due, overdueDays, reason) => {
      const [task, ...rest] = complaintTasks(
        [complaintRecord(2, { stage, openedDate: '2026-10-30', stageDate })],
        { config: { followUps: { complaintSlaCount: 'calendar-days' } } },
      );
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

  it.each([
    // today, stage, since, due, days overdue (real days, not working days)
    // A complaint received on Friday with one day's SLA is due on Monday, not overdue then.
    ['2026-11-23', 'received', '2026-11-20', '2026-11-23', 0],
    ['2026-11-24', 'received', '2026-11-20', '2026-11-23', 1],
    // Received on a Saturday: the working day after it is Monday.
    ['2026-11-24', 'received', '2026-11-21', '2026-11-23', 1],
    ['2026-11-24', 'investigating', '2026-11-20', '2026-11-25', 0],
    // 国庆 2026: 10-01 to 10-07 off; 09-20 (Sunday) and 10-10 (Saturday) are 调休 working days,
    // 09-25 to 09-27 the Mid-Autumn days off.
    ['2026-10-09', 'received', '2026-09-30', '2026-10-08', 1],
    ['2026-10-08', 'resolving', '2026-09-29', '2026-10-08', 0],
    ['2026-09-28', 'revisit', '2026-09-18', '2026-09-29', 0],
    ['2026-10-09', 'feedback', '2026-10-09', '2026-10-10', 0],
    // 春节 2026: 02-15 to 02-23 off; 02-14 and 02-28 (Saturdays) are 调休 working days.
    ['2026-02-13', 'received', '2026-02-13', '2026-02-14', 0],
    ['2026-02-25', 'investigating', '2026-02-14', '2026-02-26', 0],
    ['2026-02-27', 'feedback', '2026-02-27', '2026-02-28', 0],
  ] as const)(
    'on %s, a complaint at %s since %s is due on the working day %s (%i days overdue)',
    (today, stage, stageDate, due, overdueDays) => {
      const [task] = complaintTasks([complaintRecord(2, { stage, stageDate })], { today });
      expect(task).toMatchObject({ due, overdueDays, escalate: overdueDays > 0 });
    },
  );

  it('says in the reason that the SLA counts working days', () => {
    const tasks = (language: 'zh' | 'en') =>
      complaintTasks([complaintRecord(2, { stage: 'received', stageDate: '2026-11-20' })], {
        config: { language },
      });
    expect(tasks('zh')[0]?.reason).toBe(
      '投诉处于“受理”阶段（自 2026-11-20 起，时限 1 个工作日），下一步：调查核实；已超期 1 天，升级处理',
    );
    expect(tasks('en')[0]?.reason).toBe(
      'Complaint at stage “Received” since 2026-11-20 (SLA 1 working day); next step: Investigating; 1 day overdue, escalate',
    );
  });

  it('counts from the opening date when the stage date is missing', () => {
    // Opened Friday 11-20: one working day later is Monday 11-23, a day before today.
    const [task] = complaintTasks([complaintRecord(2, { stage: 'received', openedDate: '2026-11-20' })]);
    expect(task).toMatchObject({ due: '2026-11-23', overdueDays: 1, escalate: true });
  });

  it('puts a complaint without any date on today', () => {
    const [task] = complaintTasks([complaintRecord(2, { stage: 'investigating' })], {
      config: { language: 'en' },
    });
    expect(task).toMatchObject({ due: '2026-11-24', overdueDays: 0, escalate: false });
    expect(task?.reason).toBe(
      'Complaint at stage “Investigating” since an unknown date (SLA 3 working days); next step: Working on a solution',
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
    // Since Friday 11-20: two working days is Tuesday 11-24, five is Friday 11-27.
    expect(tasks.map((t) => [t.id, t.due])).toEqual([
      ['complaint:2:complaints-7:resolving', '2026-11-24'],
      ['complaint:2:customers-2:investigating', '2026-11-27'],
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
    // Received Friday 2024-03-01: due Monday 03-04, 995 real days ago; the revisit's seven
    // working days from Tuesday 11-24 end on Thursday 12-03.
    expect(tasks.map((t) => [t.due, t.overdueDays])).toEqual([
      ['2024-03-04', 995],
      ['2026-12-03', 0],
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
