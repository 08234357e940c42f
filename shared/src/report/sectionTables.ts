import { SEGMENT_LABELS } from '../i18n/labels.ts';
import { customerDisplay, type RenderContext } from './renderContext.ts';
import {
  COMPARED_METRICS,
  type ComparedMetric,
  type ComparisonSection,
  type LoyaltySection,
  type PeriodFigures,
} from './reportSections.ts';
import type { TextTable } from './reportTables.ts';
import type { ReportTexts } from './reportTexts.ts';

// The tables of the sections a manager acts on, decided once for the HTML and Markdown reports
// (as reportTables.ts does for the original sections).

/** A metric of a period, formatted. */
export function metricText(ctx: RenderContext, metric: ComparedMetric, figures: PeriodFigures): string {
  const { fmt } = ctx;
  const value = figures[metric];
  if (metric === 'revenue' || metric === 'averageOrderValue') return fmt.money(value);
  if (metric === 'repeatRate') return fmt.percent(value);
  return fmt.count(value ?? 0);
}

/** A change against a reference period: relative, or in points for the repeat rate. */
export function changeText(ctx: RenderContext, metric: ComparedMetric, change: number | null): string {
  if (metric === 'repeatRate')
    return change === null ? ctx.fmt.points(null) : ctx.t.points(ctx.fmt.points(change));
  return ctx.fmt.change(change);
}

/** The comparison table's header, each period named (the HTML, Markdown and sheet reports share it). */
export function comparisonHeader(t: ReportTexts, c: ComparisonSection): string[] {
  const label = (from: string) => t.periodLabel(c.period, from);
  return [
    t.metric,
    `${t.currentPeriod} · ${label(c.current.from)}`,
    `${t.previousPeriod} · ${label(c.previous.from)}`,
    t.changeVsPrevious,
    `${t.yearAgoPeriod} · ${label(c.yearAgo.from)}`,
    t.changeVsYearAgo,
  ];
}

/** Below the comparison: the period's refunds, and the period so far (shown, never compared). */
export function comparisonNotes(
  { t, fmt }: Pick<RenderContext, 't' | 'fmt'>,
  c: ComparisonSection,
): string[] {
  const p = c.partial;
  const notes = [
    t.partialNote(
      t.periodLabel(c.period, p.from),
      p.to,
      p.daysElapsed,
      p.daysInPeriod,
      fmt.money(p.revenue),
      fmt.count(p.orders),
    ),
  ];
  if (c.current.refunds > 0) {
    notes.unshift(t.refundsNote(fmt.count(c.current.refunds), fmt.money(c.current.refundTotal)));
  }
  const dataEnds = dataEndsNote(t, c);
  if (dataEnds !== null) notes.unshift(dataEnds);
  return notes;
}

/**
 * When the latest order is dated before the compared period's last day, that the period may be
 * incomplete: an orders table exported mid-month and reported on later would otherwise read as
 * a fall. A quiet end of the period reads the same, so the note says what to check.
 */
export function dataEndsNote(t: ReportTexts, c: ComparisonSection): string | null {
  if (c.lastOrder === null || c.lastOrder >= c.current.to) return null;
  return t.dataEndsNote(c.lastOrder, t.periodLabel(c.period, c.current.from), c.current.to);
}

/** Each compared metric: this period, the one before and the change, a year earlier and the change. */
export function comparisonTable(ctx: RenderContext, c: ComparisonSection): TextTable {
  const { t } = ctx;
  return {
    header: comparisonHeader(t, c),
    rows: COMPARED_METRICS.map((metric) => [
      t.comparedMetric[metric],
      metricText(ctx, metric, c.current),
      metricText(ctx, metric, c.previous),
      changeText(ctx, metric, c.changes.previous[metric]),
      metricText(ctx, metric, c.yearAgo),
      changeText(ctx, metric, c.changes.yearAgo[metric]),
    ]),
    numeric: [1, 2, 3, 4, 5],
  };
}

/** Per owner: customers, buyers, revenue all time and in the period, risk and follow-ups; a total row. */
export function ownersTable(ctx: RenderContext): TextTable {
  const { model, t, fmt } = ctx;
  const c = model.comparison;
  const periodLabel = c === null ? '' : t.periodLabel(c.period, c.current.from);
  const withPeriod = c !== null;
  const total = {
    customers: 0,
    buyers: 0,
    revenue: 0,
    inPeriod: 0,
    atRisk: 0,
    churned: 0,
    open: 0,
    overdue: 0,
  };
  const rows = model.owners.map((o) => {
    total.customers += o.customers;
    total.buyers += o.buyers;
    total.revenue += o.revenue;
    total.inPeriod += o.revenueInPeriod ?? 0;
    total.atRisk += o.atRisk;
    total.churned += o.churned;
    total.open += o.followUpsOpen;
    total.overdue += o.followUpsOverdue;
    return [
      o.owner ?? t.unassigned,
      fmt.count(o.customers),
      fmt.count(o.buyers),
      fmt.money(o.revenue),
      ...(withPeriod ? [fmt.money(o.revenueInPeriod)] : []),
      fmt.count(o.atRisk),
      fmt.count(o.churned),
      fmt.count(o.followUpsOpen),
      fmt.count(o.followUpsOverdue),
    ];
  });
  return {
    header: [
      t.owner,
      t.customerCount,
      t.buyersHeader,
      t.revenueAllTime,
      ...(withPeriod ? [t.revenueInPeriod(periodLabel)] : []),
      t.atRisk,
      t.churned,
      t.followUpsOpen,
      t.followUpsOverdue,
    ],
    rows,
    numeric: withPeriod ? [1, 2, 3, 4, 5, 6, 7, 8] : [1, 2, 3, 4, 5, 6, 7],
    total: [
      t.total,
      fmt.count(total.customers),
      fmt.count(total.buyers),
      fmt.money(total.revenue),
      ...(withPeriod ? [fmt.money(total.inPeriod)] : []),
      fmt.count(total.atRisk),
      fmt.count(total.churned),
      fmt.count(total.open),
      fmt.count(total.overdue),
    ],
  };
}

/** The migration cells worth acting on, with the customers behind them. */
export function migrationHighlightsTable(ctx: RenderContext): TextTable {
  const { model, t, fmt } = ctx;
  const lang = model.language;
  return {
    header: [t.category, t.customerCount, t.customer],
    rows: (model.migration?.highlights ?? []).map((h) => [
      `${t.migrationDirection[h.direction]}: ${t.migrationMove(SEGMENT_LABELS[h.from][lang], SEGMENT_LABELS[h.to][lang])}`,
      fmt.count(h.customers),
      h.names
        .map((n) => {
          const who = customerDisplay(n.name, n.id, n.row, t).primary;
          return n.owner === null ? who : t.withOwner(who, n.owner);
        })
        .join(t.listSeparator) + (h.customers > h.names.length ? ' …' : ''),
    ]),
    numeric: [1],
  };
}

/** Cohorts by first-purchase month and the share buying again in each following month. */
export function cohortTable(ctx: RenderContext): TextTable {
  const { model, t, fmt } = ctx;
  const cohorts = model.cohorts ?? [];
  const width = Math.max(0, ...cohorts.map((c) => c.retention.length));
  return {
    header: [t.cohort, t.customerCount, ...Array.from({ length: width }, (_, k) => t.monthOffset(k + 1))],
    rows: cohorts.map((c) => [
      c.cohort,
      fmt.count(c.customers),
      ...Array.from({ length: width }, (_, k) => {
        const share = c.retention[k];
        return share === undefined || c.customers === 0 ? '' : fmt.percent(share);
      }),
    ]),
    numeric: Array.from({ length: width + 1 }, (_, k) => k + 1),
  };
}

/** The top customers with segment, owner and trend. */
export function topCustomersTable(ctx: RenderContext): TextTable {
  const { model, t, fmt } = ctx;
  const lang = model.language;
  return {
    header: [t.customer, t.revenueAllTime, t.segment, t.owner, t.revenueLast12, t.revenuePrior12, t.trend],
    rows: model.topCustomers.map((c) => {
      const who = customerDisplay(c.name, c.id, c.row, t);
      return [
        who.secondary === '' ? who.primary : `${who.primary} (${who.secondary})`,
        fmt.money(c.revenue),
        SEGMENT_LABELS[c.segment][lang],
        c.owner ?? t.unassigned,
        fmt.money(c.revenueLast12),
        fmt.money(c.revenuePrior12),
        c.trend === null ? t.notAvailable : t.trendLabel[c.trend],
      ];
    }),
    numeric: [1, 4, 5],
  };
}

/** Loyalty measures with how each was counted. */
export function loyaltyTable(ctx: RenderContext): TextTable {
  const { model, t, fmt } = ctx;
  const l = model.loyalty;
  return {
    header: [t.metric, t.figure, t.note],
    rows: [
      [
        t.repurchaseRate,
        fmt.percent(l.repeatPurchaseRate),
        t.repurchaseNote(fmt.count(l.repeatBuyers), fmt.count(l.buyers)),
      ],
      [
        t.satisfaction,
        l.satisfactionMean === null
          ? t.notAvailable
          : `${fmt.decimal(l.satisfactionMean, 2)} / ${l.satisfactionScale}`,
        l.satisfactionScale === null
          ? ''
          : t.satisfactionNote(l.satisfactionScale, fmt.count(l.satisfactionResponses)),
      ],
      [
        t.nps,
        l.nps === null ? t.notAvailable : fmt.decimal(l.nps, 0),
        l.nps === null
          ? noNpsText(ctx, l)
          : t.npsNote(
              fmt.count(l.promoters),
              fmt.count(l.passives),
              fmt.count(l.detractors),
              fmt.count(l.npsResponses),
            ) + (l.npsUnreadable > 0 ? t.npsUnreadable(fmt.count(l.npsUnreadable)) : ''),
      ],
      [
        t.resolutionRate,
        fmt.percent(l.resolutionRate),
        t.resolutionRateNote(fmt.count(l.complaintsResolved), fmt.count(l.complaints)),
      ],
      [
        t.meanResolutionDays,
        l.meanResolutionDays === null ? t.notAvailable : t.days(fmt.decimal(l.meanResolutionDays, 1)),
        '',
      ],
    ],
    numeric: [1],
  };
}

/** Why there is no NPS: no such column, or no answer in it a score 0–10. */
export function noNpsText({ t, fmt }: Pick<RenderContext, 't' | 'fmt'>, l: LoyaltySection): string {
  return l.npsColumn === null ? t.noNps : t.npsNoAnswers(l.npsColumn, fmt.count(l.npsUnreadable));
}

/** Each defined term and its one definition. */
export function definitionsTable({ model, t }: RenderContext): TextTable {
  return {
    header: [t.term, t.meaning],
    rows: model.definitions.map((d) => [d.label, d.text]),
    numeric: [],
  };
}
