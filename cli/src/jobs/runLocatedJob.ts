import {
  type Config,
  customerAccountsOf,
  type IsoDate,
  JobError,
  type JobName,
  type JobOutput,
  type JobRequest,
  jobProblemText,
  type LocateOptions,
  locatedSheetNames,
  locateTables,
  mapCustomerHeader,
  type OrdersRead,
  readJobCustomers,
  readJobTables,
  runJob,
  type SheetGrid,
  type TableLocation,
  type WorkbookLocation,
} from '@crm/shared';
import { CliError } from '../support/CliError.ts';
import type { Progress } from '../support/progress.ts';
import { t } from '../texts/currentTexts.ts';

export interface LocatedJobInput {
  /** Probes of every sheet (the first rows are enough). */
  probes: readonly SheetGrid[];
  /** The full grids of the sheets the job reads. */
  readSheets: (names: string[]) => Promise<SheetGrid[]>;
  locate: Omit<LocateOptions, 'headerOverrides'>;
  config: Config;
  today: IsoDate;
  dateObjects: 'local' | 'utc';
  clv?: boolean;
  title?: string;
  progress: Progress;
  /**
   * Reads the located Orders table as a stream when the adapter can (a large CSV file), else
   * gives null and the table is read from its grid. The customer table is read while this
   * reading is under way (it may run in another thread); `signal` is aborted when the job stops
   * before the orders are wanted. `accounts` says whether the customer table has a
   * platform-account column, which decides the orders' buyer column (see orderBuyerField).
   */
  readOrders?: (where: TableLocation, signal: AbortSignal, accounts: boolean) => Promise<OrdersRead | null>;
  /** Called as each step of the analysis starts (a check that memory suffices for it). */
  beforeStep?: () => void;
}

/**
 * Locates the tables by the core's one rule, reads the sheets they are on and runs the job,
 * whatever holds the workbook (files or Google Sheets). A JobError becomes a CliError in the
 * user's language.
 */
export async function runLocatedJob(
  job: JobName,
  input: LocatedJobInput,
): Promise<{ output: JobOutput; location: WorkbookLocation; request: JobRequest }> {
  try {
    const location = locateTables(input.probes, {
      ...input.locate,
      headerOverrides: input.config.headerOverrides,
    });
    const sheets = await input.readSheets(locatedSheetNames(location));
    const stop = new AbortController();
    const tables = readJobTables(sheets, location);
    // The header alone says whether the customers record platform accounts (旺旺号): the orders
    // are read with their buyer column chosen as the analysis would choose it.
    const accounts = customerAccountsOf(
      mapCustomerHeader(tables.customers.table.header, input.config.headerOverrides.customers).columns,
    );
    const reading =
      location.orders && input.readOrders ? input.readOrders(location.orders, stop.signal, accounts) : null;
    const request: JobRequest = {
      tables,
      config: input.config,
      today: input.today,
      dateObjects: input.dateObjects,
      ...(input.clv === undefined ? {} : { clv: input.clv }),
      ...(input.title === undefined ? {} : { title: input.title }),
      sheetNames: input.probes.map((p) => p.name),
      onProgress: (step) => {
        input.beforeStep?.();
        input.progress.step(t().progress[step]);
      },
    };
    if (reading !== null) {
      try {
        input.beforeStep?.();
        request.customersRead = readJobCustomers(request);
      } catch (error) {
        stop.abort();
        // What the orders say no longer matters once the customers cannot be read.
        reading.catch(() => {});
        throw error;
      }
      const ordersRead = await reading;
      if (ordersRead) request.ordersRead = ordersRead;
    }
    return { output: runJob(job, request), location, request };
  } catch (error) {
    if (error instanceof JobError) throw new CliError(jobProblemText(error.problem, input.config.language));
    throw error;
  }
}
