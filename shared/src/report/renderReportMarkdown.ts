import { clvMd } from './markdown/clvMarkdown.ts';
import { dataQualityMd } from './markdown/dataQualityMarkdown.ts';
import { distributionsMd } from './markdown/distributionsMarkdown.ts';
import { followUpsMd } from './markdown/followUpsMarkdown.ts';
import { headerMd } from './markdown/headerMarkdown.ts';
import { kpisMd } from './markdown/kpisMarkdown.ts';
import { escapeMarkdown as md } from './markdown/markdownParts.ts';
import { strategiesMd } from './markdown/strategiesMarkdown.ts';
import { trendMd } from './markdown/trendMarkdown.ts';
import { renderContext } from './renderContext.ts';
import type { ReportModel } from './reportModel.ts';

/** The report as Markdown: the same sections as the HTML report, figures as tables. */
export function renderReportMarkdown(model: ReportModel): string {
  const ctx = renderContext(model);
  const parts = [
    headerMd(ctx),
    kpisMd(ctx),
    trendMd(ctx),
    distributionsMd(ctx),
    clvMd(ctx),
    strategiesMd(ctx),
    followUpsMd(ctx),
    dataQualityMd(ctx),
    `---\n\n${md(ctx.t.footer(model.today))}`,
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
