import { escapeHtml } from '../escapeHtml.ts';
import type { RenderContext } from '../renderContext.ts';
import { trendTable } from '../reportTables.ts';
import { columnChartSvg } from '../svg/columnChart.ts';
import { compactNumber } from '../svg/compactNumber.ts';
import { lineChartSvg } from '../svg/lineChart.ts';
import { paragraph, section, textTableHtml } from './htmlParts.ts';

/** The 12-month trend: revenue columns, new/active customer lines and the figures. */
export function trendHtml(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
  const trend = model.trend;
  if (trend === null) return section('trend', t.trendHeading, paragraph(t.noTrend, 'empty'));
  const labels = trend.map((m) => shortMonth(m.month));
  const compact = (v: number) => compactNumber(v, model.language);
  const revenue = columnChartSvg({
    id: 'chart-trend-revenue',
    title: t.trendChartTitle,
    description: trend.map((m) => `${m.month}: ${fmt.money(m.revenue)}`).join('; '),
    labels,
    values: trend.map((m) => m.revenue),
    format: compact,
    color: '#3b6fd8',
    partial: trend.map((m) => m.partial),
  });
  const customers = lineChartSvg({
    id: 'chart-trend-customers',
    title: t.trendCustomersChartTitle,
    description: trend
      .map(
        (m) => `${m.month}: ${t.newCustomers} ${m.newCustomers}, ${t.activeCustomers} ${m.activeCustomers}`,
      )
      .join('; '),
    labels,
    series: [
      { name: t.activeCustomers, color: '#3b6fd8', values: trend.map((m) => m.activeCustomers) },
      { name: t.newCustomers, color: '#1f9d74', values: trend.map((m) => m.newCustomers) },
    ],
    format: compact,
    partialLast: trend[trend.length - 1]?.partial === true,
  });
  const table = textTableHtml(trendTable(ctx, trend), 'compact');
  const charts =
    `<div class="chart-pair"><figure class="card"><figcaption>${escapeHtml(t.trendChartTitle)}</figcaption>${revenue}</figure>` +
    `<figure class="card"><figcaption>${escapeHtml(t.trendCustomersChartTitle)}</figcaption>${customers}</figure></div>`;
  return section('trend', t.trendHeading, `${charts}${table}`, t.trendIntro);
}

/** 2026-03 → 26-03: twelve labels must fit under narrow columns. */
function shortMonth(month: string): string {
  return `${month.slice(2, 4)}-${month.slice(5, 7)}`;
}
