import { SEGMENT_LABELS } from '../i18n/labels.ts';
import { type Language, SEGMENTS } from '../model/keys.ts';
import type { Cell } from '../model/table.ts';
import { numberFormatter } from '../report/formatNumbers.ts';
import type { ReportModel } from '../report/reportModel.ts';
import { COMPARED_METRICS, type ComparedMetric } from '../report/reportSections.ts';
import type { ReportTexts } from '../report/reportTexts.ts';
import { comparisonHeader, comparisonNotes, noNpsText } from '../report/sectionTables.ts';
import {
  COUNT_FORMAT,
  heading,
  moneyFormat,
  PERCENT_FORMAT,
  REPORT_CHART_COLUMN,
  tableHeader,
} from './reportSheetSections.ts';
import { SHEET_COLORS, type SheetLayoutBuilder } from './sheetLayoutBuilder.ts';

// The sections a manager acts on, in the report sheet: the same figures as the HTML report, as
// numbers with formats, and a native chart where one reads better than the table.

const CHART = { width: 520, height: 280 } as const;
/** A change as Sheets shows it: +12.3% / -4.0%. */
const CHANGE_FORMAT = '+0.0%;-0.0%;0.0%';

function metricFormat(metric: ComparedMetric, currency: string): string {
  if (metric === 'revenue' || metric === 'averageOrderValue') return moneyFormat(currency);
  return metric === 'repeatRate' ? PERCENT_FORMAT : COUNT_FORMAT;
}

/** The period comparison table, the revenues of the three periods as a column chart, the period so far. */
export function comparisonSection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts): void {
  const top = heading(b, t.comparisonHeading);
  const c = model.comparison;
  if (c === null) {
    b.row([t.noComparison]);
    return;
  }
  const label = (from: string) => t.periodLabel(c.period, from);
  b.row([t.comparisonIntro(c.period, label(c.current.from))]);
  tableHeader(b, comparisonHeader(t, c));
  const fmt = numberFormatter(model.currency);
  // The repeat rate's change is a difference of shares: written in percentage points, as text.
  const change = (m: ComparedMetric, value: number | null): Cell =>
    m === 'repeatRate' && value !== null ? t.points(fmt.points(value)) : value;
  const first = b.block(
    COMPARED_METRICS.map((m): Cell[] => [
      t.comparedMetric[m],
      c.current[m],
      c.previous[m],
      change(m, c.changes.previous[m]),
      c.yearAgo[m],
      change(m, c.changes.yearAgo[m]),
    ]),
  );
  COMPARED_METRICS.forEach((m, i) => {
    const format = metricFormat(m, model.currency);
    for (const column of [2, 3, 5])
      b.style({ row: first + i, column, rows: 1, columns: 1 }, { numberFormat: format });
  });
  b.style(
    { row: first, column: 4, rows: COMPARED_METRICS.length, columns: 1 },
    { numberFormat: CHANGE_FORMAT },
  );
  b.style(
    { row: first, column: 6, rows: COMPARED_METRICS.length, columns: 1 },
    { numberFormat: CHANGE_FORMAT },
  );
  b.style({ row: first, column: 1, rows: COMPARED_METRICS.length, columns: 1 }, { bold: true });
  const notes = comparisonNotes({ t, fmt }, c);
  const firstNote = b.block(notes.map((n) => [n]));
  b.style(
    { row: firstNote, column: 1, rows: notes.length, columns: 1 },
    { italic: true, fontColor: SHEET_COLORS.muted },
  );
  b.blank();
  const chartHeader = tableHeader(b, [t.periodWord[c.period], t.revenue]);
  const periods = [c.yearAgo, c.previous, c.current];
  const chartRows = b.block(periods.map((period) => [label(period.from), period.revenue]));
  b.style({ row: chartRows, column: 2, rows: 3, columns: 1 }, { numberFormat: moneyFormat(model.currency) });
  b.chart({
    type: 'COLUMN',
    title: t.comparisonChartTitle(label(c.current.from)),
    data: { row: chartHeader, column: 1, rows: 4, columns: 2 },
    anchor: { row: top, column: REPORT_CHART_COLUMN },
    ...CHART,
  });
}

/** Per owner, the period's revenue first (so the bar chart's data is one block), then the rest. */
export function ownersSection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts): void {
  const top = heading(b, t.ownersHeading);
  const c = model.comparison;
  const label = c === null ? '' : t.periodLabel(c.period, c.current.from);
  const header = tableHeader(b, [
    t.owner,
    t.revenueInPeriod(label),
    t.revenueAllTime,
    t.customerCount,
    t.buyersHeader,
    t.atRisk,
    t.churned,
    t.followUpsOpen,
    t.followUpsOverdue,
  ]);
  const first = b.block(
    model.owners.map((o): Cell[] => [
      o.owner ?? t.unassigned,
      o.revenueInPeriod,
      o.revenue,
      o.customers,
      o.buyers,
      o.atRisk,
      o.churned,
      o.followUpsOpen,
      o.followUpsOverdue,
    ]),
  );
  const n = model.owners.length;
  b.style({ row: first, column: 2, rows: n, columns: 2 }, { numberFormat: moneyFormat(model.currency) });
  b.style({ row: first, column: 4, rows: n, columns: 6 }, { numberFormat: COUNT_FORMAT });
  if (c === null || n === 0) return;
  b.chart({
    type: 'BAR',
    title: t.ownersChartTitle(label),
    data: { row: header, column: 1, rows: n + 1, columns: 2 },
    anchor: { row: top, column: REPORT_CHART_COLUMN },
    ...CHART,
  });
}

/** The migration matrix (segment then × segment now) and the moves to act on, with names. */
export function migrationSection(
  b: SheetLayoutBuilder,
  model: ReportModel,
  t: ReportTexts,
  language: Language,
): void {
  heading(b, t.migrationHeading);
  const m = model.migration;
  if (m === null) {
    b.row([t.noMigration]);
    return;
  }
  b.row([t.migrationIntro(m.from, m.to)]);
  const rows = SEGMENTS.filter((s) => m.matrix.some((cell) => cell.from === s));
  const columns = SEGMENTS.filter((s) => m.matrix.some((cell) => cell.to === s));
  const count = new Map(m.matrix.map((cell) => [`${cell.from}>${cell.to}`, cell.customers]));
  tableHeader(b, [
    `${t.segmentThen(m.from)} ↓ · ${t.segmentNow} →`,
    ...columns.map((s) => SEGMENT_LABELS[s][language]),
  ]);
  const first = b.block(
    rows.map((from): Cell[] => [
      SEGMENT_LABELS[from][language],
      ...columns.map((to) => count.get(`${from}>${to}`) ?? null),
    ]),
  );
  b.style({ row: first, column: 1, rows: rows.length, columns: 1 }, { bold: true });
  b.style(
    { row: first, column: 2, rows: rows.length, columns: columns.length },
    { numberFormat: COUNT_FORMAT },
  );
  if (m.highlights.length === 0) {
    b.row([t.noMigrationMoves]);
    return;
  }
  b.blank();
  tableHeader(b, [t.migrationHighlights, t.customerCount, t.customer]);
  const moves = b.block(
    m.highlights.map((h): Cell[] => [
      `${t.migrationDirection[h.direction]}: ${t.migrationMove(SEGMENT_LABELS[h.from][language], SEGMENT_LABELS[h.to][language])}`,
      h.customers,
      h.names
        .map((n) => {
          const who = n.name ?? n.id ?? `#${n.row}`;
          return n.owner === null ? who : t.withOwner(who, n.owner);
        })
        .join(t.listSeparator),
    ]),
  );
  b.style({ row: moves, column: 3, rows: m.highlights.length, columns: 1 }, { wrap: true });
}

/** Cohorts by first-purchase month and the share of each buying again month by month. */
export function cohortsSection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts): void {
  heading(b, t.cohortsHeading);
  const cohorts = model.cohorts;
  if (cohorts === null) {
    b.row([t.noCohorts]);
    return;
  }
  b.row([t.cohortsIntro]);
  const width = Math.max(0, ...cohorts.map((c) => c.retention.length));
  tableHeader(b, [
    t.cohort,
    t.customerCount,
    ...Array.from({ length: width }, (_, k) => t.monthOffset(k + 1)),
  ]);
  const first = b.block(
    cohorts.map((c): Cell[] => [
      c.cohort,
      c.customers,
      ...Array.from({ length: width }, (_, k) => (c.customers === 0 ? null : (c.retention[k] ?? null))),
    ]),
  );
  b.style({ row: first, column: 2, rows: cohorts.length, columns: 1 }, { numberFormat: COUNT_FORMAT });
  b.style({ row: first, column: 3, rows: cohorts.length, columns: width }, { numberFormat: PERCENT_FORMAT });
}

/** Repeat purchase rate, satisfaction, NPS and complaint resolution. */
export function loyaltySection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts): void {
  heading(b, t.loyaltyHeading);
  const l = model.loyalty;
  const first = b.block([
    [t.repurchaseRate, l.repeatPurchaseRate],
    [t.satisfaction, l.satisfactionMean],
    [t.nps, l.nps ?? noNpsText({ t, fmt: numberFormatter('') }, l)],
    [t.resolutionRate, l.resolutionRate],
  ]);
  b.style({ row: first, column: 1, rows: 4, columns: 1 }, { bold: true });
  b.style({ row: first, column: 2, rows: 1, columns: 1 }, { numberFormat: PERCENT_FORMAT });
  b.style({ row: first + 1, column: 2, rows: 1, columns: 1 }, { numberFormat: '0.00' });
  b.style({ row: first + 2, column: 2, rows: 1, columns: 1 }, { numberFormat: '0' });
  b.style({ row: first + 3, column: 2, rows: 1, columns: 1 }, { numberFormat: PERCENT_FORMAT });
}

/** The top customers by revenue with segment, owner and trend. */
export function topCustomersSection(
  b: SheetLayoutBuilder,
  model: ReportModel,
  t: ReportTexts,
  language: Language,
): void {
  heading(b, t.topCustomersHeading(model.topCustomers.length));
  tableHeader(b, [
    t.customer,
    t.revenueAllTime,
    t.segment,
    t.owner,
    t.revenueLast12,
    t.revenuePrior12,
    t.trend,
  ]);
  const first = b.block(
    model.topCustomers.map((c): Cell[] => [
      c.name ?? c.id ?? `#${c.row}`,
      c.revenue,
      SEGMENT_LABELS[c.segment][language],
      c.owner ?? t.unassigned,
      c.revenueLast12,
      c.revenuePrior12,
      c.trend === null ? '' : t.trendLabel[c.trend],
    ]),
  );
  const n = model.topCustomers.length;
  b.style({ row: first, column: 2, rows: n, columns: 1 }, { numberFormat: moneyFormat(model.currency) });
  b.style({ row: first, column: 5, rows: n, columns: 2 }, { numberFormat: moneyFormat(model.currency) });
}

/** The one definition of each term. */
export function definitionsSection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts): void {
  heading(b, t.definitionsHeading);
  tableHeader(b, [t.term, t.meaning]);
  const first = b.block(model.definitions.map((d) => [d.label, d.text]));
  b.style({ row: first, column: 1, rows: model.definitions.length, columns: 1 }, { bold: true });
  b.style({ row: first, column: 2, rows: model.definitions.length, columns: 1 }, { wrap: true });
}
