import { fromDayNumber, type IsoDate, toDayNumber } from '../model/dates.ts';
import { Random } from '../random/random.ts';
import type { BgNbdParams, GammaGammaParams } from './clvTypes.ts';
import type { Transaction } from './summarizeTransactions.ts';

export interface SimulatedCustomer {
  frequency: number;
  recency: number;
  T: number;
  /** Mean of the repeat purchases' values (0 without repeats). */
  monetaryValue: number;
  /** Times of all purchases from the first (0) on, and their values. */
  purchases: { time: number; amount: number }[];
}

export interface SimulationOptions {
  customers: number;
  bgnbd: BgNbdParams;
  gammaGamma: GammaGammaParams;
  /** Observation lengths T are drawn uniformly from [minT, maxT]. */
  minT: number;
  maxT: number;
  seed: number;
}

/**
 * Customers drawn from the BG/NBD story (Fader, Hardie & Lee 2005): λ ~ Gamma(r, α), p ~ Beta(a, b);
 * purchases arrive as a Poisson process with rate λ, and after each repeat purchase the customer
 * drops out with probability p. Spend per purchase ~ Gamma(p, ν) with ν ~ Gamma(q, γ) per customer
 * (the Gamma-Gamma model). Deterministic for a seed.
 */
export function simulateClvCustomers(options: SimulationOptions): SimulatedCustomer[] {
  const random = new Random(options.seed);
  const { r, alpha, a, b } = options.bgnbd;
  const { p, q, gamma } = options.gammaGamma;
  const result: SimulatedCustomer[] = [];
  for (let i = 0; i < options.customers; i++) {
    const T = options.minT + (options.maxT - options.minT) * random.uniform();
    const lambda = random.gamma(r, alpha);
    const dropout = random.beta(a, b);
    const nu = random.gamma(q, gamma);
    const purchases = [{ time: 0, amount: random.gamma(p, nu) }];
    let time = 0;
    let spend = 0;
    for (;;) {
      time += random.exponential(lambda);
      if (time > T) break;
      const amount = random.gamma(p, nu);
      purchases.push({ time, amount });
      spend += amount;
      if (random.uniform() < dropout) break;
    }
    const x = purchases.length - 1;
    result.push({
      frequency: x,
      recency: (purchases[x] as { time: number }).time,
      T,
      monetaryValue: x > 0 ? spend / x : 0,
      purchases,
    });
  }
  return result;
}

/**
 * Dated transactions for simulated customers whose times are in weeks: customer i (id
 * `${prefix}${i + 1}`, zero-padded) made its first purchase T weeks before `calibrationEnd`.
 * Amounts are rounded to cents. Used to test and benchmark the whole path from order rows.
 */
export function simulatedTransactions(
  customers: readonly SimulatedCustomer[],
  options: { calibrationEnd: IsoDate; prefix?: string },
): Transaction[] {
  const end = toDayNumber(options.calibrationEnd);
  const prefix = options.prefix ?? 'C';
  const width = String(customers.length).length;
  const result: Transaction[] = [];
  customers.forEach((customer, i) => {
    const customerId = `${prefix}${String(i + 1).padStart(width, '0')}`;
    const first = end - customer.T * 7;
    for (const purchase of customer.purchases) {
      const day = Math.min(end, Math.floor(first + purchase.time * 7));
      result.push({ customerId, date: fromDayNumber(day), amount: Math.round(purchase.amount * 100) / 100 });
    }
  });
  return result;
}
