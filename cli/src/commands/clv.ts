import {
  analyzeClv,
  buyerKindOf,
  type Config,
  type ContactKind,
  contactKeyOf,
  DAYS_PER_MONTH,
  fromDayNumber,
  HeaderNotRecognisedError,
  type IsoDate,
  isIsoDate,
  jobProblemText,
  type KeyedTransactionColumns,
  maskedBuyersNote,
  type OrderRecord,
  readOrdersTable,
  summarizeTransactionColumns,
  type TimeUnit,
  type TransactionColumns,
  toDayNumber,
  UNIT_DAYS,
} from '@crm/shared';
import { Command, InvalidArgumentError, Option } from 'commander';
import { refuseOutputOverInput } from '../files/outputGuard.ts';
import { readCdnowFile } from '../files/readCdnowFile.ts';
import { readTableFile } from '../files/readTableFile.ts';
import { writeTableFile } from '../files/writeTableFile.ts';
import { CliError } from '../support/CliError.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { printJson, say } from '../support/output.ts';
import { localToday } from '../support/today.ts';
import { t } from '../texts/currentTexts.ts';
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

/** `crm clv`: BG/NBD + Gamma-Gamma on an orders file. */
export function clvCommand(): Command {
  const help = t().commands.clv;
  return new Command('clv')
    .description(help.description)
    .requiredOption('--orders <file>', help.orders)
    .option('--calibration-end <YYYY-MM-DD>', help.calibrationEnd)
    .addOption(new Option('--time-unit <unit>', help.timeUnit).choices(['day', 'week']).default('week'))
    .option('--horizon <n>', help.horizon, positiveNumber)
    .option('--out <file>', help.out)
    .option('--json', help.json)
    .addOption(new Option('--lang <language>', t().options.lang).choices(['zh', 'en']))
    .option('--config <file>', help.config)
    .addHelpText('after', help.examples)
    .action(async (options: ClvCommandOptions) => {
      const json = options.json === true;
      const config = await loadConfig(options);
      const text = t().clv;
      if (options.out !== undefined) {
        await refuseOutputOverInput(options.out, [
          { option: '--orders', path: options.orders },
          { option: '--config', path: options.config },
        ]);
      }
      if (options.calibrationEnd !== undefined && !isIsoDate(options.calibrationEnd.trim())) {
        throw new CliError(t().errors.invalidDate('--calibration-end', options.calibrationEnd, '1997-09-30'));
      }
      const { transactions, notes: readNotes } = await readTransactions(
        options.orders,
        config,
        options.calibrationEnd,
      );
      if (transactions.days.length === 0) {
        throw new CliError(text.noPurchases(options.orders), NOT_ENOUGH_DATA);
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
      const notes = [...readNotes, text.calibration(calibrationEnd, unit), ...analysis.notes];

      if (options.out !== undefined) await writeTableFile(options.out, customerTable(analysis.customers));
      if (json) {
        // Compact: the master file gives 23,570 customers, and indenting them doubles the output.
        printJson(clvJson(analysis, notes), 0);
        if (options.out !== undefined) say(t().summaries.wrote(options.out), true);
        return;
      }
      printSummary(analysis, notes, config, horizon, unit);
      if (options.out !== undefined) say(t().summaries.wrote(options.out));
    });
}

function positiveNumber(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new InvalidArgumentError(t().options.positiveNumber);
  return value;
}

/** Purchases from a CDNOW-style .txt file or an ordinary orders table. */
async function readTransactions(
  path: string,
  config: Config,
  calibrationEnd: string | undefined,
): Promise<{ transactions: TransactionColumns | KeyedTransactionColumns; notes: string[] }> {
  const text = t().clv;
  if (path.toLowerCase().endsWith('.txt')) {
    const cdnow = await readCdnowFile(path);
    if (cdnow !== null) {
      const notes = cdnow.issues.length === 0 ? [] : [text.skippedLines(cdnow.issues)];
      return { transactions: cdnow, notes };
    }
  }
  const table = await readTableFile(path, { role: 'orders', headerOverrides: config.headerOverrides });
  // Orders after the calibration end are ignored by the models, not errors; only dates after
  // today (or after the calibration end when that is later) are reported as future dates.
  const today = localToday();
  const latest = calibrationEnd !== undefined && calibrationEnd > today ? calibrationEnd : today;
  let read: ReturnType<typeof readOrdersTable>;
  try {
    read = readOrdersTable(table, config, latest, { dateObjects: 'utc', alone: true });
  } catch (error) {
    if (error instanceof HeaderNotRecognisedError) {
      const problem = {
        code: 'header-not-recognised' as const,
        role: error.table,
        sheet: path,
        found: error.found.filter((h) => h.trim() !== ''),
        expected: error.expected,
        ...(error.missing === undefined ? {} : { missing: error.missing }),
      };
      throw new CliError(jobProblemText(problem, config.language));
    }
    throw error;
  }
  const notes = read.issues.length === 0 ? [] : [text.badOrderCells(read.issues)];
  const masked = maskedBuyersNote(read, config.language);
  // Without a buyer to tell apart, there is nothing to fit: the note is the reason.
  if (masked !== null && read.orders.length === 0) throw new CliError(`${path}: ${masked}`, NOT_ENOUGH_DATA);
  if (masked !== null) notes.push(masked);
  const kind = buyerKindOf(read.buyer);
  return { transactions: orderColumns(read.orders, kind, config.defaultRegion), notes };
}

/**
 * The orders as the models' columns, one customer per buyer. Orders named by an email or a phone
 * number (a shop's export without customer ids) are one buyer however the value is written
 * (Li@Shop.com and li@shop.com, 13800138000 and +86 138 0013 8000), shown as first written.
 */
function orderColumns(
  orders: readonly OrderRecord[],
  buyer: 'customerId' | ContactKind,
  region: string,
): TransactionColumns {
  const dayOf = new Map<string, number>();
  const days = new Float64Array(orders.length);
  const amounts = new Float64Array(orders.length);
  // Each value as written → the buyer's value as first written (one lookup per distinct value).
  const shownAs = new Map<string, string>();
  const firstOfKey = new Map<string, string>();
  const buyerOf = (written: string): string => {
    if (buyer === 'customerId') return written;
    let shown = shownAs.get(written);
    if (shown === undefined) {
      const key = contactKeyOf(written, buyer, region);
      shown = firstOfKey.get(key) ?? written;
      firstOfKey.set(key, shown);
      shownAs.set(written, shown);
    }
    return shown;
  };
  const customerIds = orders.map((order, i) => {
    let day = dayOf.get(order.date);
    if (day === undefined) {
      day = toDayNumber(order.date);
      dayOf.set(order.date, day);
    }
    days[i] = day;
    amounts[i] = order.amount;
    return buyerOf(order.customerId);
  });
  return { customerIds, days, amounts };
}

function lastDate(transactions: TransactionColumns | KeyedTransactionColumns): IsoDate {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < transactions.days.length; i++) last = Math.max(last, transactions.days[i] as number);
  return fromDayNumber(last);
}
