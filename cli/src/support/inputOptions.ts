import { type Command, Option } from 'commander';

/** Adds the options shared by every command that analyses a customer table. */
export function withInputOptions(command: Command): Command {
  return command
    .option('--in <file>', 'customer table (.xlsx or .csv; UTF-8, UTF-8 with BOM or GBK)')
    .option(
      '--spreadsheet <id|url>',
      'run on a Google Sheet instead of a file (credentials: see README "On a Google Sheet")',
    )
    .option(
      '--sheet <name>',
      'sheet of the customers in the .xlsx or Google Sheet (default: the first one with a recognisable header)',
    )
    .option(
      '--orders <file>',
      'orders table, one row per purchase (default: an "Orders"/"订单" sheet of --in)',
    )
    .option(
      '--complaints <file>',
      'complaints table (default: a "Complaints"/"投诉" sheet of --in, else the complaint columns)',
    )
    .option('--today <YYYY-MM-DD>', 'classify as of this date (default: today, local time)')
    .addOption(new Option('--lang <language>', 'language of labels and messages').choices(['zh', 'en']))
    .option('--config <file>', 'JSON configuration (header overrides, thresholds, cadence, playbook)')
    .option('--region <code>', 'default region for phone numbers without a country code (default: CN)');
}
