import type { RenderContext } from '../renderContext.ts';
import type { DistributionRow } from '../reportModel.ts';
import { distributionTable } from '../reportTables.ts';
import { shareBarChartSvg } from '../svg/shareBarChart.ts';
import { h3, section, textTableHtml } from './htmlParts.ts';

/** Segment, 8-class, lifecycle and value-tier mix: paired share bars and a table each. */
export function distributionsHtml(ctx: RenderContext): string {
  const { model, t } = ctx;
  const d = model.distributions;
  const blocks = [
    block(ctx, 'segment', t.bySegment, d.segment),
    block(ctx, 'group8', t.byGroup8, d.group8),
    block(ctx, 'lifecycle', t.byLifecycle, d.lifecycle),
    block(ctx, 'value-tier', t.byValueTier, d.valueTier),
  ];
  return section('mix', t.distributionsHeading, `<div class="mix-grid">${blocks.join('')}</div>`);
}

function block(ctx: RenderContext, id: string, heading: string, rows: DistributionRow<string>[]): string {
  const { t, fmt } = ctx;
  const shown = rows.filter((r) => r.customers > 0 || r.revenue !== 0);
  const chart = shareBarChartSvg({
    id: `chart-${id}`,
    title: t.chartCustomersBy(heading),
    description: shown
      .map((r) => `${r.label}: ${fmt.percent(r.customerShare)} / ${fmt.percent(r.revenueShare)}`)
      .join('; '),
    series: [t.customerShare, t.revenueShare],
    rows: shown.map((r) => ({ label: r.label, first: r.customerShare, second: r.revenueShare })),
    format: (s) => fmt.percent(s),
  });
  const table = textTableHtml(distributionTable(ctx, rows), rows.length > 6 ? 'mix compact' : 'mix');
  return `<div class="card mix-card" id="mix-${id}">${h3(heading)}${chart}${table}</div>`;
}
