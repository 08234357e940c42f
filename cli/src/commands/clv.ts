import {
  analyzeClv,
  type Config,
  DAYS_PER_MONTH,
  fromDayNumber,
  HeaderNotRecognisedError,
  type IsoDate,
  isIsoDate,
  type OrderRecord,
  readOrdersTable,
  summarizeTransactionColumns,
  type TimeUnit,
  type TransactionColumns,
  toDayNumber,
  UNIT_DAYS,
} from '@crm/shared';
import { Command, InvalidArgumentError, Option } from 'commander';
import { readCdnowFile } from '../files/readCdnowFile.ts';
import { readTableFile } from '../files/readTableFile.ts';
import { writeTableFile } from '../files/writeTableFile.ts';
import { CliError } from '../support/CliError.ts';
import { headerError } from '../support/loadAnalysis.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { say } from '../support/output.ts';
import { localToday } from '../support/today.ts';
import { clvJson, customerTable, printSummary } from './clvOutput.ts';

interface ClvCommandOptions {
  orders: string;
  calibrationEnd?: string;
  timeUnit: TimeUnit;
  horizon?: number;
  out?: string;
  json?: boolean;
  lang?: 'zh' | 'en';
  config?: string;
}

/** Exit code when the orders are too few to fit the models (distinct from usage and file errors). */
const NOT_ENOUGH_DATA = 3;

/** `crm clv`: BG/NBD + Gamma-Gamma on an orders file (issue: CLV). */
export function clvCommand(): Command {
  return new Command('clv')
    .description(
      'Predict churn risk and customer lifetime value from an orders file: BG/NBD (P(alive), expected purchases) and Gamma-Gamma (expected spend).',
    )
    .requiredOption(
      '--orders <file>',
      'orders, one row per purchase: customer id, date, amount (.csv/.xlsx; or a CDNOW-style whitespace-separated .txt)',
    )
    .option(
      '--calibration-end <YYYY-MM-DD>',
      'fit on purchases up to this date; later ones are ignored (default: the date of the last purchase)',
    )
    .addOption(
      new Option('--time-unit <unit>', 'time unit of recency, T and horizon')
        .choices(['day', 'week'])
        .default('week'),
    )
    .option(
      '--horizon <n>',
      'prediction horizon in time units (default: 12 months, i.e. 52.18 weeks or 365.25 days)',
      positiveNumber,
    )
    .option('--out <file>', 'write the per-customer table (.csv or .xlsx)')
    .option(
      '--json',
      'print only JSON on stdout: {"bgnbd":{…},"gammaGamma":{…},"customers":[{"id","frequency","recency","T","pAlive","expectedPurchases","expectedAverageSpend","clv"}],"notes":[…]}',
    )
    .addOption(new Option('--lang <language>', 'language of notes and messages').choices(['zh', 'en']))
    .option(
      '--config <file>',
      'JSON configuration (clv.annualDiscountRate, clv.churnThreshold, header overrides)',
    )
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 ok, 1 bad input or file, 3 too little data to fit the models (e.g. all one-time buyers).',
        '',
        'Examples:',
        '  crm clv --orders orders.csv --calibration-end 2026-03-31 --json > clv.json',
        '  crm clv --orders ../shared/datasets/cdnow/CDNOW_sample.txt --calibration-end 1997-09-30 --horizon 39',
      ].join('\n'),
    )
    .action(async (options: ClvCommandOptions) => {
      const json = options.json === true;
      const config = await loadConfig(options);
      if (options.calibrationEnd !== undefined && !isIsoDate(options.calibrationEnd.trim())) {
        throw new CliError(
          `invalid --calibration-end "${options.calibrationEnd}": expected a real calendar date as YYYY-MM-DD, e.g. 1997-09-30`,
        );
      }
      const { transactions, notes: readNotes } = await readTransactions(
        options.orders,
        config,
        options.calibrationEnd,
      );
      if (transactions.customerIds.length === 0) {
        throw new CliError(
          `${options.orders}: no usable purchases (customer id, date and amount)`,
          NOT_ENOUGH_DATA,
        );
      }
      const calibrationEnd = options.calibrationEnd?.trim() ?? lastDate(transactions);
      const unit = options.timeUnit;
      const horizon = options.horizon ?? (12 * DAYS_PER_MONTH) / UNIT_DAYS[unit];
      const summary = summarizeTransactionColumns(transactions, { calibrationEnd, unit });
      const analysis = analyzeClv(summary, {
        calibrationEnd,
        unit,
        horizon,
        annualDiscountRate: config.clv.annualDiscountRate,
        language: config.language,
      });
      if ('error' in analysis) throw new CliError(`${options.orders}: ${analysis.error}`, NOT_ENOUGH_DATA);
      const notes = [...readNotes, calibrationNote(calibrationEnd, unit, config), ...analysis.notes];

      if (options.out !== undefined) await writeTableFile(options.out, customerTable(analysis.customers));
      if (json) {
        // Compact: the master file gives 23,570 customers, and indenting them doubles the output.
        process.stdout.write(`${JSON.stringify(clvJson(analysis, notes))}\n`);
        if (options.out !== undefined) say(`wrote ${options.out}`, true);
        return;
      }
      printSummary(analysis, notes, config, horizon, unit);
      if (options.out !== undefined) say(`wrote ${options.out}`);
    });
}

function positiveNumber(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new InvalidArgumentError('expected a positive number of time units');
  return value;
}

/** Purchases from a CDNOW-style .txt file or an ordinary orders table. */
async function readTransactions(
  path: string,
  config: Config,
  calibrationEnd: string | undefined,
): Promise<{ transactions: TransactionColumns; notes: string[] }> {
  const zh = config.language === 'zh';
  if (path.toLowerCase().endsWith('.txt')) {
    const cdnow = await readCdnowFile(path);
    if (cdnow !== null) {
      const notes = cdnow.issues.length === 0 ? [] : [skippedLines(cdnow.issues, zh)];
      return { transactions: cdnow, notes };
    }
  }
  const table = await readTableFile(path);
  // Orders after the calibration end are ignored by the models, not errors; only dates after
  // today (or after the calibration end when that is later) are reported as future dates.
  const today = localToday();
  const latest = calibrationEnd !== undefined && calibrationEnd > today ? calibrationEnd : today;
  let read: ReturnType<typeof readOrdersTable>;
  try {
    read = readOrdersTable(table, config, latest, { dateObjects: 'utc' });
  } catch (error) {
    if (error instanceof HeaderNotRecognisedError) {
      throw headerError(error, { customers: path, orders: path, complaints: path });
    }
    throw error;
  }
  const notes: string[] = [];
  if (read.issues.length > 0) {
    const examples = read.issues
      .slice(0, 3)
      .map((issue) => `row ${issue.row}, ${issue.column}: ${issue.message}`)
      .join('; ');
    notes.push(
      zh
        ? `${read.issues.length} 个订单单元格有问题，相应的行未参与计算（${examples}）。`
        : `${read.issues.length} order cell(s) had problems and their rows were left out (${examples}).`,
    );
  }
  return { transactions: orderColumns(read.orders), notes };
}

function orderColumns(orders: readonly OrderRecord[]): TransactionColumns {
  const dayOf = new Map<string, number>();
  const days = new Float64Array(orders.length);
  const amounts = new Float64Array(orders.length);
  const customerIds = orders.map((order, i) => {
    let day = dayOf.get(order.date);
    if (day === undefined) {
      day = toDayNumber(order.date);
      dayOf.set(order.date, day);
    }
    days[i] = day;
    amounts[i] = order.amount;
    return order.customerId;
  });
  return { customerIds, days, amounts };
}

function skippedLines(issues: readonly { line: number; message: string }[], zh: boolean): string {
  const examples = issues
    .slice(0, 3)
    .map((issue) => `line ${issue.line}: ${issue.message}`)
    .join('; ');
  return zh
    ? `${issues.length} 行无法读取，已跳过（${examples}）。`
    : `${issues.length} line(s) could not be read and were skipped (${examples}).`;
}

function lastDate(transactions: TransactionColumns): IsoDate {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < transactions.days.length; i++) last = Math.max(last, transactions.days[i] as number);
  return fromDayNumber(last);
}

function calibrationNote(end: IsoDate, unit: TimeUnit, config: Config): string {
  return config.language === 'zh'
    ? `校准期截至 ${end}，时间单位：${unit === 'week' ? '周' : '天'}。`
    : `Calibration period ends ${end}; time unit: ${unit}.`;
}
