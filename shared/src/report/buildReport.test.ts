import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { SEGMENTS } from '../model/keys.ts';
import type { PurchaseStats } from '../model/records.ts';
import { buildReport } from './buildReport.ts';
import { reportFixture, XSS_NAME } from './fixtures/reportFixture.ts';
import type { ReportKpis } from './reportModel.ts';

const model = buildReport(reportFixture({ clv: true }));

describe('buildReport KPIs (hand-checked on the fixture)', () => {
  // 11 customers, 9 buyers, 24 orders, revenue 19,000 (see fixtures/reportFixture.ts).
  const cases: [keyof ReportKpis, unknown][] = [
    ['customers', 11],
    ['buyers', 9],
    ['newInPeriod', 2], // lifecycle new: C003 (first purchase 2026-03-05) and C004 (2026-02-20)
    ['period', { from: '2026-02-13', to: '2026-03-15', days: 30 }],
    ['active', 3],
    ['atRisk', 2],
    ['churned', 2],
    ['repeatBuyers', 6],
    ['orders', 24],
    ['revenue', 19_000],
    ['top20Customers', 2], // ceil(20 % × 9)
    ['complaintsOpen', 2],
    ['complaintsClosed', 3],
    ['resolvedWithDates', 2],
    ['meanResolutionDays', 5.5], // (4 + 7) / 2
    ['satisfaction', { mean: 3.5, responses: 4, scale: 5 }],
  ];
  it.each(cases)('computes %s', (key, expected) => {
    expect(model.kpis[key]).toEqual(expected);
  });

  it('computes the rates exactly', () => {
    expect(model.kpis.repurchaseRate).toBeCloseTo(6 / 9, 12);
    expect(model.kpis.averageOrderValue).toBeCloseTo(19_000 / 24, 12);
    expect(model.kpis.top20RevenueShare).toBeCloseTo(12_000 / 19_000, 12); // 6,000 + 6,000
  });

  it('adds the CLV forecast and the value at stake', () => {
    expect(model.kpis.clv).toEqual({
      horizonMonths: 12,
      predictedPurchases: 18.4,
      predictedRevenue: 14250.5,
      atRiskCustomers: 2,
      valueAtStake: 4580.5,
    });
    expect(buildReport(reportFixture()).kpis.clv).toBeNull();
  });

  it('counts new customers as the lifecycle stage new, so the KPI and the lifecycle mix agree', () => {
    const newRow = model.distributions.lifecycle.find((r) => r.key === 'new');
    expect(model.kpis.newInPeriod).toBe(newRow?.customers);
    const input = reportFixture();
    input.customers = input.customers.map((c) => ({
      ...c,
      classification: { ...c.classification, lifecycle: 'new' as const },
    }));
    expect(buildReport(input).kpis.newInPeriod).toBe(11);
  });

  it('gives null rates without buyers or revenue instead of NaN', () => {
    const input = reportFixture();
    input.customers = input.customers.slice(0, 2).map((c) => ({ ...c, stats: stats({}) }));
    const k = buildReport(input).kpis;
    expect([k.repurchaseRate, k.averageOrderValue, k.top20RevenueShare]).toEqual([null, null, null]);
    expect(JSON.stringify(k)).not.toContain('NaN');
  });

  it('leaves satisfaction and resolution time out when there is nothing to average', () => {
    const input = reportFixture();
    input.customers = input.customers.map((c) => ({ ...c, record: { ...c.record, satisfaction: null } }));
    input.complaints = [];
    const k = buildReport(input).kpis;
    expect(k.satisfaction).toBeNull();
    expect(k.meanResolutionDays).toBeNull();
  });

  it('reads a 1–10 satisfaction scale', () => {
    const input = reportFixture();
    input.customers = input.customers.map((c, i) => ({
      ...c,
      record: { ...c.record, satisfaction: i < 2 ? 9 : i === 2 ? 6 : null },
    }));
    expect(buildReport(input).kpis.satisfaction).toEqual({ mean: 8, responses: 3, scale: 10 });
  });

  it('ignores a complaint closed before it was opened when averaging resolution time', () => {
    const input = reportFixture();
    input.complaints = [
      {
        ...(input.complaints[0] as (typeof input.complaints)[number]),
        openedDate: '2026-02-10',
        closedDate: '2026-02-01',
      },
      {
        ...(input.complaints[1] as (typeof input.complaints)[number]),
        openedDate: '2026-02-01',
        closedDate: '2026-02-03',
      },
    ];
    expect(buildReport(input).kpis.meanResolutionDays).toBe(2);
  });
});

describe('buildReport header and sources', () => {
  it('names the sources and the default title in the report language', () => {
    expect(model.title).toBe('客户分析报告');
    expect(buildReport(reportFixture({ language: 'en' })).title).toBe('Customer analysis report');
    expect(model.sources).toEqual({
      customerRows: 11,
      orderRows: 26,
      purchaseSource: 'orders',
      complaints: 5,
    });
    const summary = buildReport(reportFixture({ orders: false }));
    expect(summary.sources.purchaseSource).toBe('summary');
    expect(summary.sources.orderRows).toBeNull();
  });

  it('keeps a custom title and currency', () => {
    const m = buildReport({ ...reportFixture(), title: '  2026 年一季度客户报告 ', currency: '¥' });
    expect(m.title).toBe('2026 年一季度客户报告');
    expect(m.currency).toBe('¥');
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe('buildReport trend', () => {
  it('lists the 12 calendar months ending with today’s month (hand-checked)', () => {
    const trend = model.trend ?? [];
    expect(trend.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(trend.map((m) => m.newCustomers)).toEqual([1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1]);
    expect(trend.map((m) => m.activeCustomers)).toEqual([2, 1, 2, 1, 1, 0, 2, 1, 2, 2, 3, 2]);
    expect(trend.map((m) => m.orders)).toEqual([2, 1, 2, 1, 1, 0, 2, 1, 2, 2, 3, 3]);
    expect(trend.map((m) => m.revenue)).toEqual([
      2100, 800, 1900, 500, 800, 0, 2500, 450, 1850, 1300, 950, 2800,
    ]);
  });

  it('leaves out orders of unknown customers and orders after today', () => {
    // C999 (999 on 2026-03-02) and C003's order on 2026-04-01 are in the fixture's orders.
    const march = model.trend?.[11];
    expect(march?.revenue).toBe(2800);
    expect(march?.orders).toBe(3);
  });

  it('crosses the year boundary', () => {
    const m = buildReport({ ...reportFixture(), today: '2026-01-31' });
    expect(m.trend?.[0]?.month).toBe('2025-02');
    expect(m.trend?.[11]?.month).toBe('2026-01');
    expect(m.trend?.[11]).toMatchObject({ newCustomers: 1, activeCustomers: 2, revenue: 1300 });
  });

  it('has no trend without an orders table', () => {
    expect(buildReport(reportFixture({ orders: false })).trend).toBeNull();
  });
});

describe('buildReport strategies', () => {
  it('gives a strategy to every segment present, in segment order, with its figures', () => {
    const segments = model.strategies.map((s) => s.segment);
    expect(segments).toEqual(SEGMENTS.filter((s) => s !== 'need-attention'));
    const champions = model.strategies[0];
    expect(champions).toMatchObject({
      label: '冠军客户',
      customers: 1,
      revenue: 6000,
      everyDays: 30,
      channel: 'phone',
    });
    expect(champions?.actions.join('、')).toContain('专属 VIP 服务');
    const atRisk = model.strategies.find((s) => s.segment === 'at-risk');
    expect(atRisk?.actions[0]).toContain('一对一电话回访');
  });

  it('uses the configured playbook over the built-in one, in the report language', () => {
    const input = reportFixture({ language: 'en' });
    input.config = resolveConfig({
      language: 'en',
      playbook: { champions: { zh: '年度答谢会', en: 'Invite to the annual thank-you dinner' } },
    });
    const champions = buildReport(input).strategies.find((s) => s.segment === 'champions');
    expect(champions).toMatchObject({
      goal: 'Invite to the annual thank-you dinner',
      actions: [],
      source: 'config',
    });
  });
});

describe('buildReport follow-ups', () => {
  it('counts tasks by kind and priority, overdue, escalated and due this week', () => {
    const f = model.followUps;
    expect(f).toMatchObject({ total: 7, overdue: 3, escalated: 1, dueThisWeek: 3 });
    expect(f.byPriority.map((p) => [p.priority, p.count])).toEqual([
      ['urgent', 1],
      ['high', 1],
      ['medium', 3],
      ['low', 2],
    ]);
    expect(f.byKind.map((k) => k.kind)).toEqual([
      'revisit',
      'win-back',
      'post-purchase',
      'birthday',
      'holiday',
      'complaint',
      'satisfaction-survey',
    ]);
    expect(f.byKind[1]?.label).toBe('挽回');
  });

  it('lists the most pressing tasks first', () => {
    expect(model.followUps.top.map((t) => t.due)).toEqual([
      '2026-03-10',
      '2026-03-12',
      '2026-03-13',
      '2026-03-15',
      '2026-03-18',
      '2026-03-20',
      '2026-04-01',
    ]);
    expect(model.followUps.top[3]?.customerName).toBe(XSS_NAME);
  });
});

describe('buildReport CLV and data quality', () => {
  it('sorts customers at risk by value at stake and sums the CLV', () => {
    const clv = model.clv;
    expect(clv?.atRisk.map((a) => a.id)).toEqual(['C006', 'C005']);
    expect(clv?.valueAtStake).toBe(4580.5);
    expect(clv?.totalClv).toBe(12_700); // 9 buyers: Σ (1000 + 100 i) over i = 0…7, 9
    expect(clv?.customersWithClv).toBe(9);
    expect(clv?.distribution.map((d) => d.customers)).toEqual([4, 3, 2]);
  });

  it('counts problems by kind and column, counting a cell flagged twice once', () => {
    const q = model.dataQuality;
    expect(q.issues).toBe(6);
    expect(q.byKind.map((k) => [k.kind, k.count])).toEqual([
      ['invalid', 3],
      ['future-date', 1],
      ['negative', 1],
      ['unknown-customer', 1],
    ]);
    expect(q.byTable).toEqual([
      { table: 'customers', count: 4 },
      { table: 'orders', count: 2 },
    ]);
    expect(q.topColumns[0]).toEqual({ table: 'customers', column: '手机', count: 2 });
    expect(q.topColumns.find((c) => c.column === '最近购买日期')?.count).toBe(1);
    expect(q.duplicateExamples).toEqual([
      {
        kind: 'exact',
        matchedOn: 'phone: +8613800138000',
        survivorRow: 2,
        rows: [2, 12],
        names: ['王芳', '王芳'],
        similarity: 1,
      },
    ]);
    expect(new Set(q.issueExamples.map((i) => i.kind)).size).toBe(4);
  });
});

function stats(partial: Partial<PurchaseStats>): PurchaseStats {
  return {
    firstPurchase: null,
    lastPurchase: null,
    orderCount: 0,
    totalSpend: 0,
    refunds: 0,
    refundTotal: 0,
    source: 'orders',
    ...partial,
  };
}
