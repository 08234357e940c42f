import { buildCohorts } from './buildCohorts.ts';
import { buildComparison } from './buildComparison.ts';
import { buildDataQuality } from './buildDataQuality.ts';
import { buildDefinitions } from './buildDefinitions.ts';
import { buildDistributions } from './buildDistributions.ts';
import { buildLoyalty } from './buildLoyalty.ts';
import { buildMigration } from './buildMigration.ts';
import { buildMonthlyTrend } from './buildMonthlyTrend.ts';
import { buildOwners } from './buildOwners.ts';
import { buildStrategies } from './buildStrategies.ts';
import { buildTopCustomers } from './buildTopCustomers.ts';
import { computeKpis } from './computeKpis.ts';
import { buildOrderLedger } from './orders/orderLedger.ts';
import { comparedPeriods } from './periods/periodRanges.ts';
import type { ReportInput, ReportModel } from './reportModel.ts';
import { reportTexts } from './reportTexts.ts';
import { summarizeClv } from './summarizeClv.ts';
import { summarizeFollowUps } from './summarizeFollowUps.ts';

/**
 * The report model: KPIs, the period comparison, owners, segment migration, cohorts, loyalty,
 * top customers, distributions, the 12-month trend, data quality, the strategy per segment,
 * follow-ups and, when computed, CLV; with the definitions every section counts by. Plain JSON
 * data in `config.language`. The orders are indexed by customer once (the ledger) and every
 * section that needs them reads that.
 */
export function buildReport(input: ReportInput): ReportModel {
  const { config, today, customers } = input;
  const language = config.language;
  const t = reportTexts(language);
  const distributions = buildDistributions(customers, language);
  const ledger =
    input.orders === null ? null : buildOrderLedger(customers, input.orders, today, input.orderCustomers);
  const period = config.report.period;
  const periods = comparedPeriods(today, period);
  const kpis = computeKpis(input);
  return {
    version: 1,
    title: input.title?.trim() || t.defaultTitle,
    language,
    today,
    currency: input.currency ?? '',
    sources: {
      customerRows: customers.length,
      orderRows: input.orders === null ? null : input.orders.length,
      purchaseSource: input.orders !== null ? 'orders' : 'summary',
      complaints: input.complaints.length,
    },
    moneyNotes: [...(input.moneyNotes ?? [])],
    kpis,
    distributions,
    trend: ledger === null ? null : buildMonthlyTrend(ledger, today),
    dataQuality: buildDataQuality(
      customers,
      input.review,
      input.issues,
      language,
      config.privacy.showContactDetails,
    ),
    strategies: buildStrategies(distributions.segment, config),
    followUps: summarizeFollowUps(input.followUps, today, language, {
      done: input.doneFollowUps?.length ?? 0,
      deferred: input.deferredFollowUps ?? 0,
    }),
    plan: { dailyCapacity: config.followUps.dailyCapacity, horizonDays: config.followUps.horizonDays },
    clv: input.clv === null ? null : summarizeClv(input.clv, customers),
    comparison: ledger === null ? null : buildComparison(ledger, today, period),
    owners: buildOwners(customers, input.followUps, ledger, periods.current),
    migration: ledger === null ? null : buildMigration(customers, ledger, periods.previous.to, today, config),
    cohorts: ledger === null ? null : buildCohorts(ledger, today),
    loyalty: buildLoyalty(customers, kpis, input.npsColumn ?? null),
    topCustomers: buildTopCustomers(customers, ledger),
    definitions: buildDefinitions(config, t),
  };
}
