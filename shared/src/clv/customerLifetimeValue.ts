import { aliveExpectation } from './aliveExpectation.ts';
import { pAlive } from './bgNbdPredictions.ts';
import { type BgNbdParams, DAYS_PER_MONTH, type RfmTriple, type TimeUnit, UNIT_DAYS } from './clvTypes.ts';

export interface LifetimeValueOptions {
  /** Horizon in time units. */
  horizon: number;
  unit: TimeUnit;
  /** Annual discount rate, e.g. 0.1; applied as its monthly equivalent (1 + d)^(1/12) − 1. */
  annualDiscountRate: number;
}

/** Expected purchases over the horizon of a customer known to be alive, plain and discounted. */
export interface AliveForecast {
  expectedPurchases: number;
  discountedPurchases: number;
}

/** Expected purchases of one customer over the horizon, plain and discounted. */
export interface PurchaseForecast {
  pAlive: number;
  /** E[Y(horizon) | x, t_x, T] (eq. 10). */
  expectedPurchases: number;
  /** Σ over monthly steps of the purchases expected in the step, discounted to today. */
  discountedPurchases: number;
  /** The same sum for a customer known to be alive (before weighting by P(alive)). */
  discountedPurchasesIfAlive: number;
}

/**
 * Purchases over the horizon of a customer who is alive today, in monthly steps, each step's
 * purchases discounted at the monthly-equivalent rate from the end of the step (as lifetimes'
 * customer_lifetime_value does; a final partial month is discounted by its fractional length).
 * It depends on x and T only, not on t_x (which only enters P(alive)), so callers can share it
 * between customers.
 */
export function forecastIfAlive(
  params: BgNbdParams,
  frequency: number,
  T: number,
  options: LifetimeValueOptions,
): AliveForecast {
  const { r, alpha, a, b } = params;
  const x = frequency;
  const base = alpha + T;
  const monthLength = DAYS_PER_MONTH / UNIT_DAYS[options.unit];
  const monthlyFactor = (1 + options.annualDiscountRate) ** (1 / 12);
  const steps = Math.max(1, Math.ceil(options.horizon / monthLength - 1e-9));
  let previous = 0;
  let discounted = 0;
  let cumulative = 0;
  for (let i = 1; i <= steps; i++) {
    const t = Math.min(i * monthLength, options.horizon);
    cumulative = aliveExpectation(r + x, a + b + x - 1, a, t / base);
    discounted += (cumulative - previous) / monthlyFactor ** (t / monthLength);
    previous = cumulative;
  }
  return { expectedPurchases: cumulative, discountedPurchases: discounted };
}

/**
 * Expected and discounted purchases of one customer over the horizon: the alive forecast weighted
 * by P(alive). Multiplying the discounted purchases by the expected average spend gives the CLV.
 */
export function forecastPurchases(
  params: BgNbdParams,
  customer: RfmTriple,
  options: LifetimeValueOptions,
): PurchaseForecast {
  const alive = pAlive(params, customer);
  const ifAlive = forecastIfAlive(params, customer.frequency, customer.T, options);
  return {
    pAlive: alive,
    expectedPurchases: ifAlive.expectedPurchases * alive,
    discountedPurchases: ifAlive.discountedPurchases * alive,
    discountedPurchasesIfAlive: ifAlive.discountedPurchases,
  };
}
