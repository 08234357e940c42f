import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Language } from '../model/keys.ts';
import { complaintsFromCustomers } from './complaintsFromCustomers.ts';
import { readComplaintsTable } from './readComplaintsTable.ts';
import { readCustomerTable } from './readCustomerTable.ts';

const TODAY = '2026-03-01';
const config = resolveConfig();

const { records } = readCustomerTable(
  {
    header: [
      '客户编号',
      '姓名',
      '投诉状态',
      '投诉日期',
      '投诉阶段日期',
      '投诉关闭日期',
      '投诉内容',
      '满意度',
    ],
    rows: [
      ['C001', '张伟', '调查核实', '2026-02-20', '2026-02-22', '', '物流延误', 6],
      ['C002', '李娜', '', '', '', '', '', 9],
      ['C003', '王芳', '', '2026-01-05', '', '2026-01-09', '发票错误', ''],
      ['C004', '赵敏', '已解决', '', '', '', '', ''],
    ],
  },
  config,
  TODAY,
);

describe('complaintsFromCustomers', () => {
  it('makes a complaint of each row with a complaint status or date', () => {
    expect(complaintsFromCustomers(records)).toEqual([
      {
        row: 2,
        table: 'customers',
        customerId: 'C001',
        customerRow: 2,
        openedDate: '2026-02-20',
        stage: 'investigating',
        stageDate: '2026-02-22',
        closedDate: null,
        summary: '物流延误',
        satisfaction: null,
      },
      {
        row: 4,
        table: 'customers',
        customerId: 'C003',
        customerRow: 4,
        openedDate: '2026-01-05',
        stage: 'closed',
        stageDate: '2026-01-09',
        closedDate: '2026-01-09',
        summary: '发票错误',
        satisfaction: null,
      },
      {
        row: 5,
        table: 'customers',
        customerId: 'C004',
        customerRow: 5,
        openedDate: null,
        stage: 'closed',
        stageDate: null,
        closedDate: null,
        summary: null,
        satisfaction: null,
      },
    ]);
  });
});

describe('readComplaintsTable', () => {
  it('links complaints to customers and reports bad cells with table complaints', () => {
    const { complaints, issues } = readComplaintsTable(
      {
        header: ['客户编号', '受理日期', '处理阶段', '结案日期', '问题描述', '回访满意度'],
        rows: [
          ['C002', '2026-02-01', '反馈处理结果', '', '退款慢', ''],
          ['C404', '2026-02-03', '受理', '', '质量问题', ''],
          ['C001', '2026-02-10', '', '2026-02-12', '', '5分'],
          ['C003', '2026-03-09', '???', '', '', ''],
        ],
      },
      records,
      config,
      TODAY,
    );
    expect(
      complaints.map((c) => [c.row, c.customerRow, c.stage, c.openedDate, c.closedDate, c.satisfaction]),
    ).toEqual([
      [2, 3, 'feedback', '2026-02-01', null, null],
      [3, null, 'received', '2026-02-03', null, null],
      [4, 2, 'closed', '2026-02-10', '2026-02-12', 5],
      [5, 4, 'received', null, null, null],
    ]);
    expect(issues.map(({ row, column, kind, table }) => ({ row, column, kind, table }))).toEqual([
      { row: 3, column: '客户编号', kind: 'unknown-customer', table: 'complaints' },
      { row: 5, column: '受理日期', kind: 'future-date', table: 'complaints' },
      { row: 5, column: '处理阶段', kind: 'invalid', table: 'complaints' },
    ]);
  });

  it.each<[Language, string[]]>([
    [
      'zh',
      [
        '投诉缺少客户编号：请填写提出投诉的客户的编号',
        '客户编号 C404 不在客户表中',
        '投诉关闭日期 2026-02-01 早于投诉日期 2026-02-10',
        '“3/5/2026”有歧义（3/5 可能是月/日，也可能是日/月）；请写成 2026-03-05 或 2026-05-03',
      ],
    ],
    [
      'en',
      [
        'a complaint needs the id of the customer who made it',
        'customer id C404 is not in the customer table',
        'complaint closed 2026-02-01, before it was opened 2026-02-10',
        '3/5/2026 is ambiguous (3/5 could be month/day or day/month); write it as 2026-03-05 or 2026-05-03',
      ],
    ],
  ])('words the problems of complaint rows in the configured language (%s)', (language, messages) => {
    const { issues } = readComplaintsTable(
      {
        header: ['客户编号', '受理日期', '结案日期'],
        rows: [
          ['', '2026-02-01', ''],
          ['C404', '2026-02-03', ''],
          ['C001', '2026-02-10', '2026-02-01'],
          ['C001', '3/5/2026', ''],
        ],
      },
      records,
      resolveConfig({ language }),
      TODAY,
    );
    expect(issues.map((issue) => issue.message)).toEqual(messages);
  });
});
