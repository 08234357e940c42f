import { aliveExpectation } from './aliveExpectation.ts';
import type { BgNbdParams, RfmTriple } from './clvTypes.ts';

// Per-customer and population predictions of the BG/NBD model (Fader, Hardie & Lee 2005,
// "Counting your customers the easy way").

/**
 * Log of the odds of death: ln[(a / (b + x − 1)) · ((α + T) / (α + t_x))^(r + x)] for x > 0.
 * P(alive) = 1 / (1 + odds); for x = 0 the model says the customer is alive (no dropout before
 * the first repeat purchase).
 */
function logDeathOdds(params: BgNbdParams, customer: RfmTriple): number {
  const { r, alpha, a, b } = params;
  const x = customer.frequency;
  return (
    Math.log(a) -
    Math.log(b + x - 1) +
    (r + x) * (Math.log(alpha + customer.T) - Math.log(alpha + customer.recency))
  );
}

/**
 * P(alive | x, t_x, T) (Fader, Hardie & Lee 2005, appendix; their note "Computing P(alive) using
 * the BG/NBD model").
 */
export function pAlive(params: BgNbdParams, customer: RfmTriple): number {
  if (customer.frequency === 0) return 1;
  const logOdds = logDeathOdds(params, customer);
  // 1 / (1 + e^{logOdds}) without overflow for very large odds.
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t time units of a customer with this
 * history (eq. 10), computed as P(alive) × the expectation of an alive customer.
 */
export function conditionalExpectedPurchases(params: BgNbdParams, t: number, customer: RfmTriple): number {
  const { r, alpha, a, b } = params;
  const x = customer.frequency;
  const whileAlive = aliveExpectation(r + x, a + b + x - 1, a, t / (alpha + customer.T));
  return whileAlive * pAlive(params, customer);
}

/** E[X(t)]: expected purchases of a randomly chosen new customer in its first t time units (eq. 9). */
export function unconditionalExpectedPurchases(params: BgNbdParams, t: number): number {
  const { r, alpha, a, b } = params;
  return aliveExpectation(r, a + b - 1, a, t / alpha);
}
