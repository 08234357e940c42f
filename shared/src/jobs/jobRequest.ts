import type { ClvFitCache } from '../clv/clvFitCache.ts';
import type { Config } from '../config/config.ts';
import type { IsoDate } from '../model/dates.ts';
import type { AnalysisStep } from '../pipeline/analyzeCustomerTable.ts';
import type { CustomersRead } from '../table/readCustomerTable.ts';
import type { OrdersRead } from '../table/readOrdersTable.ts';
import type { JobTables } from './readJobTables.ts';

/** Everything a job runs on: the located tables, the configuration and the date. */
export interface JobRequest {
  tables: JobTables;
  config: Config;
  today: IsoDate;
  /** How Date cells were made: exceljs gives UTC midnights, Apps Script local ones. */
  dateObjects?: 'local' | 'utc';
  /** false skips the BG/NBD + Gamma-Gamma prediction (jobs that need none skip it anyway). */
  clv?: boolean;
  /** Fits kept between runs, so that the jobs run on one version of the data fit once. */
  clvFitCache?: ClvFitCache;
  /** Report title. */
  title?: string;
  /** Sheets the workbook has now, so an output sheet replaces its earlier copy in either language. */
  sheetNames?: readonly string[];
  onProgress?: (step: AnalysisStep, index: number, total: number) => void;
  /**
   * The Orders table already read as a stream (see OrderRowReader), when the adapter reads a large
   * orders file that way; `tables.orders` then holds only its first rows.
   */
  ordersRead?: OrdersRead | null;
  /**
   * The customer table already read (readJobCustomers), when the adapter reads it while the
   * orders are read elsewhere (the CLI reads a large orders file in a worker thread meanwhile).
   */
  customersRead?: CustomersRead;
}
