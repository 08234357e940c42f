import type { RenderContext } from './renderContext.ts';
import type { DistributionRow, ReportModel } from './reportModel.ts';

/**
 * A report table as text: the HTML and Markdown renderers draw the same tables, so their
 * columns, formats and totals are decided once, here.
 */
export interface TextTable {
  header: string[];
  rows: string[][];
  /** Columns aligned as numbers. */
  numeric: number[];
  /** A totals row, when the table has one. */
  total?: string[];
}

/** Customers and revenue per category, with their shares and a totals row. */
export function distributionTable({ t, fmt }: RenderContext, rows: DistributionRow<string>[]): TextTable {
  let customers = 0;
  let revenue = 0;
  let customerShare = 0;
  let revenueShare = 0;
  const body = rows.map((r) => {
    customers += r.customers;
    revenue += r.revenue;
    customerShare += r.customerShare;
    revenueShare += r.revenueShare;
    return [
      r.label,
      fmt.count(r.customers),
      fmt.percent(r.customerShare),
      fmt.money(r.revenue),
      fmt.percent(r.revenueShare),
    ];
  });
  return {
    header: [t.category, t.customerCount, t.customerShareShort, t.revenue, t.revenueShareShort],
    rows: body,
    numeric: [1, 2, 3, 4],
    total: [
      t.total,
      fmt.count(customers),
      fmt.percent(customerShare),
      fmt.money(revenue),
      fmt.percent(revenueShare),
    ],
  };
}

/** New and active customers, orders and revenue per month. */
export function trendTable({ t, fmt }: RenderContext, trend: NonNullable<ReportModel['trend']>): TextTable {
  return {
    header: [t.month, t.newCustomers, t.activeCustomers, t.orders, t.revenue],
    rows: trend.map((m) => [
      m.partial ? t.partialMonth(m.month) : m.month,
      fmt.count(m.newCustomers),
      fmt.count(m.activeCustomers),
      fmt.count(m.orders),
      fmt.money(m.revenue),
    ]),
    numeric: [1, 2, 3, 4],
  };
}

/** Issue counts by kind. */
export function issuesByKindTable({ model, t, fmt }: RenderContext): TextTable {
  return {
    header: [t.kind, t.count],
    rows: model.dataQuality.byKind.map((k) => [k.label, fmt.count(k.count)]),
    numeric: [1],
  };
}

/** The columns with the most problems. */
export function topColumnsTable({ model, t, fmt }: RenderContext): TextTable {
  return {
    header: [t.table, t.column, t.count],
    rows: model.dataQuality.topColumns.map((c) => [t.tableName(c.table), c.column, fmt.count(c.count)]),
    numeric: [2],
  };
}

/** Example duplicate groups with the row that would survive a merge. */
export function duplicateGroupsTable({ model, t, fmt }: RenderContext): TextTable {
  return {
    header: [t.kind, t.matchedOn, t.rows, t.names, t.survivor, t.similarity],
    rows: model.dataQuality.duplicateExamples.map((d) => [
      t.duplicateKind(d.kind),
      d.matchedOn,
      d.rows.join(', '),
      d.names.map((n) => n ?? '—').join(' / '),
      String(d.survivorRow),
      fmt.percent(d.similarity),
    ]),
    numeric: [4, 5],
  };
}

/** Example problem cells: where they are and what was expected. */
export function issueExamplesTable({ model, t }: RenderContext): TextTable {
  return {
    header: [t.table, t.row, t.column, t.value, t.message],
    rows: model.dataQuality.issueExamples.map((i) => [
      t.tableName(i.table),
      String(i.row),
      i.column,
      i.value,
      i.message,
    ]),
    numeric: [1],
  };
}
