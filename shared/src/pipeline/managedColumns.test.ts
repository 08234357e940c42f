import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { ClvSummary, CustomerClassification } from '../model/results.ts';
import type { CustomerAnalysis } from './analyzeCustomerTable.ts';
import { managedColumnOf, managedColumns } from './managedColumns.ts';

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

const clv: ClvSummary = {
  horizonMonths: 12,
  predictedPurchases: 10,
  predictedRevenue: 30000,
  perCustomer: [
    {
      row: 2,
      pAlive: 0.98765,
      expectedPurchases: 6.1,
      expectedAverageSpend: 3100,
      clv: 17234.5678,
      atRisk: false,
    },
    null,
    { row: 4, pAlive: 0.2, expectedPurchases: 0.4, expectedAverageSpend: 1300, clv: 480, atRisk: true },
  ],
  atRisk: [],
  distribution: [],
  notes: [],
};

function analysis(withClv: ClvSummary | null): CustomerAnalysis {
  return {
    config: resolveConfig(),
    today: '2026-03-01',
    records: [],
    mapping: { header: [], columns: {}, unknown: [] },
    orders: null,
    complaints: [],
    stats: [],
    classifications,
    clv: withClv,
    followUps: [],
    nextFollowUp: ['2026-03-04', '2026-03-31', null],
    review: {
      merges: [],
      missing: [],
      invalid: [],
      summary: {
        rows: 3,
        exactDuplicateGroups: 0,
        likelyDuplicateGroups: 0,
        rowsWithMissing: 0,
        invalidCells: 0,
      },
    },
    issues: [],
    notes: [],
  };
}

describe('managedColumns', () => {
  it('names the columns in Chinese', () => {
    expect(managedColumns(analysis(clv), 'zh').headers).toEqual([
      'R',
      'F',
      'M',
      '客户分群',
      '八类客户',
      '生命周期',
      '价值层级',
      '存活概率',
      '客户终身价值',
      '流失预警',
      '下次跟进',
    ]);
  });

  it('names the columns in English', () => {
    expect(managedColumns(analysis(clv), 'en').headers).toEqual([
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

  it('writes one row per customer in input order, with translated labels', () => {
    expect(managedColumns(analysis(clv), 'zh').values).toEqual([
      [5, 5, 5, '冠军客户', '重要价值客户', '活跃', '高价值', 0.988, 17234.57, '', '2026-03-04'],
      ['', '', '', '潜在客户', '', '潜在', '低价值', '', '', '', '2026-03-31'],
      [1, 4, 3, '有流失风险', '重要保持客户', '已流失', '中价值', 0.2, 480, '流失风险高（存活概率 20%）', ''],
    ]);
    expect(managedColumns(analysis(clv), 'en').values[0]).toEqual([
      5,
      5,
      5,
      'Champions',
      'Important value',
      'Active',
      'High value',
      0.988,
      17234.57,
      '',
      '2026-03-04',
    ]);
  });

  it('leaves P(alive) and CLV empty when there is no prediction', () => {
    const values = managedColumns(analysis(null), 'en').values;
    expect(values.map((row) => row.slice(7, 9))).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
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
