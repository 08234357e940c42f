import { Random } from '../random/random.ts';

/**
 * Purchase behaviour of the sample's customers, following the story behind BG/NBD (Fader, Hardie
 * & Lee 2005, "Counting your customers the easy way", section 2): while alive a customer buys
 * as a Poisson process with rate λ ~ Gamma(r, α); after each repeat purchase she drops out
 * with probability p ~ Beta(a, b). Spend per order follows Gamma-Gamma (Fader, Hardie & Lee
 * 2005, "RFM and CLV", eq. 1–2): z ~ Gamma(p, ν) with ν ~ Gamma(q, γ), so mean spend varies
 * between customers but not with purchase timing. Heterogeneity in λ and p gives the mix a real
 * shop has: many one-time buyers, a few loyal frequent buyers, and customers who quietly left.
 */
export const PURCHASE_MODEL = {
  /** Shape of λ (per day); the rate α is calibrated to the requested orders per customer. */
  r: 0.25,
  a: 0.9,
  b: 5,
  /** Gamma-Gamma: mean order value = p·γ/(q − 1) ≈ ¥700. */
  p: 6,
  q: 4,
  gamma: 350,
  /** A customer orders at most about once a day on average. */
  maxRatePerDay: 1,
} as const;

/** Purchases in columns (a million orders as three typed arrays, not a million objects). */
export class PurchaseLog {
  customer = new Int32Array(0);
  day = new Int32Array(0);
  amount = new Float64Array(0);
  length = 0;

  constructor(capacity: number) {
    this.resize(Math.max(16, capacity));
  }

  push(customer: number, day: number, amount: number): void {
    if (this.length === this.customer.length) this.resize(this.length * 2);
    this.customer[this.length] = customer;
    this.day[this.length] = day;
    this.amount[this.length] = amount;
    this.length++;
  }

  private resize(capacity: number): void {
    const customer = new Int32Array(capacity);
    const day = new Int32Array(capacity);
    const amount = new Float64Array(capacity);
    customer.set(this.customer.subarray(0, this.length));
    day.set(this.day.subarray(0, this.length));
    amount.set(this.amount.subarray(0, this.length));
    this.customer = customer;
    this.day = day;
    this.amount = amount;
  }
}

/** Per-customer purchase parameters drawn once. */
export interface Buyer {
  /** λ before scaling by 1/α (a Gamma(r, 1) draw). */
  rateUnit: number;
  dropout: number;
  /** ν of Gamma-Gamma. */
  spendRate: number;
}

export function drawBuyer(random: Random): Buyer {
  return {
    rateUnit: random.gamma(PURCHASE_MODEL.r, 1),
    dropout: random.beta(PURCHASE_MODEL.a, PURCHASE_MODEL.b),
    spendRate: random.gamma(PURCHASE_MODEL.q, PURCHASE_MODEL.gamma),
  };
}

/**
 * Days of a customer's purchases from `firstDay` (the first purchase) up to, not including,
 * `endDay`; `onPurchase` is called for each, the first included.
 */
export function simulatePurchases(
  random: Random,
  buyer: Buyer,
  rateScale: number,
  firstDay: number,
  endDay: number,
  onPurchase: (day: number) => void,
): void {
  const rate = Math.min(buyer.rateUnit * rateScale, PURCHASE_MODEL.maxRatePerDay);
  onPurchase(firstDay);
  let t = firstDay;
  for (;;) {
    t += random.exponential() / rate;
    if (!(t < endDay)) return;
    onPurchase(Math.floor(t));
    if (random.next() < buyer.dropout) return;
  }
}

/** One order's amount (yuan, before rounding). */
export function drawAmount(random: Random, buyer: Buyer): number {
  return random.gamma(PURCHASE_MODEL.p, buyer.spendRate);
}

/**
 * The rate scale 1/α for which a buyer first seen uniformly within `windowDays` makes
 * `ordersPerBuyer` orders on average, found by bisection on a fixed pilot population.
 *
 * Each pilot customer's story is drawn once: the running sums S_k of unit exponential gaps and
 * the repeat K after which she drops out. With rate λ her k-th repeat falls at S_k / λ, so she
 * makes 1 + #{k ≤ K : S_k < λ·T} orders in T days, the same law as {@link simulatePurchases}.
 * The count grows monotonically with the scale, and each evaluation is a binary search per
 * customer, so calibration costs a few milliseconds and is deterministic for a seed.
 */
export function calibrateRateScale(ordersPerBuyer: number, windowDays: number, seed: number): number {
  const pilotSize = 4000;
  const maxRepeats = 1500;
  const random = new Random(seed ^ 0x5eed_c0de);
  const rateUnits = new Float64Array(pilotSize);
  const spans = new Float64Array(pilotSize);
  const offsets = new Int32Array(pilotSize + 1);
  let sums = new Float64Array(pilotSize * 8);
  let used = 0;
  for (let i = 0; i < pilotSize; i++) {
    const buyer = drawBuyer(random);
    rateUnits[i] = buyer.rateUnit;
    spans[i] = windowDays - random.int(windowDays);
    let sum = 0;
    for (let k = 0; k < maxRepeats; k++) {
      sum += random.exponential();
      if (used === sums.length) {
        const grown = new Float64Array(sums.length * 2);
        grown.set(sums);
        sums = grown;
      }
      sums[used++] = sum;
      if (random.next() < buyer.dropout) break;
    }
    offsets[i + 1] = used;
  }
  const meanOrders = (scale: number): number => {
    let total = 0;
    for (let i = 0; i < pilotSize; i++) {
      const rate = Math.min((rateUnits[i] as number) * scale, PURCHASE_MODEL.maxRatePerDay);
      const limit = rate * (spans[i] as number);
      // Repeats = how many of S_1 … S_K lie below λ·T (binary search; the sums increase).
      let lo = offsets[i] as number;
      let hi = offsets[i + 1] as number;
      const first = lo;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sums[mid] as number) < limit) lo = mid + 1;
        else hi = mid;
      }
      total += 1 + lo - first;
    }
    return total / pilotSize;
  };
  let lo = Math.log(1e-6);
  let hi = Math.log(PURCHASE_MODEL.maxRatePerDay * 10);
  if (ordersPerBuyer <= meanOrders(Math.exp(lo))) return Math.exp(lo);
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (meanOrders(Math.exp(mid)) < ordersPerBuyer) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}
