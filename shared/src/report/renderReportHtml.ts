import type { Language } from '../model/keys.ts';
import { escapeHtml } from './escapeHtml.ts';
import { clvHtml } from './html/clvHtml.ts';
import { cohortsHtml } from './html/cohortsHtml.ts';
import { comparisonHtml } from './html/comparisonHtml.ts';
import { dataQualityHtml } from './html/dataQualityHtml.ts';
import { definitionsHtml } from './html/definitionsHtml.ts';
import { distributionsHtml } from './html/distributionsHtml.ts';
import { followUpsHtml } from './html/followUpsHtml.ts';
import { kpiCardsHtml } from './html/kpiCardsHtml.ts';
import { loyaltyHtml } from './html/loyaltyHtml.ts';
import { migrationHtml } from './html/migrationHtml.ts';
import { ownersHtml } from './html/ownersHtml.ts';
import { REPORT_CSS } from './html/reportStyles.ts';
import { strategiesHtml } from './html/strategiesHtml.ts';
import { topCustomersHtml } from './html/topCustomersHtml.ts';
import { trendHtml } from './html/trendHtml.ts';
import { type RenderContext, renderContext } from './renderContext.ts';
import type { ReportModel } from './reportModel.ts';

/** The document's `lang` attribute (BCP 47), so browsers pick the right fonts and hyphenation. */
const HTML_LANG: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

/**
 * The report as one self-contained HTML document: inline CSS and SVG charts, no script, font,
 * image or other request, so it opens offline and prints cleanly. Every user string is escaped.
 */
export function renderReportHtml(model: ReportModel): string {
  const ctx = renderContext(model);
  const { t } = ctx;
  const sections = [
    kpiCardsHtml(ctx),
    comparisonHtml(ctx),
    ownersHtml(ctx),
    trendHtml(ctx),
    migrationHtml(ctx),
    cohortsHtml(ctx),
    loyaltyHtml(ctx),
    topCustomersHtml(ctx),
    distributionsHtml(ctx),
    clvHtml(ctx),
    strategiesHtml(ctx),
    followUpsHtml(ctx),
    dataQualityHtml(ctx),
    definitionsHtml(ctx),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${HTML_LANG[model.language]}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No network at all: a CSP forbids any load the markup might still trigger.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(`${model.title} · ${model.today}`)}</title>`,
    `<style>${REPORT_CSS}</style></head>`,
    `<body>${headerHtml(ctx)}<main class="page">${sections.join('')}`,
    `<footer>${escapeHtml(t.footer(model.today))}</footer></main></body></html>`,
  ].join('\n');
}

function headerHtml({ model, t, fmt }: RenderContext): string {
  const s = model.sources;
  const sources = [t.sourceCustomers(fmt.count(s.customerRows))];
  sources.push(s.orderRows === null ? t.sourceSummary : t.sourceOrders(fmt.count(s.orderRows)));
  if (s.complaints > 0) sources.push(t.sourceComplaints(fmt.count(s.complaints)));
  const toc: [string, string][] = [
    ['kpis', t.kpiHeading],
    ['comparison', t.comparisonHeading],
    ['owners', t.ownersHeading],
    ['trend', t.trendHeading],
    ['migration', t.migrationHeading],
    ['cohorts', t.cohortsHeading],
    ['loyalty', t.loyaltyHeading],
    ['top', t.topCustomersHeading(model.topCustomers.length)],
    ['mix', t.distributionsHeading],
  ];
  if (model.clv !== null) toc.push(['clv', t.clvHeading]);
  toc.push(
    ['strategy', t.strategyHeading],
    ['followups', t.followUpsHeading],
    ['quality', t.qualityHeading],
    ['definitions', t.definitionsHeading],
  );
  return (
    `<header class="report-head"><div class="inner"><h1>${escapeHtml(model.title)}</h1>` +
    '<div class="meta-line">' +
    meta(t.asOf, model.today) +
    meta(t.language, t.languageName) +
    meta(t.sources, sources.join(t.listSeparator)) +
    '</div>' +
    model.moneyNotes
      .map((note) => `<p class="caution"><b>${escapeHtml(t.moneyCaution)}</b>${escapeHtml(note)}</p>`)
      .join('') +
    `<nav class="toc" aria-label="${escapeHtml(t.contents)}">${toc
      .map(([id, text]) => `<a href="#${id}">${escapeHtml(text)}</a>`)
      .join('')}</nav></div></header>`
  );
}

function meta(label: string, value: string): string {
  return `<span><b>${escapeHtml(label)}</b>${escapeHtml(value)}</span>`;
}
