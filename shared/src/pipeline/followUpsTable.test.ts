import { describe, expect, it } from 'vitest';
import type { FollowUpTask } from '../model/results.ts';
import { followUpsTable } from './followUpsTable.ts';

const task: FollowUpTask = {
  id: 'complaint:3:2026-02-26',
  customerRow: 3,
  customerId: 'C002',
  customerName: '李四',
  owner: '王经理',
  due: '2026-02-26',
  kind: 'complaint',
  priority: 'urgent',
  overdueDays: 3,
  escalate: true,
  reason: '投诉“发货延迟”处于调查核实阶段，已超时 3 天',
  channel: 'phone',
  message: '李总您好，关于您反映的发货延迟问题……',
  batch: null,
  done: null,
};

describe('followUpsTable', () => {
  it('lists tasks with Chinese headers and labels', () => {
    const table = followUpsTable([task], 'zh');
    expect(table.header).toEqual([
      '完成',
      '到期日',
      '优先级',
      '类型',
      '客户编号',
      '客户',
      '负责人',
      '渠道',
      '原因',
      '话术',
      '逾期天数',
      '需升级',
      '任务编号',
    ]);
    expect(table.rows).toEqual([
      [
        '',
        '2026-02-26',
        '紧急',
        '投诉处理',
        'C002',
        '李四',
        '王经理',
        '电话',
        task.reason,
        task.message,
        3,
        '是',
        task.id,
      ],
    ]);
  });

  it('lists tasks with English labels and empty cells for unknowns', () => {
    const table = followUpsTable(
      [
        {
          ...task,
          customerId: null,
          owner: null,
          escalate: false,
          kind: 'birthday',
          priority: 'low',
          channel: 'wechat',
        },
      ],
      'en',
    );
    expect(table.header.slice(0, 2)).toEqual(['Done', 'Due']);
    expect(table.rows[0]?.slice(0, 8)).toEqual([
      '',
      '2026-02-26',
      'Low',
      'Birthday care',
      '',
      '李四',
      '',
      'WeChat',
    ]);
    expect(table.rows[0]?.[11]).toBe('');
  });

  it('lists every customer of a batch and keeps a Done mark as written', () => {
    const batch = {
      ...task,
      kind: 'holiday' as const,
      batch: [
        { row: 3, id: 'C002', name: '李四' },
        { row: 7, id: 'C006', name: null },
      ],
      done: { mark: '是', on: '2026-02-26' },
    };
    const [row] = followUpsTable([batch], 'zh').rows;
    expect([row?.[0], row?.[4], row?.[5]]).toEqual(['是', 'C002、C006', '李四、C006']);
  });
});
