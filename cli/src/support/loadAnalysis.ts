import {
  type AnalysisStep,
  analyzeCustomerTable,
  type CustomerAnalysis,
  HeaderNotRecognisedError,
  type Language,
  type TableData,
} from '@crm/shared';
import { type OpenedTable, openTableFile, readOtherSheet } from '../files/readTableFile.ts';
import { CliError } from './CliError.ts';
import { type ConfigOptions, loadConfig } from './loadConfig.ts';
import { Progress } from './progress.ts';
import { resolveToday } from './today.ts';

/** Options every analysing command shares (--in, --orders, --complaints, --today, …). */
export interface InputOptions extends ConfigOptions {
  in?: string;
  spreadsheet?: string;
  sheet?: string;
  orders?: string;
  complaints?: string;
  today?: string;
}

/** Sheet names that hold the Orders / Complaints tables next to the customers in one workbook. */
const ORDER_SHEETS = ['orders', 'order', '订单', '订单表', '订单明细', '购买记录'];
const COMPLAINT_SHEETS = ['complaints', 'complaint', 'interactions', '投诉', '投诉表', '投诉记录'];

export interface LoadedAnalysis {
  customers: OpenedTable;
  analysis: CustomerAnalysis;
  language: Language;
  /** What was read, for messages: e.g. `orders from sheet "订单"`. */
  sources: string[];
}

/** Reads the input files and runs the core pipeline, showing progress for long runs. */
export async function loadAnalysis(
  options: InputOptions,
  extra: { clv?: boolean } = {},
): Promise<LoadedAnalysis> {
  const input = options.in;
  if (input === undefined)
    throw new CliError('give the customer table: --in FILE (.xlsx/.csv) or --spreadsheet ID');
  const today = resolveToday(options.today);
  const config = await loadConfig(options);
  const progress = new Progress(7);
  try {
    progress.step('reading files', 0);
    const customers = await openTableFile(input, options.sheet === undefined ? {} : { sheet: options.sheet });
    const sources = [`customers from ${describe(customers, options.sheet)}`];
    const orders = await optionalTable(options.orders, customers, ORDER_SHEETS, 'orders', sources);
    const complaints = await optionalTable(
      options.complaints,
      customers,
      COMPLAINT_SHEETS,
      'complaints',
      sources,
    );
    const analysis = analyze(
      { customers: customers.table, orders, complaints, today, config, clv: extra.clv },
      {
        customers: input,
        orders: options.orders ?? input,
        complaints: options.complaints ?? input,
      },
      (step) => progress.step(step, 1 + STEP_INDEX[step]),
    );
    return { customers, analysis, language: config.language, sources };
  } finally {
    progress.done();
  }
}

const STEP_INDEX: Record<AnalysisStep, number> = {
  parse: 0,
  classify: 1,
  clv: 2,
  'follow-ups': 3,
  review: 4,
};

function analyze(
  input: {
    customers: TableData;
    orders: TableData | null;
    complaints: TableData | null;
    today: string;
    config: CustomerAnalysis['config'];
    clv: boolean | undefined;
  },
  files: Record<'customers' | 'orders' | 'complaints', string>,
  onProgress: (step: AnalysisStep) => void,
): CustomerAnalysis {
  try {
    return analyzeCustomerTable({
      customers: input.customers,
      orders: input.orders,
      complaints: input.complaints,
      config: input.config,
      today: input.today,
      // Only .xlsx cells are Dates, and exceljs reads them as UTC midnights.
      dateObjects: 'utc',
      ...(input.clv === undefined ? {} : { clv: input.clv }),
      onProgress,
    });
  } catch (error) {
    if (error instanceof HeaderNotRecognisedError) throw headerError(error, files);
    throw error;
  }
}

/** Names the file, what its header holds and the column names the toolkit expects. */
export function headerError(
  error: HeaderNotRecognisedError,
  files: Record<'customers' | 'orders' | 'complaints', string>,
): CliError {
  const table = error.table === 'orders' || error.table === 'complaints' ? error.table : 'customers';
  const found = error.found.filter((text) => text.trim() !== '');
  return new CliError(
    [
      `${files[table]}: no recognisable ${table} header.`,
      `  found: ${found.length > 0 ? found.map((text) => JSON.stringify(text)).join(', ') : '(an empty first row)'}`,
      `  expected column names such as: ${error.expected.join(', ')}`,
    ].join('\n'),
  );
}

async function optionalTable(
  path: string | undefined,
  customers: OpenedTable,
  sheetNames: string[],
  what: string,
  sources: string[],
): Promise<TableData | null> {
  if (path !== undefined) {
    const opened = await openTableFile(path);
    // An Orders sheet inside the given workbook wins over its first sheet.
    const named = findNamedSheet(opened, sheetNames);
    sources.push(`${what} from ${named ? `${path}, sheet "${named.name}"` : describe(opened)}`);
    return named ? named.table : opened.table;
  }
  const named = findNamedSheet(customers, sheetNames);
  if (!named) return null;
  sources.push(`${what} from sheet "${named.name}" of ${customers.path}`);
  return named.table;
}

function findNamedSheet(opened: OpenedTable, names: string[]): { name: string; table: TableData } | null {
  const name = opened.sheetNames.find((sheet) => names.includes(sheet.trim().toLowerCase()));
  if (name === undefined || name === opened.xlsx?.worksheet.name) return null;
  const table = readOtherSheet(opened, name);
  return table ? { name, table } : null;
}

function describe(opened: OpenedTable, sheet?: string): string {
  if (opened.format === 'csv') return opened.path;
  return `${opened.path}, sheet "${sheet ?? opened.xlsx?.worksheet.name ?? ''}"`;
}
