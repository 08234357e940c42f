import type { Language } from '../model/keys.ts';
import type { Cell } from '../model/table.ts';
import type { SheetLayout } from '../ports/sheetLayout.ts';
import { groupThousands, numberFormatter } from '../report/formatNumbers.ts';
import type { ReportModel } from '../report/reportModel.ts';
import { type ReportTexts, reportTexts } from '../report/reportTexts.ts';
import {
  cohortsSection,
  comparisonSection,
  definitionsSection,
  loyaltySection,
  migrationSection,
  ownersSection,
  topCustomersSection,
} from './reportSheetActionSections.ts';
import {
  COUNT_FORMAT,
  dataQualitySection,
  distributionSection,
  followUpsSection,
  heading,
  moneyFormat,
  PERCENT_FORMAT,
  strategySection,
  tableHeader,
  trendSection,
} from './reportSheetSections.ts';
import { SHEET_COLORS, SheetLayoutBuilder } from './sheetLayoutBuilder.ts';

/** Widths of columns A–G: labels, figures, then the wide text columns of strategy and tasks. */
const COLUMN_WIDTHS = [190, 110, 100, 130, 110, 300, 300];

type KpiFormat = 'count' | 'money' | 'percent' | 'days' | 'decimal';
type Kpi = [label: string, value: number | null, format: KpiFormat, note: string];

const METRIC_HEADER = { zh: ['指标', '数值', '说明'], en: ['Metric', 'Figure', 'Note'] } as const;

/**
 * The "客户报告 / Report YYYY-MM-DD" sheet of the one-click report: title and as-of date,
 * the KPI block, distributions with native charts (segments, lifecycle, monthly trend), data
 * quality, strategy per segment, follow-ups due and, when computed, CLV. Formatted for a manager:
 * bold headers, number and percent formats, wide wrapped text columns.
 */
export function reportSheetLayout(model: ReportModel, language: Language): SheetLayout {
  const t = reportTexts(language);
  const b = new SheetLayoutBuilder(COLUMN_WIDTHS);
  b.row([model.title]);
  b.merge({ row: 1, column: 1, rows: 1, columns: 6 });
  b.style(
    { row: 1, column: 1, rows: 1, columns: 1 },
    { bold: true, fontSize: 18, fontColor: SHEET_COLORS.sectionText },
  );
  b.row([`${t.asOf} ${model.today} · ${sourcesText(model, t)}`]);
  b.style({ row: 2, column: 1, rows: 1, columns: 1 }, { italic: true, fontColor: SHEET_COLORS.muted });
  for (const note of model.moneyNotes) {
    const row = b.row([`${t.moneyCaution}: ${note}`]);
    b.style(
      { row, column: 1, rows: 1, columns: 1 },
      { bold: true, background: SHEET_COLORS.todayBackground },
    );
  }
  b.freeze(1);

  kpiSection(b, model, t, language);
  comparisonSection(b, model, t);
  ownersSection(b, model, t);
  migrationSection(b, model, t, language);
  cohortsSection(b, model, t);
  loyaltySection(b, model, t);
  topCustomersSection(b, model, t, language);
  distributionSection(b, model, t, t.bySegment, model.distributions.segment, 'PIE');
  distributionSection(b, model, t, t.byGroup8, model.distributions.group8, null);
  distributionSection(b, model, t, t.byLifecycle, model.distributions.lifecycle, 'COLUMN');
  distributionSection(b, model, t, t.byValueTier, model.distributions.valueTier, null);
  trendSection(b, model, t);
  dataQualitySection(b, model, t);
  strategySection(b, model, t, language);
  followUpsSection(b, model, t, language);
  clvSection(b, model, t);
  definitionsSection(b, model, t);
  b.blank();
  const footer = b.row([t.footer(model.today)]);
  b.style({ row: footer, column: 1, rows: 1, columns: 1 }, { italic: true, fontColor: SHEET_COLORS.muted });
  return b.build();
}

function sourcesText(model: ReportModel, t: ReportTexts): string {
  const s = model.sources;
  const parts = [t.sourceCustomers(String(s.customerRows))];
  parts.push(s.orderRows === null ? t.sourceSummary : t.sourceOrders(String(s.orderRows)));
  if (s.complaints > 0) parts.push(t.sourceComplaints(String(s.complaints)));
  return parts.join(' · ');
}

function kpiSection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts, language: Language): void {
  const k = model.kpis;
  const count = (n: number) => groupThousands(n.toFixed(0));
  const days = k.lifecycleDays;
  const share = (n: number) => numberFormatter('').percent(k.customers > 0 ? n / k.customers : null);
  const kpis: Kpi[] = [
    [t.customers, k.customers, 'count', t.buyersNote(count(k.buyers))],
    [t.newInPeriod, k.newInPeriod, 'count', t.periodNote(k.period.from, k.period.to, k.period.days)],
    [t.active, k.active, 'count', t.activeNote(`≤ ${days.activeMaxDays}`, days.newMaxDays, share(k.active))],
    [
      t.atRisk,
      k.atRisk,
      'count',
      t.lastPurchaseAgo(`${days.activeMaxDays + 1}–${days.atRiskMaxDays}`, share(k.atRisk)),
    ],
    [t.churned, k.churned, 'count', t.lastPurchaseAgo(`> ${days.atRiskMaxDays}`, share(k.churned))],
    [t.repurchaseRate, k.repurchaseRate, 'percent', t.repurchaseNote(count(k.repeatBuyers), count(k.buyers))],
    [
      t.revenueAllTime,
      k.revenue,
      'money',
      t.revenueNote(count(k.orders)) +
        (k.refunds > 0
          ? ` · ${t.refundNote(count(k.refunds), numberFormatter(model.currency).money(k.refundTotal))}`
          : ''),
    ],
    [t.averageOrderValue, k.averageOrderValue, 'money', t.aovNote(count(k.orders))],
    [t.top20Share, k.top20RevenueShare, 'percent', t.top20Note(count(k.top20Customers), count(k.buyers))],
    [t.complaintsOpen, k.complaintsOpen, 'count', ''],
    [t.complaintsClosed, k.complaintsClosed, 'count', ''],
    [t.meanResolutionDays, k.meanResolutionDays, 'days', t.resolutionNote(count(k.resolvedWithDates))],
  ];
  if (k.satisfaction) {
    kpis.push([
      t.satisfaction,
      k.satisfaction.mean,
      'decimal',
      t.satisfactionNote(k.satisfaction.scale, count(k.satisfaction.responses)),
    ]);
  }
  if (k.clv) {
    kpis.push(
      [t.predictedPurchases(k.clv.horizonMonths), k.clv.predictedPurchases, 'decimal', ''],
      [t.predictedRevenue(k.clv.horizonMonths), k.clv.predictedRevenue, 'money', ''],
      [
        t.valueAtStake,
        k.clv.valueAtStake,
        'money',
        t.valueAtStakeNote(count(k.clv.atRiskCustomers), k.clv.horizonMonths),
      ],
    );
  }
  heading(b, t.kpiHeading);
  tableHeader(b, [...METRIC_HEADER[language]]);
  const first = b.block(kpis.map(([name, value, , note]): Cell[] => [name, value ?? t.notAvailable, note]));
  b.style({ row: first, column: 1, rows: kpis.length, columns: 1 }, { bold: true });
  b.style(
    { row: first, column: 2, rows: kpis.length, columns: 1 },
    { fontSize: 12, horizontalAlignment: 'right' },
  );
  // One style per KPI row: the count of KPIs is fixed, whatever the table's size.
  kpis.forEach(([, , format], i) => {
    b.style(
      { row: first + i, column: 2, rows: 1, columns: 1 },
      { numberFormat: kpiFormat(format, model.currency) },
    );
  });
  b.style({ row: first, column: 3, rows: kpis.length, columns: 1 }, { fontColor: SHEET_COLORS.muted });
}

function kpiFormat(format: KpiFormat, currency: string): string {
  switch (format) {
    case 'count':
      return COUNT_FORMAT;
    case 'money':
      return moneyFormat(currency);
    case 'percent':
      return PERCENT_FORMAT;
    case 'days':
      return '0.0';
    case 'decimal':
      return '#,##0.0';
  }
}

function clvSection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts): void {
  const c = model.clv;
  if (!c) return;
  heading(b, t.clvHeading);
  b.row([t.clvIntro(c.horizonMonths)]);
  const fmt = numberFormatter(model.currency);
  b.row([
    t.clvStake(
      c.horizonMonths,
      fmt.money(c.predictedRevenue),
      fmt.money(c.valueAtStake),
      fmt.count(c.atRiskCustomers),
    ),
  ]);
  const first = b.block([
    [t.totalClv, c.totalClv],
    [t.customersWithClv, c.customersWithClv],
    [t.valueAtStake, c.valueAtStake],
  ]);
  b.style({ row: first, column: 1, rows: 3, columns: 1 }, { bold: true });
  b.style({ row: first, column: 2, rows: 1, columns: 1 }, { numberFormat: moneyFormat(model.currency) });
  b.style({ row: first + 1, column: 2, rows: 1, columns: 1 }, { numberFormat: COUNT_FORMAT });
  b.style({ row: first + 2, column: 2, rows: 1, columns: 1 }, { numberFormat: moneyFormat(model.currency) });
  const fit = b.block([
    [t.modelFit, t.clvFit('BG/NBD', c.fit.bgnbd)],
    ['', t.clvFit('Gamma-Gamma', c.fit.gammaGamma)],
  ]);
  b.style({ row: fit, column: 1, rows: 1, columns: 1 }, { bold: true });
  if (c.atRisk.length === 0) return;
  b.blank();
  tableHeader(b, [t.atRiskCustomersHeading, t.pAlive, t.valueAtStake]);
  const rows = c.atRisk.slice(0, 10);
  const top = b.block(rows.map((r) => [r.name ?? r.id ?? `#${r.row}`, r.pAlive, r.valueAtStake]));
  b.style({ row: top, column: 2, rows: rows.length, columns: 1 }, { numberFormat: PERCENT_FORMAT });
  b.style(
    { row: top, column: 3, rows: rows.length, columns: 1 },
    { numberFormat: moneyFormat(model.currency) },
  );
}
