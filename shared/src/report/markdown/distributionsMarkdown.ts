import type { RenderContext } from '../renderContext.ts';
import type { DistributionRow } from '../reportModel.ts';
import { markdownTable, escapeMarkdown as md } from './markdownParts.ts';

/** Segment, 8-class, lifecycle and value-tier tables with totals. */
export function distributionsMd(ctx: RenderContext): string {
  const { model, t } = ctx;
  const d = model.distributions;
  const blocks = [
    distributionMd(ctx, t.bySegment, d.segment),
    distributionMd(ctx, t.byGroup8, d.group8),
    distributionMd(ctx, t.byLifecycle, d.lifecycle),
    distributionMd(ctx, t.byValueTier, d.valueTier),
  ];
  return `## ${md(t.distributionsHeading)}\n\n${blocks.join('\n\n')}`;
}

function distributionMd({ t, fmt }: RenderContext, heading: string, rows: DistributionRow<string>[]): string {
  let customers = 0;
  let revenue = 0;
  let customerShare = 0;
  let revenueShare = 0;
  const body = rows.map((r) => {
    customers += r.customers;
    revenue += r.revenue;
    customerShare += r.customerShare;
    revenueShare += r.revenueShare;
    return [
      r.label,
      fmt.count(r.customers),
      fmt.percent(r.customerShare),
      fmt.money(r.revenue),
      fmt.percent(r.revenueShare),
    ];
  });
  body.push([
    t.total,
    fmt.count(customers),
    fmt.percent(customerShare),
    fmt.money(revenue),
    fmt.percent(revenueShare),
  ]);
  const table = markdownTable(
    [t.category, t.customerCount, t.customerShareShort, t.revenue, t.revenueShareShort],
    body,
    [1, 2, 3, 4],
  );
  return `### ${md(heading)}\n\n${table}`;
}
