import type { RenderContext } from './renderContext.ts';
import { dataEndsNote } from './sectionTables.ts';

/**
 * A few sentences a manager reads first (分析透彻): where revenue comes from, how many customers
 * are slipping away, what is at stake and what is overdue. Only facts the model holds.
 */
export function reportHighlights({ model, t, fmt }: RenderContext): string[] {
  const k = model.kpis;
  const out: string[] = [];
  const c = model.comparison;
  if (c !== null) {
    out.push(
      t.hlPeriod(
        t.periodLabel(c.period, c.current.from),
        fmt.money(c.current.revenue),
        fmt.change(c.changes.previous.revenue),
        fmt.change(c.changes.yearAgo.revenue),
      ),
    );
    const dataEnds = dataEndsNote(t, c);
    if (dataEnds !== null) out.push(dataEnds);
  }
  if (k.top20RevenueShare !== null)
    out.push(t.hlTop20(fmt.count(k.top20Customers), fmt.count(k.buyers), fmt.percent(k.top20RevenueShare)));
  const high = model.distributions.valueTier.find((r) => r.key === 'high');
  if (high !== undefined && high.customers > 0 && k.revenue > 0) {
    out.push(
      t.hlHighTier(
        fmt.count(high.customers),
        fmt.percent(high.customerShare),
        fmt.percent(high.revenueShare),
      ),
    );
  }
  if (k.customers > 0 && k.atRisk + k.churned > 0) {
    out.push(
      t.hlRisk(fmt.count(k.atRisk), fmt.count(k.churned), fmt.percent((k.atRisk + k.churned) / k.customers)),
    );
  }
  if (k.clv !== null && k.clv.atRiskCustomers > 0) {
    out.push(t.hlValueAtStake(fmt.count(k.clv.atRiskCustomers), fmt.money(k.clv.valueAtStake)));
  }
  const f = model.followUps;
  if (f.total > 0) out.push(t.hlFollowUps(fmt.count(f.total), fmt.count(f.overdue), fmt.count(f.escalated)));
  const q = model.dataQuality;
  const duplicates = q.exactDuplicateGroups + q.likelyDuplicateGroups;
  if (q.issues > 0 || duplicates > 0) out.push(t.hlQuality(fmt.count(q.issues), fmt.count(duplicates)));
  return out;
}
