import type { RenderContext } from '../renderContext.ts';
import { loyaltyTable } from '../sectionTables.ts';
import { kpiCard, section, textTableHtml } from './htmlParts.ts';

/** Loyalty: repeat purchase rate, satisfaction, NPS and complaint resolution, as cards and a table. */
export function loyaltyHtml(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
  const l = model.loyalty;
  const cards =
    '<div class="kpi-grid">' +
    kpiCard('loyalty-repeat', t.repurchaseRate, fmt.percent(l.repeatPurchaseRate), '') +
    kpiCard(
      'loyalty-satisfaction',
      t.satisfaction,
      l.satisfactionMean === null
        ? t.notAvailable
        : `${fmt.decimal(l.satisfactionMean, 2)} / ${l.satisfactionScale}`,
      '',
    ) +
    kpiCard(
      'loyalty-nps',
      t.nps,
      l.nps === null ? t.notAvailable : fmt.decimal(l.nps, 0),
      '',
      l.nps === null ? '' : l.nps >= 30 ? 'good' : l.nps < 0 ? 'bad' : 'warn',
    ) +
    kpiCard('loyalty-resolution', t.resolutionRate, fmt.percent(l.resolutionRate), '') +
    '</div>';
  return section('loyalty', t.loyaltyHeading, cards + textTableHtml(loyaltyTable(ctx)));
}
