import { resolveConfig } from '../config/config.ts';
import { analyzeCustomerTable, type CustomerAnalysis } from '../pipeline/analyzeCustomerTable.ts';
import { HeaderNotRecognisedError } from '../table/HeaderNotRecognisedError.ts';
import { type CustomersRead, readCustomerTable } from '../table/readCustomerTable.ts';
import { classifyJob } from './classifyJob.ts';
import { cleanJob } from './cleanJob.ts';
import { followUpsJob } from './followUpsJob.ts';
import { JobError } from './JobError.ts';
import type { JobDefinition } from './jobDefinition.ts';
import type { JobName, JobOutput } from './jobOutput.ts';
import type { JobRequest } from './jobRequest.ts';
import { JOB_TEXTS } from './jobTexts.ts';
import { reportJob } from './reportJob.ts';

/** Every job by name; adding a job is one file plus one line here. */
export const JOBS: Record<JobName, JobDefinition> = {
  clean: cleanJob,
  classify: classifyJob,
  followups: followUpsJob,
  report: reportJob,
};

/**
 * Runs a job on located tables (see locateTables and readJobTables): the whole analysis, then
 * what the job writes. Nothing is written here; adapters apply the output.
 *
 * @throws JobError when a table's header names too few known columns.
 */
export function runJob(name: JobName, request: JobRequest): JobOutput {
  const job = JOBS[name];
  const analysis = analyzeTables(request, job.usesClv);
  return {
    job: name,
    analysis,
    customerSheet: request.tables.customers.sheet,
    ...job.produce(analysis, request),
  };
}

/** The analysis of the located tables, with an unusable header turned into a JobError. */
export function analyzeTables(request: JobRequest, usesClv = true): CustomerAnalysis {
  const { tables } = request;
  const analysis = withJobErrors(request, () =>
    analyzeCustomerTable({
      customers: tables.customers.table,
      ...(request.customersRead ? { customersRead: request.customersRead } : {}),
      orders: tables.orders?.table ?? null,
      ...(request.ordersRead ? { ordersRead: request.ordersRead } : {}),
      complaints: tables.complaints?.table ?? null,
      followUpsSheet: tables.followUps?.table ?? null,
      config: request.config,
      today: request.today,
      dateObjects: request.dateObjects ?? 'local',
      clv: usesClv && request.clv !== false,
      ...(request.clvFitCache ? { clvFitCache: request.clvFitCache } : {}),
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    }),
  );
  // Purchases left unread make every money figure short: said first, and at the report's top.
  const passedOver = tables.ordersPassedOver ?? [];
  if (passedOver.length > 0) {
    const note = JOB_TEXTS[request.config.language].ordersPassedOver(passedOver);
    analysis.notes.unshift(note);
    analysis.moneyNotes.unshift(note);
  }
  return analysis;
}

/**
 * The customer table of a request read as analyzeTables reads it, for an adapter with other work
 * to do meanwhile; the result goes back in as `customersRead`. An unusable header is a JobError.
 */
export function readJobCustomers(request: JobRequest): CustomersRead {
  return withJobErrors(request, () =>
    readCustomerTable(request.tables.customers.table, resolveConfig(request.config), request.today, {
      dateObjects: request.dateObjects ?? 'local',
    }),
  );
}

function withJobErrors<T>(request: JobRequest, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof HeaderNotRecognisedError)) throw error;
    const { tables } = request;
    const buyer = error.ordersBuyer;
    if (buyer !== undefined) {
      throw new JobError({
        code: 'customers-lack-buyer-column',
        sheet: tables.customers.sheet,
        ordersSheet: tables.orders?.sheet ?? 'orders',
        by: buyer.by,
        column: buyer.column,
        found: error.found.filter((h) => h.trim() !== ''),
        expected: error.expected,
      });
    }
    throw new JobError({
      code: 'header-not-recognised',
      role: error.table,
      sheet: tables[error.table]?.sheet ?? error.table,
      found: error.found.filter((h) => h.trim() !== ''),
      expected: error.expected,
      ...(error.missing === undefined ? {} : { missing: error.missing }),
    });
  }
}
