import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { reportFor } from '../pipeline/reportFor.ts';
import type { SheetLayout } from '../ports/sheetLayout.ts';
import { reportSheetLayout } from './reportSheetLayout.ts';
import { REPORT_CHART_COLUMN } from './reportSheetSections.ts';
import { sampleAnalysis, TODAY } from './sheetsTestFixture.ts';

const cellsOf = (
  layout: SheetLayout,
  block: { row: number; column: number; rows: number; columns: number },
): Cell[][] =>
  layout.rows
    .slice(block.row - 1, block.row - 1 + block.rows)
    .map((r) => r.slice(block.column - 1, block.column - 1 + block.columns));

const rowStarting = (layout: SheetLayout, text: string) => layout.rows.findIndex((r) => r[0] === text) + 1;

describe('reportSheetLayout', () => {
  const analysis = sampleAnalysis(120);
  const model = reportFor(analysis);
  const layout = reportSheetLayout(model, 'zh');

  it('opens with the title and the as-of date', () => {
    expect(layout.rows[0]?.[0]).toBe('客户分析报告');
    expect(String(layout.rows[1]?.[0])).toContain(`数据截至 ${TODAY}`);
    expect(layout.merges[0]).toEqual({ row: 1, column: 1, rows: 1, columns: 6 });
    expect(layout.styles[0]).toMatchObject({ row: 1, bold: true, fontSize: 18 });
  });

  it('writes the KPI block with numbers (not text) and their formats', () => {
    const row = rowStarting(layout, '客户总数');
    expect(layout.rows[row - 1]?.[1]).toBe(120);
    const rate = rowStarting(layout, '复购率');
    expect(layout.rows[rate - 1]?.[1]).toBe(model.kpis.repurchaseRate);
    expect(layout.styles).toContainEqual(
      expect.objectContaining({ row: rate, column: 2, numberFormat: '0.0%' }),
    );
  });

  it('draws native charts for the period, owners, segments, lifecycle and the monthly trend from their own tables', () => {
    expect(layout.charts.map((c) => c.type)).toEqual(['COLUMN', 'BAR', 'PIE', 'COLUMN', 'LINE']);
    const [period, owners, segments, lifecycle, trend] = layout.charts;
    const c = model.comparison;
    expect(cellsOf(layout, period?.data ?? { row: 1, column: 1, rows: 1, columns: 1 }).slice(1)).toEqual(
      [c?.yearAgo, c?.previous, c?.current].map((p) => [
        `${p?.from.slice(0, 4)}年${Number(p?.from.slice(5, 7))}月`,
        p?.revenue,
      ]),
    );
    expect(cellsOf(layout, owners?.data ?? { row: 1, column: 1, rows: 1, columns: 1 }).slice(1)).toEqual(
      model.owners.map((o) => [o.owner ?? '未分配', o.revenueInPeriod]),
    );
    expect(cellsOf(layout, segments?.data ?? { row: 1, column: 1, rows: 1, columns: 1 })).toEqual([
      ['类别', '客户数'],
      ...model.distributions.segment.map((d) => [d.label, d.customers]),
    ]);
    expect(lifecycle?.data.rows).toBe(model.distributions.lifecycle.length + 1);
    // The month today is in is not over: listed in the table, left out of the chart.
    expect(cellsOf(layout, trend?.data ?? { row: 1, column: 1, rows: 1, columns: 1 }).slice(1)).toEqual(
      (model.trend ?? []).slice(0, -1).map((m) => [m.month, m.revenue]),
    );
    expect(layout.rows.some((r) => r[0] === `${TODAY.slice(0, 7)}（未结束）`)).toBe(true);
    for (const chart of layout.charts) {
      expect(chart.anchor.column).toBe(REPORT_CHART_COLUMN);
      expect(chart.data.row + chart.data.rows - 1).toBeLessThanOrEqual(layout.rows.length);
    }
  });

  it('has the data-quality summary, the strategy for each segment and the follow-ups due', () => {
    expect(rowStarting(layout, '数据质量')).toBeGreaterThan(0);
    expect(layout.rows[rowStarting(layout, '检查行数') - 1]?.[1]).toBe(120);
    const strategy = rowStarting(layout, '分群运营策略');
    expect(layout.rows[strategy]?.slice(0, 4)).toEqual(['客户分群', '客户数', '销售额占比', '回访节奏']);
    expect(rowStarting(layout, '待办跟进')).toBeGreaterThan(strategy);
    expect(layout.rows[rowStarting(layout, '跟进任务') - 1]?.[1]).toBe(model.followUps.total);
  });

  it('puts every customer in one cell of the migration matrix and defines each term', () => {
    const matrix = rowStarting(layout, `原分群（${model.migration?.from}） ↓ · 现分群 →`);
    const rows = layout.rows
      .slice(matrix)
      .filter((_, i, all) => all.slice(0, i + 1).every((r) => r[0] !== ''));
    const total = rows
      .flatMap((r) => r.slice(1))
      .reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0);
    expect(total).toBe(120);
    for (const d of model.definitions)
      expect(layout.rows.some((r) => r[0] === d.label && r[1] === d.text)).toBe(true);
  });

  it('is a rectangular grid whose styles stay within it', () => {
    const width = layout.rows[0]?.length ?? 0;
    expect(layout.rows.every((r) => r.length === width)).toBe(true);
    for (const s of layout.styles) {
      expect(s.row + s.rows - 1).toBeLessThanOrEqual(layout.rows.length);
      expect(s.column + s.columns - 1).toBeLessThanOrEqual(width);
    }
  });

  it('keeps the same presentation cost for 120 or 1,200 customers', () => {
    const larger = reportSheetLayout(reportFor(sampleAnalysis(1200)), 'zh');
    expect(larger.styles.length).toBe(layout.styles.length);
    expect(larger.charts.length).toBe(layout.charts.length);
  });

  it('says there is no trend or comparison without an Orders table and draws only the two distribution charts', () => {
    const analysis = sampleAnalysis(20, { orders: false, language: 'en' });
    const english = reportSheetLayout(reportFor(analysis), 'en');
    expect(english.rows[0]?.[0]).toBe('Customer analysis report');
    expect(english.charts.map((c) => c.type)).toEqual(['PIE', 'COLUMN']);
    expect(english.rows.some((r) => String(r[0]).includes('orders'))).toBe(true);
  });
});
