import { escapeHtml } from '../escapeHtml.ts';
import type { RenderContext } from '../renderContext.ts';
import { ownersTable } from '../sectionTables.ts';
import { columnChartSvg } from '../svg/columnChart.ts';
import { compactNumber } from '../svg/compactNumber.ts';
import { section, textTableHtml } from './htmlParts.ts';

/** Per owner (负责人): the table, and the period's revenue per owner as bars. */
export function ownersHtml(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
  const c = model.comparison;
  const label = c === null ? null : t.periodLabel(c.period, c.current.from);
  const table = textTableHtml(ownersTable(ctx), 'owners');
  if (c === null || label === null || model.owners.length === 0)
    return section('owners', t.ownersHeading, table, t.ownersIntro(label));
  const owners = model.owners;
  const chart = columnChartSvg({
    id: 'chart-owners',
    title: t.ownersChartTitle(label),
    description: owners.map((o) => `${o.owner ?? t.unassigned}: ${fmt.money(o.revenueInPeriod)}`).join('; '),
    labels: owners.map((o) => o.owner ?? t.unassigned),
    values: owners.map((o) => o.revenueInPeriod ?? 0),
    format: (v) => compactNumber(v, model.language),
    color: '#1f9d74',
    width: Math.max(360, Math.min(1100, 80 * owners.length + 80)),
  });
  return section(
    'owners',
    t.ownersHeading,
    `${table}<figure class="card"><figcaption>${escapeHtml(t.ownersChartTitle(label))}</figcaption>${chart}</figure>`,
    t.ownersIntro(label),
  );
}
