import type { RenderContext } from '../renderContext.ts';
import { markdownTable, escapeMarkdown as md } from './markdownParts.ts';

/** The 12-month trend table. */
export function trendMd({ model, t, fmt }: RenderContext): string {
  if (model.trend === null) return `## ${md(t.trendHeading)}\n\n${md(t.noTrend)}`;
  const table = markdownTable(
    [t.month, t.newCustomers, t.activeCustomers, t.orders, t.revenue],
    model.trend.map((m) => [
      m.month,
      fmt.count(m.newCustomers),
      fmt.count(m.activeCustomers),
      fmt.count(m.orders),
      fmt.money(m.revenue),
    ]),
    [1, 2, 3, 4],
  );
  return `## ${md(t.trendHeading)}\n\n${md(t.trendIntro)}\n\n${table}`;
}
