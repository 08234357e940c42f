import { type Command, InvalidArgumentError, Option } from 'commander';
import type { NamedInput } from '../files/outputGuard.ts';
import type { ConfigOptions } from '../support/loadConfig.ts';
import { t } from '../texts/currentTexts.ts';

/** Options every command that runs a job on a customer table shares. */
export interface JobOptions extends ConfigOptions {
  in?: string;
  spreadsheet?: string;
  sheet?: string;
  headerRow?: number;
  orders?: string;
  complaints?: string;
  today?: string;
  /** No progress on stderr. */
  quiet?: boolean;
}

/** Adds the options shared by every command that analyses a customer table. */
export function withJobOptions(command: Command): Command {
  const help = t().options;
  return command
    .option('--in <file>', help.in)
    .option('--spreadsheet <id|url>', help.spreadsheet)
    .option('--sheet <name>', help.sheet)
    .option('--header-row <n>', help.headerRow, positiveRow)
    .option('--orders <file>', help.orders)
    .option('--complaints <file>', help.complaints)
    .option('--today <YYYY-MM-DD>', help.today)
    .addOption(new Option('--lang <language>', help.lang).choices(['zh', 'en']))
    .option('--config <file>', help.config)
    .option('--region <code>', help.region)
    .option('--quiet', help.quiet);
}

function positiveRow(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(t().options.rowNumber);
  return value;
}

/** The files a job command reads, named by their options: what an --out must never replace. */
export function jobInputs(options: JobOptions): NamedInput[] {
  return [
    { option: '--in', path: options.in },
    { option: '--orders', path: options.orders },
    { option: '--complaints', path: options.complaints },
    { option: '--config', path: options.config },
  ];
}
