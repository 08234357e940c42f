import { escapeHtml } from '../escapeHtml.ts';
import type { RenderContext } from '../renderContext.ts';
import { reportHighlights } from '../reportHighlights.ts';
import { h3, kpiCard, section } from './htmlParts.ts';

/** The KPI cards, grouped into customers, sales, service and (with CLV) forecast. */
export function kpiCardsHtml(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
  const k = model.kpis;
  const lifecycle = k.lifecycleDays;
  const share = (n: number) => fmt.percent(k.customers > 0 ? n / k.customers : null);
  const customers = [
    kpiCard('customers', t.customers, fmt.count(k.customers), t.buyersNote(fmt.count(k.buyers))),
    kpiCard(
      'new',
      t.newInPeriod,
      fmt.count(k.newInPeriod),
      t.periodNote(k.period.from, k.period.to, k.period.days),
    ),
    kpiCard(
      'active',
      t.active,
      fmt.count(k.active),
      t.activeNote(`≤ ${lifecycle.activeMaxDays}`, lifecycle.newMaxDays, share(k.active)),
      'good',
    ),
    kpiCard(
      'at-risk',
      t.atRisk,
      fmt.count(k.atRisk),
      t.lastPurchaseAgo(`${lifecycle.activeMaxDays + 1}–${lifecycle.atRiskMaxDays}`, share(k.atRisk)),
      'warn',
    ),
    kpiCard(
      'churned',
      t.churned,
      fmt.count(k.churned),
      t.lastPurchaseAgo(`> ${lifecycle.atRiskMaxDays}`, share(k.churned)),
      'bad',
    ),
  ];
  const refunds = k.refunds > 0 ? ` · ${t.refundNote(fmt.count(k.refunds), fmt.money(k.refundTotal))}` : '';
  const sales = [
    kpiCard('revenue', t.revenueAllTime, fmt.money(k.revenue), t.revenueNote(fmt.count(k.orders)) + refunds),
    kpiCard('aov', t.averageOrderValue, fmt.money(k.averageOrderValue), t.aovNote(fmt.count(k.orders))),
    kpiCard(
      'repurchase',
      t.repurchaseRate,
      fmt.percent(k.repurchaseRate),
      t.repurchaseNote(fmt.count(k.repeatBuyers), fmt.count(k.buyers)),
    ),
    kpiCard(
      'top20',
      t.top20Share,
      fmt.percent(k.top20RevenueShare),
      t.top20Note(fmt.count(k.top20Customers), fmt.count(k.buyers)),
    ),
  ];
  const service = [
    kpiCard(
      'complaints-open',
      t.complaintsOpen,
      fmt.count(k.complaintsOpen),
      '',
      k.complaintsOpen > 0 ? 'warn' : '',
    ),
    kpiCard('complaints-closed', t.complaintsClosed, fmt.count(k.complaintsClosed), ''),
    kpiCard(
      'resolution-days',
      t.meanResolutionDays,
      k.meanResolutionDays === null ? t.notAvailable : t.days(fmt.decimal(k.meanResolutionDays, 1)),
      t.resolutionNote(fmt.count(k.resolvedWithDates)),
    ),
  ];
  if (k.satisfaction !== null) {
    service.push(
      kpiCard(
        'satisfaction',
        t.satisfaction,
        `${fmt.decimal(k.satisfaction.mean, 2)} / ${k.satisfaction.scale}`,
        t.satisfactionNote(k.satisfaction.scale, fmt.count(k.satisfaction.responses)),
      ),
    );
  }
  const groups = [
    group(t.kpiGroupCustomers, customers),
    group(t.kpiGroupSales, sales),
    group(t.kpiGroupService, service),
  ];
  if (k.clv !== null) {
    groups.push(
      group(t.kpiGroupForecast, [
        kpiCard(
          'predicted-purchases',
          t.predictedPurchases(k.clv.horizonMonths),
          fmt.decimal(k.clv.predictedPurchases, 1),
          '',
        ),
        kpiCard(
          'predicted-revenue',
          t.predictedRevenue(k.clv.horizonMonths),
          fmt.money(k.clv.predictedRevenue),
          '',
        ),
        kpiCard(
          'value-at-stake',
          t.valueAtStake,
          fmt.money(k.clv.valueAtStake),
          t.valueAtStakeNote(fmt.count(k.clv.atRiskCustomers), k.clv.horizonMonths),
          k.clv.atRiskCustomers > 0 ? 'bad' : '',
        ),
      ]),
    );
  }
  const highlights = reportHighlights(ctx);
  const summary =
    highlights.length === 0
      ? ''
      : `<div class="card highlights"><h3>${escapeHtml(t.highlights)}</h3><ul>${highlights
          .map((h) => `<li>${escapeHtml(h)}</li>`)
          .join('')}</ul></div>`;
  return section('kpis', t.kpiHeading, summary + groups.join(''));
}

function group(heading: string, cards: string[]): string {
  return `<div class="kpi-group">${h3(heading)}<div class="kpi-grid">${cards.join('')}</div></div>`;
}
