// Output of `crm clv`: the --json document (a documented contract), the --out table and the
// readable summary. Kept apart from the command so that each file stays one concern.
import {
  atRiskCustomers,
  type ClvAnalysis,
  type Config,
  type CustomerPrediction,
  type TableData,
  type TimeUnit,
} from '@crm/shared';
import { say } from '../support/output.ts';
import { JsonList } from '../support/terminalText.ts';
import { t } from '../texts/currentTexts.ts';

/** The --json document: only these keys, ids as written in the orders file. */
export function clvJson(analysis: ClvAnalysis, notes: string[]) {
  const { bgnbd, gammaGamma } = analysis;
  return {
    bgnbd: { r: bgnbd.r, alpha: bgnbd.alpha, a: bgnbd.a, b: bgnbd.b, logLikelihood: bgnbd.logLikelihood },
    gammaGamma: {
      p: gammaGamma.p,
      q: gammaGamma.q,
      gamma: gammaGamma.gamma,
      logLikelihood: gammaGamma.logLikelihood,
    },
    // Made a piece at a time as they are printed (see JsonList).
    customers: new JsonList(analysis.customers, (c) => ({
      id: c.customerId,
      frequency: c.frequency,
      recency: c.recency,
      T: c.T,
      pAlive: c.pAlive,
      expectedPurchases: c.expectedPurchases,
      expectedAverageSpend: c.expectedAverageSpend,
      clv: c.clv,
    })),
    notes,
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The per-customer table that --out writes (.csv or .xlsx). */
export function customerTable(customers: readonly CustomerPrediction[]): TableData {
  return {
    header: [
      'customer_id',
      'frequency',
      'recency',
      'T',
      'first_purchase',
      'last_purchase',
      'total_spend',
      'p_alive',
      'expected_purchases',
      'expected_average_spend',
      'clv',
    ],
    rows: customers.map((c) => [
      c.customerId,
      c.frequency,
      round(c.recency, 4),
      round(c.T, 4),
      c.firstPurchase,
      c.lastPurchase,
      round(c.totalSpend, 2),
      round(c.pAlive, 4),
      round(c.expectedPurchases, 4),
      round(c.expectedAverageSpend, 2),
      round(c.clv, 2),
    ]),
  };
}

/** The readable summary without --json: the fits, the forecast, top customers by CLV, customers at risk. */
export function printSummary(
  analysis: ClvAnalysis,
  notes: string[],
  config: Config,
  horizon: number,
  unit: TimeUnit,
): void {
  const { bgnbd, gammaGamma, customers } = analysis;
  const text = t().clv;
  const money = (value: number) => value.toFixed(2);
  const fit = (value: number) => value.toPrecision(4);
  const repeaters = customers.filter((c) => c.frequency > 0).length;
  say(text.customers(customers.length, repeaters));
  say(
    `BG/NBD       r = ${fit(bgnbd.r)}  α = ${fit(bgnbd.alpha)}  a = ${fit(bgnbd.a)}  b = ${fit(bgnbd.b)}  (${text.logLikelihood} ${bgnbd.logLikelihood.toFixed(1)})`,
  );
  say(
    `Gamma-Gamma  p = ${fit(gammaGamma.p)}  q = ${fit(gammaGamma.q)}  γ = ${fit(gammaGamma.gamma)}  (${text.logLikelihood} ${gammaGamma.logLikelihood.toFixed(1)})`,
  );
  let purchases = 0;
  let revenue = 0;
  let value = 0;
  for (const c of customers) {
    purchases += c.expectedPurchases;
    revenue += c.expectedPurchases * c.expectedAverageSpend;
    value += c.clv;
  }
  say(
    text.forecast(Number(horizon.toPrecision(4)), unit, purchases.toFixed(0), money(revenue), money(value)),
  );

  const top = customers
    .map((c, index) => ({ c, index }))
    .sort((x, y) => y.c.clv - x.c.clv || x.index - y.index)
    .slice(0, 10);
  say('');
  say(text.topCustomers);
  say(
    table(
      text.topHeader,
      top.map(({ c }) => row(c)),
    ),
  );

  const risk = atRiskCustomers(customers, config.clv.churnThreshold);
  say('');
  say(text.atRisk(config.clv.churnThreshold, risk.length));
  if (risk.length > 0) {
    say(
      table(
        text.atRiskHeader,
        risk.slice(0, 10).map((r) => {
          const c = customers[r.index] as CustomerPrediction;
          return [
            c.customerId,
            String(c.frequency),
            r.pAlive.toFixed(3),
            c.lastPurchase,
            money(r.valueAtStake),
          ];
        }),
      ),
    );
  }
  say('');
  for (const note of notes) say(t().summaries.note(note));
  say(text.hint);

  function row(c: CustomerPrediction): string[] {
    return [
      c.customerId,
      String(c.frequency),
      c.pAlive.toFixed(3),
      c.expectedPurchases.toFixed(2),
      money(c.expectedAverageSpend),
      money(c.clv),
    ];
  }
}

function table(header: readonly string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [header, ...rows].map((r) => `  ${line(r)}`).join('\n');
}
