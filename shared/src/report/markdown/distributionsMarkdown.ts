import type { RenderContext } from '../renderContext.ts';
import type { DistributionRow } from '../reportModel.ts';
import { distributionTable } from '../reportTables.ts';
import { escapeMarkdown as md, textTableMd } from './markdownParts.ts';

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

function distributionMd(ctx: RenderContext, heading: string, rows: DistributionRow<string>[]): string {
  return `### ${md(heading)}\n\n${textTableMd(distributionTable(ctx, rows))}`;
}
