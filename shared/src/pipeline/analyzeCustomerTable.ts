import { classifyCustomers } from '../classify/index.ts';
import { hasPurchase, lastPurchaseDay } from '../classify/recencyDays.ts';
import { reviewCustomerTable } from '../clean/index.ts';
import { type ClvFitCache, predictCustomerClv } from '../clv/index.ts';
import { type Config, type ConfigInput, resolveConfig } from '../config/config.ts';
import { nextFollowUps, planFollowUps, readPreviousPlan } from '../followups/index.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import type { IsoDate } from '../model/dates.ts';
import type { CustomerField } from '../model/fields.ts';
import type { Language } from '../model/keys.ts';
import type { ComplaintRecord, OrderRecord, PurchaseStats } from '../model/records.ts';
import type { CleaningReview, ClvSummary, CustomerClassification, FollowUpTask } from '../model/results.ts';
import type { SkippedRow } from '../model/skippedRow.ts';
import type { CellIssue, TableData } from '../model/table.ts';
import { callingCodeOf, parsePhone } from '../parse/parsePhone.ts';
import { currencyRegion } from '../parse/parseTexts.ts';
import {
  type BuyerKind,
  type CustomersRead,
  complaintsFromCustomers,
  customerKeysOf,
  derivePurchaseStats,
  type HeaderMapping,
  type IdsWrittenDifferently,
  joinKindOf,
  type OrderColumns,
  type OrdersRead,
  orderRecordsOf,
  type PhoneRegions,
  readComplaintsTable,
  readCustomerTable,
  readOrderColumns,
} from '../table/index.ts';
import { ANALYSIS_TEXTS } from './analysisTexts.ts';
import { type OrderSummary, summarizeOrders } from './orderSummary.ts';
import { requireBuyerColumn } from './requireBuyerColumn.ts';

/** The steps of an analysis, reported to `onProgress` as they start. */
export const ANALYSIS_STEPS = ['parse', 'classify', 'clv', 'follow-ups', 'review'] as const;
export type AnalysisStep = (typeof ANALYSIS_STEPS)[number];

export interface AnalyzeCustomerTableInput {
  customers: TableData;
  /**
   * The customer table already read (readCustomerTable with this input's configuration, date
   * and date objects), e.g. while another thread read the orders; wins over reading `customers`.
   */
  customersRead?: CustomersRead;
  /** One row per purchase; when absent the summary columns of the customer table are used. */
  orders?: TableData | null;
  /**
   * The Orders table already read, e.g. from a file read as a stream (see OrderRowReader); wins
   * over `orders`. Read with `accounts` set as customerAccountsOf says of the customer table, so
   * that its buyer column is the one the analysis would choose; it is joined by the column read.
   */
  ordersRead?: OrdersRead | null;
  /** A Complaints table; when absent the complaint columns of the customer table are used. */
  complaints?: TableData | null;
  /** The follow-up sheet of the last run: its due dates and Done marks carry into the new plan. */
  followUpsSheet?: TableData | null;
  config?: ConfigInput;
  today: IsoDate;
  /** How to read JS Date cells: exceljs delivers UTC midnights, Apps Script local ones. */
  dateObjects?: 'local' | 'utc';
  /** Set to false to skip the BG/NBD + Gamma-Gamma prediction (it needs orders). */
  clv?: boolean;
  /** Fits kept between runs (see ClvFitCache): one fit per version of the orders. */
  clvFitCache?: ClvFitCache;
  /** Called synchronously as each step starts, so a caller can show progress. */
  onProgress?: (step: AnalysisStep, index: number, total: number) => void;
}

/** Everything the jobs (classify, follow-ups, report, clean) need, computed once. */
export interface CustomerAnalysis {
  config: Config;
  today: IsoDate;
  /** One entry per customer row, in sheet order, each carrying its own results. */
  customers: CustomerRow[];
  mapping: HeaderMapping<CustomerField>;
  /** The orders read, as columns (null without an Orders table). */
  orderColumns: OrderColumns | null;
  /**
   * The position in `customers` of each customer id of the orders (by its key in
   * orderColumns.ids), −1 for an id not in the table: the one match of orders to customers that
   * the purchase statistics and the report's figures share (null without orders).
   */
  orderCustomers: Int32Array | null;
  /** The same orders as records, made on first use (the classification never needs them). */
  readonly orders: OrderRecord[] | null;
  /** Purchases, refunds and cancelled orders of the orders table (null without one). */
  orderSummary: OrderSummary | null;
  complaints: ComplaintRecord[];
  /** Rows of any table that are not records (totals, notes, a repeated header…), in table order. */
  skippedRows: SkippedRow[];
  clv: ClvSummary | null;
  /** The open follow-ups (the plan's work). */
  followUps: FollowUpTask[];
  /** Follow-ups ticked done in the last follow-up sheet: kept there, counted nowhere else. */
  doneFollowUps: FollowUpTask[];
  /**
   * How many wanted tasks no owner had room for within the horizon (config.followUps.dailyCapacity).
   * Only counted: in a large table they are most of the tasks wanted, one per customer.
   */
  deferredFollowUps: number;
  /** The data-quality review, made on first use (classify never needs it). */
  readonly review: CleaningReview;
  /** Cell issues of every table read (customers, orders, complaints), in table then row order. */
  issues: CellIssue[];
  /** Human-readable notes, e.g. why no CLV could be predicted. */
  notes: string[];
  /**
   * The notes (also in `notes`) saying that the money figures may not be right as they stand:
   * amounts in two currencies or more, added as they were written; member-card top-ups (充值)
   * counted as purchases. The report shows them at its top.
   */
  moneyNotes: string[];
}

/**
 * Runs the whole core workflow on a customer table (and optional Orders / Complaints tables):
 * parse, derive purchase stats, classify, predict CLV, plan follow-ups and review data quality.
 * Bad cells become issues; nothing throws except a header that names no known column
 * (HeaderNotRecognisedError) and an invalid configuration (ZodError).
 */
export function analyzeCustomerTable(input: AnalyzeCustomerTableInput): CustomerAnalysis {
  const { today } = input;
  const progress = input.onProgress ?? (() => {});
  const total = ANALYSIS_STEPS.length;
  const config = resolveConfig(input.config ?? {});
  const dateOptions = { dateObjects: input.dateObjects ?? 'local' } as const;
  const notes: string[] = [];

  progress('parse', 0, total);
  const customerTable = input.customersRead ?? readCustomerTable(input.customers, config, today, dateOptions);
  const { records, mapping } = customerTable;
  let orders: OrderColumns | null = null;
  let orderSummary: OrderSummary | null = null;
  let orderIssues: CellIssue[] = [];
  const skippedRows: SkippedRow[] = [...customerTable.skipped];
  let customerIdColumn: string | undefined;
  let customerNameColumn: string | undefined;
  let buyer: BuyerKind | undefined;
  // A customer table with a platform-account column (旺旺号) is matched by the orders' account
  // (买家会员名) before their masked numbers (see orderBuyerField).
  const keys = customerKeysOf(mapping.columns);
  const ordersRead =
    input.ordersRead ??
    (input.orders
      ? readOrderColumns(input.orders, config, today, {
          ...dateOptions,
          keepOrderIds: true,
          accounts: keys.accounts,
        })
      : null);
  if (ordersRead) {
    orders = ordersRead.columns;
    orderSummary = summarizeOrders(orders, ordersRead.counts);
    orderIssues = ordersRead.issues;
    skippedRows.push(...ordersRead.skipped);
    // The reader chose the buyer column (OrdersRead.buyer); the join compares the same one, an
    // account with the customers' accounts where they have them, else with their ids.
    buyer = joinKindOf(ordersRead.buyer, keys);
    const idColumn = ordersRead.mapping.columns[ordersRead.buyer];
    customerIdColumn = idColumn === undefined ? undefined : ordersRead.mapping.header[idColumn];
    const nameColumn = ordersRead.mapping.columns.customerName;
    customerNameColumn = nameColumn === undefined ? undefined : ordersRead.mapping.header[nameColumn];
    if (buyer !== 'customerId' && buyer !== 'account')
      requireBuyerColumn(mapping, buyer, customerIdColumn ?? '');
    if (ordersRead.buyer === 'customerId' && buyer === 'name')
      notes.push(ANALYSIS_TEXTS[config.language].idsAsNames(customerIdColumn ?? ''));
  }
  let complaints: ComplaintRecord[];
  let complaintIssues: CellIssue[] = [];
  let complaintsFolded: IdsWrittenDifferently | null = null;
  if (input.complaints) {
    const read = readComplaintsTable(
      input.complaints,
      records,
      config,
      today,
      dateOptions,
      customerTable.index,
    );
    complaints = read.complaints;
    complaintIssues = read.issues;
    complaintsFolded = read.idsWrittenDifferently;
    skippedRows.push(...read.skipped);
  } else {
    complaints = complaintsFromCustomers(records);
  }
  // Unknown-customer issues point at the orders' own customer-id header, as the user wrote it.
  const derived = derivePurchaseStats(records, orders, {
    language: config.language,
    index: customerTable.index,
    region: config.defaultRegion,
    ...(buyer === undefined ? {} : { buyer }),
    ...(customerIdColumn === undefined ? {} : { customerIdColumn }),
    ...(customerNameColumn === undefined ? {} : { customerNameColumn }),
  });

  progress('classify', 1, total);
  const classifications = classifyCustomers(records, derived.stats, today, config);
  // From here on each customer's values travel together on its row.
  const customers: CustomerRow[] = records.map((record, i) => ({
    row: record.row,
    record,
    stats: derived.stats[i] as PurchaseStats,
    classification: classifications[i] as CustomerClassification,
    clv: null,
    nextFollowUp: null,
  }));

  progress('clv', 2, total);
  let clv: ClvSummary | null = null;
  if (orders && orders.length > 0 && input.clv !== false) {
    // Too little data to fit is an expected outcome: it becomes a note, never a crash.
    // The churn warning is for high-value customers as the classification defines them.
    const highValueRows = new Set(classifications.filter((c) => c.valueTier === 'high').map((c) => c.row));
    const predicted = predictCustomerClv(
      records,
      orders,
      today,
      config,
      highValueRows,
      input.clvFitCache,
      derived.customerOfKey,
    );
    if ('error' in predicted) notes.push(predicted.error);
    else {
      const { perCustomer, ...summary } = predicted;
      clv = summary;
      const byRow = new Map(perCustomer.map((c) => [c.row, c]));
      for (let i = 0; i < customers.length; i++) {
        const customer = customers[i] as CustomerRow;
        customer.clv = byRow.get(customer.row) ?? null;
      }
      notes.push(...predicted.notes);
    }
  }

  progress('follow-ups', 3, total);
  const previous = input.followUpsSheet ? readPreviousPlan(input.followUpsSheet, dateOptions) : undefined;
  const plan = planFollowUps({ customers, complaints, config, today, ...(previous ? { previous } : {}) });
  const followUps = plan.tasks;
  notes.push(...plan.notes);

  const next = nextFollowUps(followUps);
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i] as CustomerRow;
    customer.nextFollowUp = next.get(customer.row) ?? null;
  }

  notes.push(...figureNotes(orderSummary, skippedRows.length, config));
  const undated = undatedBuyersNote(
    customers,
    orders === null && mapping.columns.lastPurchase === undefined,
    config,
  );
  if (undated !== null) notes.push(undated);
  const texts = ANALYSIS_TEXTS[config.language];
  if (customerTable.furtherLines > 0) notes.push(texts.furtherLines(customerTable.furtherLines));
  const yearless = customerTable.yearlessDate ?? ordersRead?.counts.yearlessDate ?? null;
  if (yearless !== null) notes.push(texts.yearlessDates(yearless, today));
  if (derived.idsWrittenDifferently !== null)
    notes.push(texts.idsWrittenDifferently('orders', derived.idsWrittenDifferently));
  if (complaintsFolded !== null) notes.push(texts.idsWrittenDifferently('complaints', complaintsFolded));
  const moneyNotes: string[] = [];
  const currencyNote = currencyMixNote(ordersRead?.counts.currencies ?? {}, texts.currencies);
  if (currencyNote !== null) moneyNotes.push(currencyNote);
  // Without orders, the customer table's spend column is what the figures add up.
  const spendNote =
    orders === null ? currencyMixNote(customerTable.spendCurrencies, texts.spendCurrencies) : null;
  if (spendNote !== null) moneyNotes.push(spendNote);
  const topUps = ordersRead?.counts.topUps ?? 0;
  if (topUps > 0) {
    const note = ordersRead?.counts.topUpsLeftOut ? texts.topUpsLeftOut : texts.topUps;
    moneyNotes.push(note(topUps, formatMoney(ordersRead?.counts.topUpTotal ?? 0)));
  }
  const partialRefunds = ordersRead?.counts.partialRefunds ?? 0;
  if (partialRefunds > 0) moneyNotes.push(texts.partialRefunds(partialRefunds));
  const maskedBuyers = ordersRead ? maskedBuyersNote(ordersRead, config.language) : null;
  if (maskedBuyers !== null) moneyNotes.push(maskedBuyers);
  const grouped = ordersRead?.counts.groupedRows ?? [];
  if (grouped.length > 0) {
    moneyNotes.push(
      texts.groupedRows(
        grouped.length,
        grouped.slice(0, GROUPED_ROWS_SHOWN),
        grouped.length > GROUPED_ROWS_SHOWN,
      ),
    );
  }
  const walkIns = ordersRead?.counts.walkIns ?? 0;
  if (walkIns > 0) moneyNotes.push(texts.walkIns(walkIns, formatMoney(ordersRead?.counts.walkInTotal ?? 0)));
  const giftCards = ordersRead?.counts.giftCards ?? 0;
  if (giftCards > 0)
    moneyNotes.push(texts.giftCards(giftCards, formatMoney(ordersRead?.counts.giftCardTotal ?? 0)));
  const heldMoney = ordersRead?.counts.heldMoney ?? 0;
  if (heldMoney > 0)
    moneyNotes.push(texts.heldMoney(heldMoney, formatMoney(ordersRead?.counts.heldMoneyTotal ?? 0)));
  const payments = ordersRead?.counts.payments ?? 0;
  if (payments > 0)
    moneyNotes.push(texts.payments(payments, formatMoney(ordersRead?.counts.paymentTotal ?? 0)));
  const named = ordersRead?.counts.namedBuyers ?? 0;
  if (named > 0) {
    const rows = ordersRead?.counts.namedBuyerRows ?? [];
    moneyNotes.push(
      texts.namedBuyers(named, customerIdColumn ?? '', customerNameColumn ?? '', rows, named > rows.length),
    );
  }
  notes.push(...moneyNotes);
  const phoneNote = phoneRegionNote(
    customerTable.phoneRegions,
    config,
    moneyRegion(customerTable.spendCurrencies, ordersRead?.counts.currencies ?? {}),
  );
  if (phoneNote !== null) notes.push(phoneNote);
  // Numbers cut short are each listed with the other invalid cells; said once here, as the
  // whole column's likely cause and what to do about it.
  const cut = customerTable.phoneRegions.cut;
  if (cut > 0) notes.push(texts.phonesCut(cut));
  const { masked, maskedExample } = customerTable.phoneRegions;
  if (masked > 0 && maskedExample !== null) notes.push(texts.phonesMasked(masked, maskedExample));

  progress('review', 4, total);
  const customerIssues = [...customerTable.issues, ...derived.issues.filter(isCustomerIssue)];
  let review: CleaningReview | null = null;
  const issues = [
    ...customerIssues,
    ...orderIssues,
    ...complaintIssues,
    ...derived.issues.filter((issue) => !isCustomerIssue(issue)),
  ];

  let orderRecords: OrderRecord[] | null = null;
  return {
    config,
    today,
    customers,
    mapping,
    orderColumns: orders,
    orderCustomers: derived.customerOfKey,
    get orders() {
      if (orders !== null && orderRecords === null) orderRecords = orderRecordsOf(orders);
      return orderRecords;
    },
    orderSummary,
    complaints,
    skippedRows,
    clv,
    followUps,
    doneFollowUps: plan.done,
    deferredFollowUps: plan.deferredCount,
    get review() {
      review ??= reviewCustomerTable(records, customerIssues, mapping, config, skippedRows);
      return review;
    },
    issues,
    notes,
    moneyNotes,
  };
}

/**
 * Buyers whose recency is unknown: each is scored and staged as well as can be, and the note says
 * how many, once. When nothing in the input could date a purchase, it says so: every buyer is then
 * at risk, which is the data's fault, not the customers'.
 */
function undatedBuyersNote(
  customers: readonly CustomerRow[],
  noSource: boolean,
  config: Config,
): string | null {
  let buyers = 0;
  let undated = 0;
  for (let i = 0; i < customers.length; i++) {
    const { stats } = customers[i] as CustomerRow;
    if (!hasPurchase(stats)) continue;
    buyers++;
    if (lastPurchaseDay(stats) === null) undated++;
  }
  if (undated === 0) return null;
  return ANALYSIS_TEXTS[config.language].undatedBuyers(undated, noSource && undated === buyers);
}

/** What the figures include, said once: refunds netted, cancellations and non-record rows left out. */
function figureNotes(summary: OrderSummary | null, skipped: number, config: Config): string[] {
  const text = ANALYSIS_TEXTS[config.language];
  const notes: string[] = [];
  if (summary !== null && summary.refunds > 0) {
    notes.push(
      text.refunds(summary.refunds, formatMoney(summary.refundTotal), formatMoney(summary.netRevenue)),
    );
  }
  if (summary !== null && summary.cancelled > 0) notes.push(text.cancelled(summary.cancelled));
  if (summary !== null && summary.unpaid > 0) notes.push(text.unpaid(summary.unpaid));
  if (summary !== null && summary.openDeals + summary.lostDeals > 0)
    notes.push(text.deals(summary.openDeals, summary.lostDeals));
  if (skipped > 0) notes.push(text.skipped(skipped));
  return notes;
}

/**
 * When the amounts (the orders', or the customer table's spend) name two currencies or more (HK$
 * and ¥, NT$ and USD), `text` of them: they were added as they stand, which no figure of money
 * can be right with. Amounts that name none count with neither.
 */
function currencyMixNote(
  currencies: Readonly<Record<string, number>>,
  text: (named: readonly [code: string, count: number][]) => string,
): string | null {
  const named = Object.entries(currencies).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return named.length < 2 ? null : text(named);
}

/**
 * The currency the table's amounts name most (the customers' spend and the orders'), with the
 * region it is the money of (currencyRegion); null where none names one, or it is no one
 * country's (EUR, USD).
 */
function moneyRegion(
  spend: Readonly<Record<string, number>>,
  orders: Readonly<Record<string, number>>,
): { currency: string; region: string } | null {
  const all: Record<string, number> = { ...spend };
  for (const [code, count] of Object.entries(orders)) all[code] = (all[code] ?? 0) + count;
  let best: [string, number] | null = null;
  for (const [code, count] of Object.entries(all))
    if (count > 0 && (best === null || count > best[1])) best = [code, count];
  const region = best === null ? null : currencyRegion(best[0]);
  return best === null || region === null ? null : { currency: best[0], region };
}

/**
 * When more phone cells are valid elsewhere than in the default region, that region, said once:
 * the table is likely kept there. First the region the table's money names, where its numbers
 * are valid (a Polish ledger in zł read as CN: its numbers are Polish, though nine digits read as
 * Taiwan's too); then the one country of its numbers written with a country code (a Spanish
 * ledger in euro, some mobiles written +34); else a nearby region (a Hong Kong ledger read as
 * CN). A few numbers from elsewhere in a table of the default region's get only their cells'
 * messages.
 */
function phoneRegionNote(
  phoneRegions: PhoneRegions,
  config: Config,
  money: { currency: string; region: string } | null,
): string | null {
  const defaultRegion = config.defaultRegion.toUpperCase();
  if (money !== null && money.region !== defaultRegion) {
    const valid = validIn(phoneRegions.invalid, money.region);
    if (valid > phoneRegions.valid)
      return ANALYSIS_TEXTS[config.language].phoneRegionOfMoney(
        valid,
        defaultRegion,
        money.region,
        money.currency,
      );
  }
  // The one country the table's numbers written with a country code are of (a Valencia
  // distributor's +34 mobiles), where its numbers without the code are valid: as the money says
  // it above, and before a nearby region they fit by chance (nine digits read as Taiwan's too).
  const abroad = Object.keys(phoneRegions.abroad);
  const country = abroad.length === 1 ? (abroad[0] as string) : null;
  const code = country === null ? null : callingCodeOf(country);
  if (country !== null && code !== null && country !== defaultRegion) {
    const valid = validIn(phoneRegions.invalid, country);
    if (valid > phoneRegions.valid)
      return ANALYSIS_TEXTS[config.language].phoneRegionOfCountryCode(valid, defaultRegion, country, code);
  }
  let best: [string, number] | null = null;
  for (const [region, count] of Object.entries(phoneRegions.elsewhere)) {
    if (best === null || count > best[1]) best = [region, count];
  }
  if (best === null || best[1] <= phoneRegions.valid) return null;
  return ANALYSIS_TEXTS[config.language].phoneRegion(best[1], config.defaultRegion.toUpperCase(), best[0]);
}

/** How many of `texts` are valid phone numbers in `region`. */
function validIn(texts: readonly string[], region: string): number {
  let valid = 0;
  for (const text of texts) {
    const parsed = parsePhone(text, region);
    if (parsed.ok && parsed.value !== null) valid++;
  }
  return valid;
}

/** How many of the rows given their group's buyer the note on them lists. */
const GROUPED_ROWS_SHOWN = 8;

/** The note on orders left out for a masked buyer (OrderCounts.maskedBuyers), or null for none. */
export function maskedBuyersNote(
  read: Pick<OrdersRead, 'counts' | 'mapping' | 'buyer'>,
  language: Language,
): string | null {
  const { maskedBuyers, maskedBuyerExample } = read.counts;
  if (maskedBuyers === 0 || maskedBuyerExample === null) return null;
  const headerOf = (column: number | undefined) =>
    column === undefined ? null : (read.mapping.header[column] ?? '').trim();
  const { columns } = read.mapping;
  // An account column the buyer was not taken from: the customer table had no platform-account
  // column to match it (with one, the account is taken before a masked number).
  const account = read.buyer === 'buyerAccount' ? null : headerOf(columns.buyerAccount);
  return ANALYSIS_TEXTS[language].maskedBuyers(
    maskedBuyers,
    headerOf(columns[read.buyer]) ?? '',
    maskedBuyerExample,
    account,
  );
}

function formatMoney(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

function isCustomerIssue(issue: CellIssue): boolean {
  return issue.table === undefined || issue.table === 'customers';
}
