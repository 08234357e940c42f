import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, label, PRIORITY_LABELS } from '../i18n/labels.ts';
import type { Language } from '../model/keys.ts';
import type { Cell } from '../model/table.ts';
import type { DistributionRow, ReportModel } from '../report/reportModel.ts';
import type { ReportTexts } from '../report/reportTexts.ts';
import { SHEET_COLORS, type SheetLayoutBuilder } from './sheetLayoutBuilder.ts';

/** Column of the report sheet where charts are anchored (to the right of every table). */
export const REPORT_CHART_COLUMN = 9;
const CHART = { width: 520, height: 280 } as const;

export const COUNT_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.0%';
export const moneyFormat = (currency: string) =>
  currency === '' ? '#,##0.00' : `"${currency.replace(/"/g, '')}"#,##0.00`;

/** A section heading: bold, coloured, one row. */
export function heading(b: SheetLayoutBuilder, text: string): number {
  b.blank();
  const row = b.row([text]);
  b.style(
    { row, column: 1, rows: 1, columns: 1 },
    { bold: true, fontSize: 13, fontColor: SHEET_COLORS.sectionText },
  );
  return row;
}

/** A table header row: bold on the dark band. */
export function tableHeader(b: SheetLayoutBuilder, cells: string[]): number {
  const row = b.row(cells);
  b.style(
    { row, column: 1, rows: 1, columns: cells.length },
    {
      bold: true,
      background: SHEET_COLORS.headerBackground,
      fontColor: SHEET_COLORS.headerText,
      wrap: true,
    },
  );
  return row;
}

/**
 * One distribution (segment, 8-class group, lifecycle, value tier): a table with a total row and,
 * when `chart` is given, a native chart of customers per category next to it.
 */
export function distributionSection<K extends string>(
  b: SheetLayoutBuilder,
  model: ReportModel,
  t: ReportTexts,
  title: string,
  rows: DistributionRow<K>[],
  chart: 'PIE' | 'COLUMN' | null,
): void {
  const top = heading(b, title);
  const header = tableHeader(b, [t.category, t.customerCount, t.customerShare, t.revenue, t.revenueShare]);
  const first = b.block(rows.map((r) => [r.label, r.customers, r.customerShare, r.revenue, r.revenueShare]));
  const customers = rows.reduce((n, r) => n + r.customers, 0);
  const revenue = rows.reduce((n, r) => n + r.revenue, 0);
  const total = b.row([t.total, customers, customers > 0 ? 1 : 0, revenue, revenue > 0 ? 1 : 0]);
  const n = rows.length + 1;
  b.style({ row: first, column: 2, rows: n, columns: 1 }, { numberFormat: COUNT_FORMAT });
  b.style({ row: first, column: 3, rows: n, columns: 1 }, { numberFormat: PERCENT_FORMAT });
  b.style({ row: first, column: 4, rows: n, columns: 1 }, { numberFormat: moneyFormat(model.currency) });
  b.style({ row: first, column: 5, rows: n, columns: 1 }, { numberFormat: PERCENT_FORMAT });
  b.style(
    { row: total, column: 1, rows: 1, columns: 5 },
    { bold: true, background: SHEET_COLORS.totalBackground },
  );
  if (chart && rows.length > 0) {
    b.chart({
      type: chart,
      title: t.chartCustomersBy(title),
      data: { row: header, column: 1, rows: rows.length + 1, columns: 2 },
      anchor: { row: top, column: REPORT_CHART_COLUMN },
      ...CHART,
    });
  }
}

/**
 * The 12-month trend (revenue next to the month, so the chart's data is one block). The month
 * today is in is listed, marked as not over, and left out of the chart: its first days are not a
 * fall.
 */
export function trendSection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts): void {
  const top = heading(b, t.trendHeading);
  if (!model.trend || model.trend.length === 0) {
    b.row([t.noTrend]);
    return;
  }
  const header = tableHeader(b, [t.month, t.revenue, t.orders, t.newCustomers, t.activeCustomers]);
  const first = b.block(
    model.trend.map((m) => [
      m.partial ? t.partialMonth(m.month) : m.month,
      m.revenue,
      m.orders,
      m.newCustomers,
      m.activeCustomers,
    ]),
  );
  const n = model.trend.length;
  const complete = model.trend.filter((m) => !m.partial).length;
  b.style({ row: first, column: 2, rows: n, columns: 1 }, { numberFormat: moneyFormat(model.currency) });
  b.style({ row: first, column: 3, rows: n, columns: 3 }, { numberFormat: COUNT_FORMAT });
  b.chart({
    type: 'LINE',
    title: t.trendChartTitle,
    data: { row: header, column: 1, rows: complete + 1, columns: 2 },
    anchor: { row: top, column: REPORT_CHART_COLUMN },
    ...CHART,
  });
}

/** Data-quality summary: counts, then issues by kind. */
export function dataQualitySection(b: SheetLayoutBuilder, model: ReportModel, t: ReportTexts): void {
  const q = model.dataQuality;
  heading(b, t.qualityHeading);
  const first = b.block([
    [t.rowsChecked, q.rows],
    [t.issuesFound, q.issues],
    [t.exactDuplicates, q.exactDuplicateGroups],
    [t.likelyDuplicates, q.likelyDuplicateGroups],
    [t.rowsWithMissing, q.rowsWithMissing],
    [t.invalidCells, q.invalidCells],
  ]);
  b.style({ row: first, column: 1, rows: 6, columns: 1 }, { bold: true });
  b.style({ row: first, column: 2, rows: 6, columns: 1 }, { numberFormat: COUNT_FORMAT });
  if (q.byKind.length === 0) {
    b.row([t.noIssues]);
    return;
  }
  b.blank();
  tableHeader(b, [t.issuesByKind, t.count]);
  const kinds = b.block(q.byKind.map((k) => [k.label, k.count]));
  b.style({ row: kinds, column: 2, rows: q.byKind.length, columns: 1 }, { numberFormat: COUNT_FORMAT });
}

/** Strategy per segment present in the table (goal, actions, cadence). */
export function strategySection(
  b: SheetLayoutBuilder,
  model: ReportModel,
  t: ReportTexts,
  language: Language,
): void {
  heading(b, t.strategyHeading);
  tableHeader(b, [t.segment, t.customerCount, t.revenueShare, t.cadence, t.goal, t.actions]);
  const rows: Cell[][] = model.strategies.map((s) => [
    s.label,
    s.customers,
    s.revenueShare,
    s.everyDays === null ? t.noCadence : t.everyDays(s.everyDays, label(CHANNEL_LABELS, s.channel, language)),
    s.goal,
    s.actions.map((a) => `• ${a}`).join('\n'),
  ]);
  const first = b.block(rows);
  const n = rows.length;
  b.style({ row: first, column: 1, rows: n, columns: 1 }, { bold: true });
  b.style({ row: first, column: 2, rows: n, columns: 1 }, { numberFormat: COUNT_FORMAT });
  b.style({ row: first, column: 3, rows: n, columns: 1 }, { numberFormat: PERCENT_FORMAT });
  b.style({ row: first, column: 4, rows: n, columns: 3 }, { wrap: true });
}

/** Follow-ups due: counts, then the most pressing tasks. */
export function followUpsSection(
  b: SheetLayoutBuilder,
  model: ReportModel,
  t: ReportTexts,
  language: Language,
): void {
  const f = model.followUps;
  heading(b, t.followUpsHeading);
  const first = b.block([
    [t.tasksTotal, f.total],
    [t.overdue, f.overdue],
    [t.escalated, f.escalated],
    [t.dueThisWeek, f.dueThisWeek],
    [t.doneTasks, f.done],
    [t.deferredTasks, f.deferred, t.deferredNote(model.plan.dailyCapacity, model.plan.horizonDays)],
  ]);
  b.style({ row: first, column: 1, rows: 6, columns: 1 }, { bold: true });
  b.style({ row: first, column: 2, rows: 6, columns: 1 }, { numberFormat: COUNT_FORMAT });
  if (f.busiestDay !== null) {
    const d = f.busiestDay;
    b.row([t.busiestDay(d.owner ?? t.unassigned, d.due, String(d.tasks), model.plan.dailyCapacity)]);
  }
  if (f.top.length === 0) {
    b.row([t.noTasks]);
    return;
  }
  b.blank();
  b.row([t.topTasks(f.top.length)]);
  tableHeader(b, [t.due, t.priority, t.kind, t.customer, t.owner, t.channel, t.reason]);
  const rows = f.top.map((task) => [
    task.due,
    label(PRIORITY_LABELS, task.priority, language),
    label(FOLLOW_UP_KIND_LABELS, task.kind, language),
    (task.customerName ?? task.customerId ?? `#${task.customerRow}`) +
      (task.customers > 1 ? ` · ${t.batchOf(String(task.customers))}` : ''),
    task.owner ?? '',
    label(CHANNEL_LABELS, task.channel, language),
    task.escalate ? `${t.escalatedTag} · ${task.reason}` : task.reason,
  ]);
  const top = b.block(rows);
  const overdue = f.top.filter((task) => task.overdueDays > 0).length;
  b.style({ row: top, column: 1, rows: rows.length, columns: 1 }, { numberFormat: 'yyyy-mm-dd' });
  b.style({ row: top, column: 7, rows: rows.length, columns: 1 }, { wrap: true });
  // The top tasks are sorted by due date, so the overdue ones are the first rows.
  b.style({ row: top, column: 1, rows: overdue, columns: 7 }, { background: SHEET_COLORS.overdueBackground });
}
