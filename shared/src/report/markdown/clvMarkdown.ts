import { customerDisplay, type RenderContext } from '../renderContext.ts';
import { markdownTable, escapeMarkdown as md } from './markdownParts.ts';

/** CLV predictions, customers at risk and the CLV distribution. */
export function clvMd({ model, t, fmt }: RenderContext): string {
  const c = model.clv;
  if (c === null) return '';
  const summary = markdownTable(
    [t.metric, t.figure],
    [
      [t.predictedPurchases(c.horizonMonths), fmt.decimal(c.predictedPurchases, 1)],
      [t.predictedRevenue(c.horizonMonths), fmt.money(c.predictedRevenue)],
      [t.totalClv, fmt.money(c.totalClv)],
      [t.customersWithClv, fmt.count(c.customersWithClv)],
      [t.valueAtStake, fmt.money(c.valueAtStake)],
    ],
    [1],
  );
  const atRisk =
    c.atRisk.length === 0
      ? md(t.noAtRisk)
      : markdownTable(
          [t.customer, t.pAlive, t.valueAtStake],
          c.atRisk.map((a) => {
            const who = customerDisplay(a.name, a.id, a.row, t);
            const name = who.secondary === '' ? who.primary : `${who.primary} (${who.secondary})`;
            return [name, fmt.percent(a.pAlive), fmt.money(a.valueAtStake)];
          }),
          [1, 2],
        );
  const distribution = markdownTable(
    [t.clvRange, t.customerCount, t.totalClv],
    c.distribution.map((d) => [d.label, fmt.count(d.customers), fmt.money(d.totalClv)]),
    [1, 2],
  );
  const fit = [
    `${md(t.modelFit)}:`,
    `- ${md(t.clvFit('BG/NBD', c.fit.bgnbd))}`,
    `- ${md(t.clvFit('Gamma-Gamma', c.fit.gammaGamma))}`,
  ].join('\n');
  const notes =
    c.notes.length === 0 ? '' : `\n\n### ${md(t.notes)}\n\n${c.notes.map((n) => `- ${md(n)}`).join('\n')}`;
  const stake = md(
    t.clvStake(
      c.horizonMonths,
      fmt.money(c.predictedRevenue),
      fmt.money(c.valueAtStake),
      fmt.count(c.atRiskCustomers),
    ),
  );
  return (
    `## ${md(t.clvHeading)}\n\n${md(t.clvIntro(c.horizonMonths))}\n\n${summary}\n\n${stake}\n\n` +
    `### ${md(t.atRiskCustomersHeading)}\n\n${atRisk}\n\n### ${md(t.clvDistribution)}\n\n${distribution}\n\n${fit}${notes}`
  );
}
