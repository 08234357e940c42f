import { clvMd } from './markdown/clvMarkdown.ts';
import { dataQualityMd } from './markdown/dataQualityMarkdown.ts';
import { distributionsMd } from './markdown/distributionsMarkdown.ts';
import { followUpsMd } from './markdown/followUpsMarkdown.ts';
import { headerMd } from './markdown/headerMarkdown.ts';
import { kpisMd } from './markdown/kpisMarkdown.ts';
import { escapeMarkdown as md } from './markdown/markdownParts.ts';
import {
  cohortsMd,
  comparisonMd,
  definitionsMd,
  loyaltyMd,
  migrationMd,
  ownersMd,
  topCustomersMd,
} from './markdown/sectionsMarkdown.ts';
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
    comparisonMd(ctx),
    ownersMd(ctx),
    trendMd(ctx),
    migrationMd(ctx),
    cohortsMd(ctx),
    loyaltyMd(ctx),
    topCustomersMd(ctx),
    distributionsMd(ctx),
    clvMd(ctx),
    strategiesMd(ctx),
    followUpsMd(ctx),
    dataQualityMd(ctx),
    definitionsMd(ctx),
    `---\n\n${md(ctx.t.footer(model.today))}`,
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
