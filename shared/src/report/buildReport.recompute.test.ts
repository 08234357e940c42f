// Every figure of the manager's sections recomputed from the orders the analysis read, by plain
// loops over dates (no ledger, no day numbers), on generated tables with owners, refunds
// (negative amounts), NPS answers and a current month only days old.
import { describe, expect, it } from 'vitest';
import { classifyCustomers } from '../classify/classifyCustomers.ts';
import { moneyText } from '../followups/templates.ts';
import type { Segment } from '../model/keys.ts';
import type { OrderRecord } from '../model/records.ts';
import { analyzeCustomerTable } from '../pipeline/analyzeCustomerTable.ts';
import { reportFor } from '../pipeline/reportFor.ts';
import { generateSample } from '../sample/generateSample.ts';
import { derivePurchaseStats } from '../table/derivePurchaseStats.ts';
import type { ReportPeriod } from './periods/reportPeriods.ts';

const SCENARIOS: [today: string, period: ReportPeriod, seed: number][] = [
  ['2026-11-01', 'month', 7], // the current month is one day old
  ['2026-11-17', 'month', 8],
  ['2026-10-02', 'quarter', 9],
  ['2027-01-05', 'year', 10],
];

/** YYYY-MM-DD of a UTC date. */
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last complete period before today, the one before it and the same one a year earlier. */
function periods(today: string, period: ReportPeriod) {
  const months = { month: 1, quarter: 3, year: 12 }[period];
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1;
  const start = Math.floor((y * 12 + m) / months) * months;
  const range = (first: number) => ({
    from: iso(new Date(Date.UTC(Math.floor(first / 12), first % 12, 1))),
    to: iso(new Date(Date.UTC(Math.floor((first + months) / 12), (first + months) % 12, 0))),
  });
  return {
    current: range(start - months),
    previous: range(start - 2 * months),
    yearAgo: range(start - months - 12),
  };
}

describe.each(SCENARIOS)('the report on a generated table as of %s, by %s', (today, period, seed) => {
  const sample = generateSample({ customers: 400, seed, today });
  const analysis = analyzeCustomerTable({
    customers: sample.customers,
    orders: sample.orders,
    complaints: sample.complaints,
    today,
    config: { language: 'zh', report: { period } },
  });
  const report = reportFor(analysis);
  const customers = analysis.customers;
  // Orders of known customers up to today, by the first row of their id (as the stats count them).
  const rowOfId = new Map<string, number>();
  customers.forEach((c, i) => {
    if (c.record.id !== null && !rowOfId.has(c.record.id)) rowOfId.set(c.record.id, i);
  });
  const orders = (analysis.orders ?? []).filter((o) => o.date <= today && rowOfId.has(o.customerId));
  const byCustomer = new Map<number, OrderRecord[]>();
  for (const o of orders) {
    const i = rowOfId.get(o.customerId) as number;
    byCustomer.set(i, [...(byCustomer.get(i) ?? []), o]);
  }
  const purchases = (i: number) => (byCustomer.get(i) ?? []).filter((o) => o.amount >= 0);
  const firstPurchase = (i: number) =>
    purchases(i)
      .map((o) => o.date)
      .sort()[0] ?? null;

  it("takes the analysis's match of orders to customers, the same as matching them again", () => {
    expect(analysis.orderCustomers).toHaveLength(analysis.orderColumns?.ids.length ?? -1);
    expect(report).toEqual(reportFor({ ...analysis, orderCustomers: null }));
    expect(() => reportFor({ ...analysis, orderCustomers: new Int32Array(3) })).toThrow(/the match given 3/);
  });

  it('has refunds, owners and NPS answers to count', () => {
    expect(orders.some((o) => o.amount < 0)).toBe(true);
    expect(new Set(customers.map((c) => c.record.owner)).size).toBeGreaterThan(3);
    expect(customers.some((c) => c.record.recommend !== null)).toBe(true);
  });

  it('compares the last complete period with the one before and a year earlier, figure by figure', () => {
    const c = report.comparison;
    const expected = periods(today, period);
    for (const key of ['current', 'previous', 'yearAgo'] as const) {
      const { from, to } = expected[key];
      const inRange = orders.filter((o) => o.date >= from && o.date <= to);
      const bought = inRange.filter((o) => o.amount >= 0);
      const buyers = new Set(bought.map((o) => rowOfId.get(o.customerId) as number));
      const repeat = [...buyers].filter((i) => purchases(i).filter((o) => o.date <= to).length >= 2);
      const newOnes = [...buyers].filter((i) => (firstPurchase(i) ?? '') >= from);
      const revenue = inRange.reduce((sum, o) => sum + o.amount, 0);
      const figures = c?.[key];
      expect([figures?.from, figures?.to]).toEqual([from, to]);
      expect(figures?.revenue).toBeCloseTo(revenue, 6);
      expect(figures?.orders).toBe(bought.length);
      expect(figures?.refunds).toBe(inRange.length - bought.length);
      expect(figures?.buyers).toBe(buyers.size);
      expect(figures?.newCustomers).toBe(newOnes.length);
      expect(figures?.repeatRate).toBeCloseTo(buyers.size > 0 ? repeat.length / buyers.size : 0, 12);
      expect(figures?.averageOrderValue ?? 0).toBeCloseTo(bought.length > 0 ? revenue / bought.length : 0, 6);
    }
    expect(c?.changes.previous.revenue).toBeCloseTo(
      (c?.current.revenue ?? 0) / (c?.previous.revenue ?? 1) - 1,
      12,
    );
    // The period today is in is shown apart, never as a complete one.
    expect(c?.partial.to).toBe(today);
    expect((c?.current.to ?? today) < today).toBe(true);
    expect(report.trend?.at(-1)).toMatchObject({ month: today.slice(0, 7), partial: true });
    expect(report.trend?.filter((m) => m.partial)).toHaveLength(1);
  });

  it('adds up per owner to the whole table, each figure recomputed from the rows and the orders', () => {
    const { from, to } = periods(today, period).current;
    const owners = new Map<string | null, number[]>();
    customers.forEach((c, i) => {
      const owner = c.record.owner?.trim() || null;
      owners.set(owner, [...(owners.get(owner) ?? []), i]);
    });
    expect(report.owners.map((o) => o.owner).sort()).toEqual([...owners.keys()].sort());
    for (const row of report.owners) {
      const members = owners.get(row.owner) ?? [];
      const of = (i: number) => customers[i] as (typeof customers)[number];
      expect(row.customers).toBe(members.length);
      expect(row.buyers).toBe(members.filter((i) => of(i).stats.orderCount > 0).length);
      expect(row.revenue).toBeCloseTo(
        members.reduce((s, i) => s + of(i).stats.totalSpend, 0),
        6,
      );
      const inPeriod = members
        .flatMap((i) => byCustomer.get(i) ?? [])
        .filter((o) => o.date >= from && o.date <= to);
      expect(row.revenueInPeriod).toBeCloseTo(
        inPeriod.reduce((s, o) => s + o.amount, 0),
        6,
      );
      expect(row.atRisk).toBe(members.filter((i) => of(i).classification.lifecycle === 'at-risk').length);
      expect(row.churned).toBe(members.filter((i) => of(i).classification.lifecycle === 'churned').length);
      const tasks = analysis.followUps.filter(
        (t) => t.done === null && (t.owner?.trim() || null) === row.owner,
      );
      expect(row.followUpsOpen).toBe(tasks.length);
      expect(row.followUpsOverdue).toBe(tasks.filter((t) => t.overdueDays > 0).length);
    }
    const sum = (pick: (o: (typeof report.owners)[number]) => number) =>
      report.owners.reduce((s, o) => s + pick(o), 0);
    expect(sum((o) => o.customers)).toBe(report.kpis.customers);
    expect(sum((o) => o.atRisk)).toBe(report.kpis.atRisk);
    expect(sum((o) => o.churned)).toBe(report.kpis.churned);
    expect(sum((o) => o.followUpsOpen)).toBe(report.followUps.total);
    expect(sum((o) => o.followUpsOverdue)).toBe(report.followUps.overdue);
    expect(sum((o) => o.revenueInPeriod ?? 0)).toBeCloseTo(report.comparison?.current.revenue ?? 0, 6);
  });

  it('puts every customer in one migration cell: segments then from the orders up to then, segments now', () => {
    const m = report.migration;
    const from = periods(today, period).previous.to;
    expect(m?.from).toBe(from);
    const before = (analysis.orders ?? []).filter((o) => o.date <= from);
    const stats = derivePurchaseStats(
      customers.map((c) => c.record),
      before,
    ).stats;
    const then = classifyCustomers(
      customers.map((c) => c.record),
      stats,
      from,
      analysis.config,
    ).map((c) => c.segment);
    const cells = new Map<string, number>();
    customers.forEach((c, i) => {
      const key = `${then[i]}>${c.classification.segment}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    });
    expect(new Map(m?.matrix.map((cell) => [`${cell.from}>${cell.to}`, cell.customers]))).toEqual(cells);
    expect(m?.matrix.reduce((n, cell) => n + cell.customers, 0)).toBe(customers.length);
    for (const h of m?.highlights ?? []) {
      expect(h.customers).toBe(cells.get(`${h.from}>${h.to}`));
      expect(h.names.length).toBe(Math.min(10, h.customers));
    }
    const now = new Map<Segment, number>();
    for (const cell of m?.matrix ?? []) now.set(cell.to, (now.get(cell.to) ?? 0) + cell.customers);
    for (const row of report.distributions.segment) expect(now.get(row.key) ?? 0).toBe(row.customers);
  });

  it('counts each first-purchase cohort and the share buying again month by month', () => {
    const month = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    const lastComplete = month(today) - 1;
    for (const row of report.cohorts ?? []) {
      const cohort = month(`${row.cohort}-01`);
      const members = customers
        .map((_, i) => i)
        .filter((i) => {
          const first = firstPurchase(i);
          return first !== null && month(first) === cohort;
        });
      expect(row.customers).toBe(members.length);
      expect(row.retention).toHaveLength(lastComplete - cohort);
      row.retention.forEach((share, k) => {
        const again = members.filter((i) => purchases(i).some((o) => month(o.date) === cohort + k + 1));
        expect(share).toBeCloseTo(members.length > 0 ? again.length / members.length : 0, 12);
      });
    }
    expect(report.cohorts?.at(-1)?.cohort).toBe(
      `${Math.floor(lastComplete / 12)}-${String((lastComplete % 12) + 1).padStart(2, '0')}`,
    );
  });

  it('measures loyalty: NPS from the 推荐意愿 column, repeat purchase rate as the KPI has it', () => {
    const column = sample.customers.header.indexOf('推荐意愿');
    const answers = sample.customers.rows
      .map((r) => String(r[column] ?? '').replace('分', ''))
      .filter((v) => v !== '')
      .map(Number);
    const promoters = answers.filter((a) => a >= 9).length;
    const detractors = answers.filter((a) => a <= 6).length;
    expect(report.loyalty.npsResponses).toBe(answers.length);
    expect(report.loyalty.nps).toBeCloseTo(((promoters - detractors) / answers.length) * 100, 9);
    expect(report.loyalty.repeatPurchaseRate).toBe(report.kpis.repurchaseRate);
  });

  it('lists the top customers by revenue with their segment, owner and last 12 months', () => {
    const ranked = [...customers]
      .filter((c) => c.stats.orderCount > 0)
      .sort((a, b) => b.stats.totalSpend - a.stats.totalSpend);
    expect(report.topCustomers.map((c) => c.revenue)).toEqual(
      ranked.slice(0, 20).map((c) => c.stats.totalSpend),
    );
    const yearAgo = iso(new Date(Date.parse(`${today}T00:00:00Z`) - 364 * 86_400_000));
    for (const top of report.topCustomers) {
      const i = customers.findIndex((c) => c.row === top.row);
      const last12 = (byCustomer.get(i) ?? [])
        .filter((o) => o.date >= yearAgo)
        .reduce((s, o) => s + o.amount, 0);
      expect(top.revenueLast12).toBeCloseTo(last12, 6);
      expect(top.segment).toBe(customers[i]?.classification.segment);
    }
  });

  it('uses one definition of each term wherever it appears', () => {
    const lifecycle = new Map(report.distributions.lifecycle.map((r) => [r.key, r.customers]));
    const newOnes = customers.filter(
      (c) => c.stats.firstPurchase !== null && c.stats.firstPurchase >= report.kpis.period.from,
    );
    expect(report.kpis.newInPeriod).toBe(newOnes.length);
    expect(lifecycle.get('new')).toBe(newOnes.length);
    expect(lifecycle.get('at-risk')).toBe(report.kpis.atRisk);
    expect(lifecycle.get('churned')).toBe(report.kpis.churned);
    // High value: the value tier, for the mix and for the churn warnings alike.
    const high = new Set(customers.filter((c) => c.classification.valueTier === 'high').map((c) => c.row));
    expect(report.distributions.valueTier.find((r) => r.key === 'high')?.customers).toBe(high.size);
    const warned = analysis.clv?.atRisk ?? [];
    expect(warned.length).toBeGreaterThan(0);
    for (const w of warned) expect(high.has(w.row)).toBe(true);
    // Value at stake: the same figure in the KPIs, the CLV section, each customer's row and its task.
    const stake = warned.reduce((s, w) => s + w.valueAtStake, 0);
    expect(report.kpis.clv?.valueAtStake).toBeCloseTo(stake, 6);
    expect(report.clv?.valueAtStake).toBeCloseTo(stake, 6);
    for (const w of warned) {
      const row = customers.find((c) => c.row === w.row);
      expect(row?.clv?.valueAtStake).toBe(w.valueAtStake);
      const task = analysis.followUps.find((t) => t.customerRow === w.row && t.kind === 'win-back');
      if (task) expect(task.reason).toContain(moneyText(w.valueAtStake));
    }
  });

  it('never gives an owner more open tasks on a day than the daily capacity', () => {
    const capacity = analysis.config.followUps.dailyCapacity;
    const load = new Map<string, number>();
    for (const t of analysis.followUps) {
      if (t.done !== null || t.overdueDays > 0) continue;
      const key = `${t.owner?.trim() ?? ''}|${t.due}`;
      load.set(key, (load.get(key) ?? 0) + 1);
    }
    expect(Math.max(0, ...load.values())).toBeLessThanOrEqual(capacity);
    expect(report.followUps.busiestDay?.tasks ?? 0).toBeLessThanOrEqual(capacity);
    // On a first run only complaints past their SLA are overdue.
    expect(analysis.followUps.filter((t) => t.overdueDays > 0).every((t) => t.kind === 'complaint')).toBe(
      true,
    );
  });
});
