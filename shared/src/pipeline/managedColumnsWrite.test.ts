import { describe, expect, it } from 'vitest';
import type { CustomerRow } from '../model/customerRow.ts';
import { emptyCustomerRecord } from '../model/records.ts';
import type { CustomerClassification, CustomerClv } from '../model/results.ts';
import type { TableData } from '../model/table.ts';
import { MANAGED_COLUMN_LABELS, MANAGED_COLUMNS, managedColumnOf } from './managedColumnList.ts';
import { type ManagedColumnsWrite, managedBlock, managedColumnsWrite } from './managedColumnsWrite.ts';

function classification(row: number, overrides: Partial<CustomerClassification>): CustomerClassification {
  return {
    row,
    id: `C00${row - 1}`,
    name: null,
    recencyDays: null,
    frequency: 0,
    monetary: 0,
    r: null,
    f: null,
    m: null,
    segment: 'prospect',
    group8: null,
    lifecycle: 'prospect',
    valueTier: 'low',
    ...overrides,
  };
}

const classifications = [
  classification(2, {
    name: '张三',
    recencyDays: 12,
    frequency: 9,
    monetary: 28600,
    r: 5,
    f: 5,
    m: 5,
    segment: 'champions',
    group8: 'important-value',
    lifecycle: 'active',
    valueTier: 'high',
  }),
  classification(3, { name: 'Emily Chen' }),
  classification(4, {
    name: '王芳',
    recencyDays: 240,
    frequency: 4,
    monetary: 5200,
    r: 1,
    f: 4,
    m: 3,
    segment: 'at-risk',
    group8: 'important-retention',
    lifecycle: 'churned',
    valueTier: 'medium',
  }),
];

const clvByRow: Record<number, CustomerClv> = {
  2: {
    row: 2,
    pAlive: 0.98765,
    expectedPurchases: 6.1,
    expectedAverageSpend: 3100,
    clv: 17234.5678,
    atRisk: false,
    valueAtStake: 0,
  },
  4: {
    row: 4,
    pAlive: 0.2,
    expectedPurchases: 0.4,
    expectedAverageSpend: 1300,
    clv: 480,
    atRisk: true,
    valueAtStake: 1200,
  },
};
const nextFollowUp: Record<number, string> = { 2: '2026-03-04', 3: '2026-03-31' };

/** The three customers on sheet rows 2–4, with or without a CLV prediction. */
function customers(withClv: boolean): CustomerRow[] {
  return classifications.map((c) => ({
    row: c.row,
    record: emptyCustomerRecord(c.row, { id: c.id, name: c.name }),
    stats: {
      firstPurchase: null,
      lastPurchase: null,
      orderCount: c.frequency,
      totalSpend: c.monetary,
      refunds: 0,
      refundTotal: 0,
      source: 'summary',
    },
    classification: c,
    clv: withClv ? (clvByRow[c.row] ?? null) : null,
    nextFollowUp: nextFollowUp[c.row] ?? null,
  }));
}

const table: TableData = {
  header: ['客户编号', '姓名'],
  rows: [
    ['C001', '张三'],
    ['C002', 'Emily Chen'],
    ['C003', '王芳'],
  ],
};

const headersOf = (write: ManagedColumnsWrite) => write.columns.map((c) => c.header);

describe('managedColumnsWrite', () => {
  it('names the columns in Chinese and in English, from the one list of managed columns', () => {
    expect(headersOf(managedColumnsWrite(table, customers(true), 'zh', true))).toEqual(
      MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c].zh),
    );
    expect(headersOf(managedColumnsWrite(table, customers(true), 'en', true))).toEqual([
      'R',
      'F',
      'M',
      'Segment',
      'Customer group',
      'Lifecycle',
      'Value tier',
      'P(alive)',
      'CLV',
      'Churn risk',
      'Next follow-up',
    ]);
  });

  it('places the columns right of the user columns and keys each customer by its sheet row', () => {
    const write = managedColumnsWrite(table, customers(true), 'zh', true);
    expect(write.columns.map((c) => c.column)).toEqual(MANAGED_COLUMNS.map((_, i) => 2 + i));
    expect(write.headerRow).toBe(1);
    expect(write.lastRow).toBe(4);
    expect([...write.values.entries()]).toEqual([
      [2, [5, 5, 5, '冠军客户', '重要价值客户', '活跃', '高价值', 0.988, 17234.57, '', '2026-03-04']],
      [3, ['', '', '', '潜在客户', '', '潜在', '低价值', '', '', '', '2026-03-31']],
      [
        4,
        [1, 4, 3, '渐行渐远', '重要保持客户', '已流失', '中价值', 0.2, 480, '流失风险高（存活概率 20%）', ''],
      ],
    ]);
  });

  it('types the next follow-up as a date column and the labels as text', () => {
    const kinds = managedColumnsWrite(table, customers(true), 'en', true).columns.map((c) => [c.key, c.kind]);
    expect(kinds).toContainEqual(['nextFollowUp', 'date']);
    expect(kinds).toContainEqual(['segment', 'text']);
    expect(kinds).toContainEqual(['r', 'number']);
  });

  it('leaves out the CLV columns without a prediction, unless an earlier run wrote them', () => {
    const without = managedColumnsWrite(table, customers(false), 'en', false);
    expect(headersOf(without)).not.toContain('P(alive)');
    expect(headersOf(without)).not.toContain('Churn risk');
    const rerun: TableData = {
      header: ['客户编号', '姓名', ...MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c].zh)],
      rows: table.rows,
    };
    const cleared = managedColumnsWrite(rerun, customers(false), 'zh', false);
    expect(headersOf(cleared)).toContain('存活概率');
    const at = cleared.columns.findIndex((c) => c.key === 'pAlive');
    expect([...cleared.values.values()].map((values) => values[at])).toEqual(['', '', '']);
  });

  it('never moves values to another row when the customers are given in another order', () => {
    const reversed = [...customers(true)].reverse();
    const write = managedColumnsWrite(table, reversed, 'zh', true);
    expect(managedBlock(write).slice(1)).toEqual(
      managedBlock(managedColumnsWrite(table, customers(true), 'zh', true)).slice(1),
    );
  });
});

describe('managedColumnOf', () => {
  it.each([
    ['客户分群', 'segment'],
    ['Segment', 'segment'],
    [' Next  follow-up ', 'nextFollowUp'],
    ['P(alive)', 'pAlive'],
    // A user's own column that merely resembles ours is never taken over.
    ['p(alive)', null],
    ['m', null],
    ['segment', null],
    ['姓名', null],
    ['Segments', null],
  ])('recognises %j as %s', (header, column) => {
    expect(managedColumnOf(header)).toBe(column);
  });
});
