import { escapeHtml } from '../escapeHtml.ts';
import type { RenderContext } from '../renderContext.ts';
import { COMPARED_METRICS, type ComparedMetric, type ComparisonSection } from '../reportSections.ts';
import { changeText, comparisonNotes, comparisonTable, metricText } from '../sectionTables.ts';
import { columnChartSvg } from '../svg/columnChart.ts';
import { compactNumber } from '../svg/compactNumber.ts';
import { paragraph, section, textTableHtml } from './htmlParts.ts';

/**
 * The last complete period against the one before and a year earlier: a card per metric with its
 * two changes, the table, the three revenues side by side, and the period so far (not compared).
 */
export function comparisonHtml(ctx: RenderContext): string {
  const { model, t } = ctx;
  const c = model.comparison;
  if (c === null) return section('comparison', t.comparisonHeading, paragraph(t.noComparison, 'empty'));
  const label = t.periodLabel(c.period, c.current.from);
  const cards = `<div class="kpi-grid dense">${COMPARED_METRICS.map((m) => card(ctx, c, m)).join('')}</div>`;
  const chart = columnChartSvg({
    id: 'chart-comparison',
    title: t.comparisonChartTitle(label),
    description: [c.yearAgo, c.previous, c.current]
      .map((p) => `${t.periodLabel(c.period, p.from)}: ${ctx.fmt.money(p.revenue)}`)
      .join('; '),
    labels: [c.yearAgo, c.previous, c.current].map((p) => t.periodLabel(c.period, p.from)),
    values: [c.yearAgo.revenue, c.previous.revenue, c.current.revenue],
    format: (v) => compactNumber(v, model.language),
    color: '#24407a',
    width: 340,
  });
  const notes = comparisonNotes(ctx, c);
  const body =
    cards +
    `<div class="comparison-grid"><div class="card">${textTableHtml(comparisonTable(ctx, c), 'comparison')}</div>` +
    `<figure class="card"><figcaption>${escapeHtml(t.comparisonChartTitle(label))}</figcaption>${chart}</figure></div>` +
    notes.map((n) => paragraph(n, 'note')).join('');
  return section('comparison', t.comparisonHeading, body, t.comparisonIntro(c.period, label));
}

function card(ctx: RenderContext, c: ComparisonSection, metric: ComparedMetric): string {
  const { t } = ctx;
  const text = metricText(ctx, metric, c.current);
  const delta = (name: string, change: number | null) =>
    `<span class="delta ${tone(change)}">${escapeHtml(`${name} ${changeText(ctx, metric, change)}`)}</span>`;
  return (
    `<div class="kpi" data-kpi="period-${metric}"><div class="kpi-label">${escapeHtml(t.comparedMetric[metric])}</div>` +
    `<div class="kpi-value">${escapeHtml(text)}</div><div class="kpi-note">` +
    delta(t.changeVsPrevious, c.changes.previous[metric]) +
    delta(t.changeVsYearAgo, c.changes.yearAgo[metric]) +
    '</div></div>'
  );
}

function tone(change: number | null): string {
  if (change === null || Math.abs(change) < 0.0005) return 'flat';
  return change > 0 ? 'up' : 'down';
}
