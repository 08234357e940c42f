import { buildDataQuality } from './buildDataQuality.ts';
import { buildDistributions } from './buildDistributions.ts';
import { buildMonthlyTrend } from './buildMonthlyTrend.ts';
import { buildStrategies } from './buildStrategies.ts';
import { computeKpis } from './computeKpis.ts';
import type { ReportInput, ReportModel } from './reportModel.ts';
import { reportTexts } from './reportTexts.ts';
import { summarizeClv } from './summarizeClv.ts';
import { summarizeFollowUps } from './summarizeFollowUps.ts';

const DEFAULT_PERIOD_DAYS = 30;

/**
 * The report model: KPIs, distributions, the 12-month trend,
 * data quality, the strategy per segment, follow-ups due and, when computed, CLV. Plain JSON
 * data in `config.language`; single passes over customers and orders.
 */
export function buildReport(input: ReportInput): ReportModel {
  const { config, today } = input;
  const language = config.language;
  const periodDays =
    input.periodDays !== undefined && Number.isInteger(input.periodDays) && input.periodDays > 0
      ? input.periodDays
      : DEFAULT_PERIOD_DAYS;
  const distributions = buildDistributions(input.customers, language);
  const purchaseSource = input.orders !== null ? 'orders' : 'summary';
  return {
    version: 1,
    title: input.title?.trim() || reportTexts(language).defaultTitle,
    language,
    today,
    currency: input.currency ?? '',
    sources: {
      customerRows: input.customers.length,
      orderRows: input.orders === null ? null : input.orders.length,
      purchaseSource,
      complaints: input.complaints.length,
    },
    kpis: computeKpis(input, periodDays),
    distributions,
    trend: input.orders === null ? null : buildMonthlyTrend(input.customers, input.orders, today),
    dataQuality: buildDataQuality(input.customers, input.review, input.issues, language),
    strategies: buildStrategies(distributions.segment, config),
    followUps: summarizeFollowUps(input.followUps, today, language),
    clv: input.clv === null ? null : summarizeClv(input.clv, input.customers),
  };
}
