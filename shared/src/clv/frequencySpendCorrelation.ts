import type { CustomerHistory } from './summarizeTransactions.ts';

/**
 * Pearson correlation of purchase frequency and mean repeat spend. Gamma-Gamma assumes the two
 * are independent (Fader, Hardie & Lee 2005, "RFM and CLV"), so a strong correlation is worth a
 * note. 0 when either does not vary.
 */
export function frequencySpendCorrelation(customers: readonly CustomerHistory[]): number {
  const n = customers.length;
  let sx = 0;
  let sm = 0;
  for (const c of customers) {
    sx += c.frequency;
    sm += c.monetaryValue;
  }
  const mx = sx / n;
  const mm = sm / n;
  let cov = 0;
  let vx = 0;
  let vm = 0;
  for (const c of customers) {
    const dx = c.frequency - mx;
    const dm = c.monetaryValue - mm;
    cov += dx * dm;
    vx += dx * dx;
    vm += dm * dm;
  }
  return vx > 0 && vm > 0 ? cov / Math.sqrt(vx * vm) : 0;
}
