import { type Command, Option } from 'commander';

/** Adds the options shared by every command that analyses a customer table. */
export function withInputOptions(command: Command): Command {
  return command
    .requiredOption('--in <file>', 'customer table (.xlsx or .csv; UTF-8, UTF-8 with BOM or GBK)')
    .option('--sheet <name>', 'worksheet of the customers in an .xlsx file (default: the first one)')
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
