import type { RenderContext } from '../renderContext.ts';
import { reportHighlights } from '../reportHighlights.ts';
import { markdownTable, escapeMarkdown as md } from './markdownParts.ts';

/** Highlights and the KPI table. */
export function kpisMd(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
  const k = model.kpis;
  const lifecycle = k.lifecycleDays;
  const share = (n: number) => fmt.percent(k.customers > 0 ? n / k.customers : null);
  const refunds = k.refunds > 0 ? ` · ${t.refundNote(fmt.count(k.refunds), fmt.money(k.refundTotal))}` : '';
  const rows: string[][] = [
    [t.customers, fmt.count(k.customers), t.buyersNote(fmt.count(k.buyers))],
    [t.newInPeriod, fmt.count(k.newInPeriod), t.periodNote(k.period.from, k.period.to, k.period.days)],
    [
      t.active,
      fmt.count(k.active),
      t.activeNote(`≤ ${lifecycle.activeMaxDays}`, lifecycle.newMaxDays, share(k.active)),
    ],
    [
      t.atRisk,
      fmt.count(k.atRisk),
      t.lastPurchaseAgo(`${lifecycle.activeMaxDays + 1}–${lifecycle.atRiskMaxDays}`, share(k.atRisk)),
    ],
    [t.churned, fmt.count(k.churned), t.lastPurchaseAgo(`> ${lifecycle.atRiskMaxDays}`, share(k.churned))],
    [t.revenueAllTime, fmt.money(k.revenue), t.revenueNote(fmt.count(k.orders)) + refunds],
    [t.averageOrderValue, fmt.money(k.averageOrderValue), t.aovNote(fmt.count(k.orders))],
    [
      t.repurchaseRate,
      fmt.percent(k.repurchaseRate),
      t.repurchaseNote(fmt.count(k.repeatBuyers), fmt.count(k.buyers)),
    ],
    [
      t.top20Share,
      fmt.percent(k.top20RevenueShare),
      t.top20Note(fmt.count(k.top20Customers), fmt.count(k.buyers)),
    ],
    [t.complaintsOpen, fmt.count(k.complaintsOpen), ''],
    [t.complaintsClosed, fmt.count(k.complaintsClosed), ''],
    [
      t.meanResolutionDays,
      k.meanResolutionDays === null ? t.notAvailable : t.days(fmt.decimal(k.meanResolutionDays, 1)),
      t.resolutionNote(fmt.count(k.resolvedWithDates)),
    ],
  ];
  if (k.satisfaction !== null) {
    rows.push([
      t.satisfaction,
      `${fmt.decimal(k.satisfaction.mean, 2)} / ${k.satisfaction.scale}`,
      t.satisfactionNote(k.satisfaction.scale, fmt.count(k.satisfaction.responses)),
    ]);
  }
  if (k.clv !== null) {
    rows.push(
      [t.predictedPurchases(k.clv.horizonMonths), fmt.decimal(k.clv.predictedPurchases, 1), ''],
      [t.predictedRevenue(k.clv.horizonMonths), fmt.money(k.clv.predictedRevenue), ''],
      [
        t.valueAtStake,
        fmt.money(k.clv.valueAtStake),
        t.valueAtStakeNote(fmt.count(k.clv.atRiskCustomers), k.clv.horizonMonths),
      ],
    );
  }
  const highlights = reportHighlights(ctx).map((h) => `- ${md(h)}`);
  const summary = highlights.length === 0 ? '' : `**${md(t.highlights)}**\n\n${highlights.join('\n')}\n\n`;
  return `## ${md(t.kpiHeading)}\n\n${summary}${markdownTable([t.metric, t.figure, t.note], rows, [1])}`;
}
