import type { RenderContext } from '../renderContext.ts';
import { trendTable } from '../reportTables.ts';
import { escapeMarkdown as md, textTableMd } from './markdownParts.ts';

/** The 12-month trend table. */
export function trendMd(ctx: RenderContext): string {
  const { model, t } = ctx;
  if (model.trend === null) return `## ${md(t.trendHeading)}\n\n${md(t.noTrend)}`;
  const table = textTableMd(trendTable(ctx, model.trend));
  return `## ${md(t.trendHeading)}\n\n${md(t.trendIntro)}\n\n${table}`;
}
