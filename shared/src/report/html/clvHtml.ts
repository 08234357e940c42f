import { escapeHtml } from '../escapeHtml.ts';
import { customerDisplay, type RenderContext } from '../renderContext.ts';
import { columnChartSvg } from '../svg/columnChart.ts';
import { compactNumber } from '../svg/compactNumber.ts';
import { h3, htmlTable, kpiCard, paragraph, raw, section } from './htmlParts.ts';

/** CLV and churn risk: predictions, valuable customers at risk, the CLV spread. */
export function clvHtml({ model, t, fmt }: RenderContext): string {
  const c = model.clv;
  if (c === null) return '';
  const cards =
    '<div class="kpi-grid">' +
    kpiCard(
      'clv-purchases',
      t.predictedPurchases(c.horizonMonths),
      fmt.decimal(c.predictedPurchases, 1),
      '',
    ) +
    kpiCard('clv-revenue', t.predictedRevenue(c.horizonMonths), fmt.money(c.predictedRevenue), '') +
    kpiCard(
      'clv-total',
      t.totalClv,
      fmt.money(c.totalClv),
      `${t.customersWithClv}: ${fmt.count(c.customersWithClv)}`,
    ) +
    kpiCard(
      'clv-stake',
      t.valueAtStake,
      fmt.money(c.valueAtStake),
      t.valueAtStakeNote(fmt.count(c.atRiskCustomers), c.horizonMonths),
      c.atRiskCustomers > 0 ? 'bad' : '',
    ) +
    '</div>';
  const atRisk =
    c.atRisk.length === 0
      ? paragraph(t.noAtRisk, 'empty')
      : htmlTable(
          [t.customer, t.pAlive, t.valueAtStake],
          c.atRisk.map((a) => {
            const who = customerDisplay(a.name, a.id, a.row, t);
            return [
              raw(
                `<span class="who">${escapeHtml(who.primary)}</span>` +
                  (who.secondary === '' ? '' : `<span class="sub">${escapeHtml(who.secondary)}</span>`),
              ),
              fmt.percent(a.pAlive),
              fmt.money(a.valueAtStake),
            ];
          }),
          { numeric: [1, 2] },
        );
  const chart = columnChartSvg({
    id: 'chart-clv',
    title: t.clvChartTitle,
    description: c.distribution.map((d) => `${d.label}: ${d.customers}`).join('; '),
    labels: c.distribution.map((d) => d.label),
    values: c.distribution.map((d) => d.customers),
    format: (v) => compactNumber(v, model.language),
    color: '#7a5bd0',
  });
  const distribution = htmlTable(
    [t.clvRange, t.customerCount, t.totalClv],
    c.distribution.map((d) => [d.label, fmt.count(d.customers), fmt.money(d.totalClv)]),
    { numeric: [1, 2] },
  );
  const notes =
    c.notes.length === 0
      ? ''
      : `${h3(t.notes)}<ul class="notes">${c.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`;
  const fit = paragraph(
    `${t.modelFit}: ${t.clvFit('BG/NBD', c.fit.bgnbd)}; ${t.clvFit('Gamma-Gamma', c.fit.gammaGamma)}`,
    'note',
  );
  const stake = paragraph(
    t.clvStake(
      c.horizonMonths,
      fmt.money(c.predictedRevenue),
      fmt.money(c.valueAtStake),
      fmt.count(c.atRiskCustomers),
    ),
    'note',
  );
  return section(
    'clv',
    t.clvHeading,
    `${cards}${stake}<div class="chart-pair"><div class="card">${h3(t.atRiskCustomersHeading)}${atRisk}</div>` +
      `<div class="card">${h3(t.clvDistribution)}${chart}${distribution}</div></div>${fit}${notes}`,
    t.clvIntro(c.horizonMonths),
  );
}
