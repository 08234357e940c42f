import { type IsoDate, isIsoDate, toDayNumber } from '../model/dates.ts';
import type { TableData } from '../model/table.ts';
import { Random } from '../random/random.ts';
import { buildComplaintRows, COMPLAINT_HEADER } from './complaintRows.ts';
import { type ComplaintDraft, draftComplaints } from './complaints.ts';
import { CUSTOMER_HEADER, SUMMARY_HEADER } from './customerHeader.ts';
import { buildCustomerRows } from './customerRows.ts';
import { DateFormats } from './dateFormats.ts';
import { buildOrderRows, ORDER_HEADER } from './orderRows.ts';
import {
  type Buyer,
  calibrateRateScale,
  drawAmount,
  drawBuyer,
  PurchaseLog,
  simulatePurchases,
} from './purchases.ts';
import { ROLE, SAMPLE_RATES } from './sampleRates.ts';

/** Options of {@link generateSample}. */
export interface SampleOptions {
  /** Number of customer rows (duplicates and prospects included). */
  customers: number;
  /**
   * Average orders per customer row over the two years (default 10). Every buyer has at least
   * one order, so below about 1 each buyer simply has one.
   */
  ordersPerCustomer?: number;
  /** Same seed, same sample (default 1). */
  seed?: number;
  /** The sample's "today": orders fall in the two years before it. */
  today: IsoDate;
  /**
   * Also write the purchase summary columns (首次购买日期, 最近购买日期, 购买次数, 消费金额)
   * into the customer table, for the single-table workflow without Orders (default false).
   */
  summaryColumns?: boolean;
}

/** A generated customer table with its Orders and Complaints tables. */
export interface Sample {
  customers: TableData;
  orders: TableData;
  complaints: TableData;
}

/** Orders fall within this many days before today. */
const WINDOW_DAYS = 730;

/**
 * A deterministic, realistic bilingual sample: a Chinese SME's customer table (70 % Chinese and
 * 30 % English contacts, messy phones, emails and dates, an unknown 微信群 column), its Orders
 * (BG/NBD-like purchase timing, Gamma-Gamma spend, messy amounts) and its complaint log across
 * every stage, with low rates of deliberate defects (invalid emails, impossible and future
 * dates, negative amounts, exact and likely duplicates, missing names, blank phones).
 * Used by `npm start`, tests and benchmarks at any size (1k to 1M orders).
 */
export function generateSample(options: SampleOptions): Sample {
  if (!isIsoDate(options.today))
    throw new RangeError(`today must be a YYYY-MM-DD date, got ${options.today}`);
  const count = Math.max(0, Math.floor(options.customers));
  const seed = Math.floor(options.seed ?? 1);
  const ordersPerCustomer = Math.max(0, options.ordersPerCustomer ?? 10);
  const summaryColumns = options.summaryColumns ?? false;
  const today = toDayNumber(options.today);
  const firstDay = today - WINDOW_DAYS;
  const rates = SAMPLE_RATES;
  const random = new Random(seed);
  // Dates in the sample lie within ~2 years before today and a few months after (typos);
  // the cache starts well before to be safe.
  const dates = new DateFormats(firstDay - 400);

  const roles = new Uint8Array(count);
  const english = new Uint8Array(count);
  let buyers = 0;
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < rates.exactDuplicate) roles[i] = ROLE.exactDuplicate;
    else if (roll < rates.exactDuplicate + rates.likelyDuplicate) roles[i] = ROLE.likelyDuplicate;
    else if (roll < rates.exactDuplicate + rates.likelyDuplicate + rates.prospect) roles[i] = ROLE.prospect;
    else buyers++;
    english[i] = random.chance(rates.english) ? 1 : 0;
  }
  const ids = customerIds(count);

  // Purchases, customer by customer, into columns.
  const firstPurchase = new Int32Array(count).fill(-1);
  const lastPurchase = new Int32Array(count).fill(-1);
  const orderCount = new Int32Array(count);
  const totalSpend = new Float64Array(count);
  const log = new PurchaseLog(Math.ceil(count * ordersPerCustomer * 1.1));
  const rateScale =
    buyers > 0 ? calibrateRateScale((ordersPerCustomer * count) / buyers, WINDOW_DAYS, seed) : 0;
  let customer = 0;
  let buyer: Buyer | null = null;
  const onPurchase = (day: number): void => {
    const raw = drawAmount(random, buyer as Buyer);
    // Prices end in whole yuan about half the time.
    const amount = Math.max(1, random.chance(0.45) ? Math.round(raw) : Math.round(raw * 100) / 100);
    log.push(customer, day, amount);
    if (firstPurchase[customer] === -1) firstPurchase[customer] = day;
    lastPurchase[customer] = day;
    orderCount[customer] = (orderCount[customer] ?? 0) + 1;
    totalSpend[customer] = (totalSpend[customer] ?? 0) + amount;
  };
  for (customer = 0; customer < count; customer++) {
    if (roles[customer] !== ROLE.buyer) continue;
    buyer = drawBuyer(random);
    simulatePurchases(random, buyer, rateScale, firstDay + random.int(WINDOW_DAYS), today, onPurchase);
  }

  // Complaints from buyers who have been customers for a month at least.
  const drafts: ComplaintDraft[] = [];
  const latestComplaint: (ComplaintDraft | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const first = firstPurchase[i] as number;
    if (first < 0 || first > today - 30 || !random.chance(rates.complaint)) continue;
    const own = draftComplaints(random, i, english[i] === 1, first, today);
    drafts.push(...own);
    latestComplaint[i] = own[own.length - 1];
  }

  const customerRows = buildCustomerRows({
    random,
    answers: new Random(seed * 7919 + 17),
    rates,
    today,
    dates,
    summaryColumns,
    ids,
    roles,
    english,
    firstPurchase,
    lastPurchase,
    orderCount,
    totalSpend,
    vipSpend: topDecile(totalSpend, orderCount),
    latestComplaint,
  });
  const header: string[] = [...CUSTOMER_HEADER];
  if (summaryColumns) header.splice(8, 0, ...SUMMARY_HEADER);

  return {
    customers: { header, rows: customerRows },
    orders: {
      header: [...ORDER_HEADER],
      rows: buildOrderRows(log, ids, firstDay, today, dates, random, rates),
    },
    complaints: { header: [...COMPLAINT_HEADER], rows: buildComplaintRows(drafts, ids, dates, random) },
  };
}

/** C000001, C000002 … (wider when there are more than a million customers). */
function customerIds(count: number): string[] {
  const width = Math.max(6, String(count).length);
  const ids: string[] = new Array(count);
  for (let i = 0; i < count; i++) ids[i] = `C${String(i + 1).padStart(width, '0')}`;
  return ids;
}

/** Total spend of the 90th percentile buyer: the VIP tag goes to the top tenth. */
function topDecile(totalSpend: Float64Array, orderCount: Int32Array): number {
  const spends: number[] = [];
  for (let i = 0; i < totalSpend.length; i++) if ((orderCount[i] ?? 0) > 0) spends.push(totalSpend[i] ?? 0);
  if (spends.length === 0) return Number.POSITIVE_INFINITY;
  const sorted = Float64Array.from(spends).sort();
  return sorted[Math.floor(sorted.length * 0.9)] ?? Number.POSITIVE_INFINITY;
}
