// The core's hot paths on 100k customers / 1M orders: parsing,
// classification, follow-ups and the report model, against the targets classify + follow-ups +
// report model ≤ 1.5 s after parsing and peak heap ≤ 1 GB.
import {
  buildReport,
  type CustomerClassification,
  type CustomerRow,
  classifyCustomers,
  derivePurchaseStats,
  generateSample,
  type PurchaseStats,
  planFollowUps,
  predictCustomerClv,
  readComplaintsTable,
  readCustomerTable,
  readOrderColumns,
  resolveConfig,
  reviewCustomerTable,
} from '@crm/shared';
import { formatBytes, formatMs, GB, measure, note, printHeader, reportTarget } from './harness.ts';

const CUSTOMERS = 100_000;
const ORDERS_PER_CUSTOMER = 10;
const TODAY = '2025-06-30';
const SEED = 2025;
const TARGET_MS = 1500;
const TARGET_HEAP = 1 * GB;

export async function run(): Promise<void> {
  const config = resolveConfig();
  printHeader(
    `core on ${CUSTOMERS.toLocaleString('en')} customers, ~${ORDERS_PER_CUSTOMER} orders each (seed ${SEED})`,
  );

  const { result: sample } = await measure(
    'generate sample (not a target)',
    () =>
      generateSample({
        customers: CUSTOMERS,
        ordersPerCustomer: ORDERS_PER_CUSTOMER,
        seed: SEED,
        today: TODAY,
      }),
    { runs: 1, rows: (s) => s.customers.rows.length + s.orders.rows.length },
  );
  const rows = sample.customers.rows.length;
  const orderRows = sample.orders.rows.length;
  note(`${rows} customers, ${orderRows} orders, ${sample.complaints.rows.length} complaints`);

  const { result: parsed } = await measure(
    'parse (customers + orders + complaints + stats)',
    () => {
      const customers = readCustomerTable(sample.customers, config, TODAY);
      // As the job layer reads them: columns, not a record per order.
      const orders = readOrderColumns(sample.orders, config, TODAY);
      const stats = derivePurchaseStats(customers.records, orders.columns);
      const complaints = readComplaintsTable(sample.complaints, customers.records, config, TODAY);
      return { customers, orders, stats, complaints };
    },
    { runs: 3, rows: rows + orderRows },
  );
  const { records, mapping } = parsed.customers;
  const stats = parsed.stats.stats;
  const orders = parsed.orders.columns;
  const complaints = parsed.complaints.complaints;
  const issues = [
    ...parsed.customers.issues,
    ...parsed.orders.issues,
    ...parsed.stats.issues,
    ...parsed.complaints.issues,
  ];
  note(
    `${records.length} records, ${orders.length} orders, ${complaints.length} complaints, ${issues.length} issues`,
  );

  const { result: review } = await measure(
    'clean (review, not a target)',
    () => reviewCustomerTable(records, parsed.customers.issues, mapping, config),
    { runs: 3, rows },
  );

  const { result: classifications, measurement: classify } = await measure(
    'classify',
    () => classifyCustomers(records, stats, TODAY, config),
    { runs: 5, rows },
  );

  const rowsOf = (classified: typeof classifications): CustomerRow[] =>
    records.map((record, i) => ({
      row: record.row,
      record,
      stats: stats[i] as PurchaseStats,
      classification: classified[i] as CustomerClassification,
      clv: null,
      nextFollowUp: null,
    }));
  const customers = rowsOf(classifications);
  const { result: plan, measurement: followUpsTime } = await measure(
    'follow-ups',
    () => planFollowUps({ customers, complaints, config, today: TODAY }),
    { runs: 5, rows },
  );
  const followUps = plan.tasks;
  note(`${followUps.length} tasks planned, ${plan.deferredCount} beyond the owners' daily capacity`);

  const reportInput = {
    customers,
    orders,
    complaints,
    followUps,
    review,
    issues,
    clv: null,
    config,
    today: TODAY,
  };
  const { measurement: report } = await measure('report model', () => buildReport(reportInput), {
    runs: 5,
    rows,
  });

  const { measurement: total } = await measure(
    'classify + follow-ups + report model',
    () => {
      const classified = rowsOf(classifyCustomers(records, stats, TODAY, config));
      const tasks = planFollowUps({ customers: classified, complaints, config, today: TODAY });
      return buildReport({ ...reportInput, customers: classified, followUps: tasks.tasks });
    },
    { runs: 5, rows },
  );

  const { result: clv } = await measure(
    'CLV: BG/NBD + Gamma-Gamma (not a target here)',
    () => predictCustomerClv(records, orders, TODAY, config),
    { runs: 1, rows },
  );
  if ('error' in clv) note(`CLV: ${clv.error}`);

  process.stdout.write('\n');
  note(
    `sum of the separate medians: ${formatMs(classify.medianMs + followUpsTime.medianMs + report.medianMs)}`,
  );
  reportTarget('classify + follow-ups + report model (median)', total.medianMs, TARGET_MS, formatMs);
  note(
    `(CPU time of that run, median: ${formatMs(total.medianCpuMs)}; wall time suffers most on a busy machine)`,
  );
  reportTarget(
    'peak heap during classify + follow-ups + report model',
    total.peakHeapBytes,
    TARGET_HEAP,
    formatBytes,
  );
  note(
    `(peak heap counts everything alive: the sample tables and parsed records, ${formatBytes(total.baseHeapBytes)} before the run, included)`,
  );
}
