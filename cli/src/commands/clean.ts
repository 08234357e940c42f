import { reviewTable } from '@crm/shared';
import { Command } from 'commander';
import { writeTableFile } from '../files/writeTableFile.ts';
import { runSpreadsheetJob } from '../google/spreadsheetJobs.ts';
import { withInputOptions } from '../support/inputOptions.ts';
import { type InputOptions, loadAnalysis } from '../support/loadAnalysis.ts';
import { printJson, say } from '../support/output.ts';

interface CleanOptions extends InputOptions {
  out?: string;
  json?: boolean;
  limit: string;
}

/** `crm clean`: duplicates, missing and invalid values as a review; nothing is changed. */
export function cleanCommand(): Command {
  return withInputOptions(
    new Command('clean').description(
      'Review data quality: exact and likely duplicates (with proposed merges), missing and invalid values. Changes nothing.',
    ),
  )
    .option('--out <file>', 'write the review to a .csv or .xlsx file')
    .option('--json', 'print only JSON on stdout: {"merges","missing","invalid","summary"}')
    .option('--limit <n>', 'items of each kind to print', '10')
    .action(async (options: CleanOptions) => {
      if (options.spreadsheet !== undefined) {
        await runSpreadsheetJob('clean', { ...options, spreadsheet: options.spreadsheet });
        return;
      }
      const json = options.json === true;
      const { analysis, language } = await loadAnalysis(options, { clv: false });
      const { review } = analysis;
      if (options.out !== undefined) {
        await writeTableFile(options.out, reviewTable(review, language), { sheetName: 'Review' });
      }
      if (json) {
        printJson(review);
        if (options.out !== undefined) say(`wrote ${options.out}`, true);
        return;
      }
      const s = review.summary;
      say(`${options.in}: ${s.rows} rows`);
      say(`  duplicates: ${s.exactDuplicateGroups} exact groups, ${s.likelyDuplicateGroups} likely groups`);
      say(`  rows with missing values: ${s.rowsWithMissing}`);
      say(`  invalid cells: ${s.invalidCells}`);
      const limit = Math.max(0, Number.parseInt(options.limit, 10) || 0);
      const more = (total: number) => total > limit && say(`    … and ${total - limit} more`);
      if (review.merges.length > 0) say('merge proposals (nothing is merged until you do it):');
      for (const merge of review.merges.slice(0, limit)) {
        say(
          `  rows ${merge.rows.join(', ')} (${merge.kind}, ${merge.matchedOn}): keep row ${merge.survivorRow}`,
        );
      }
      more(review.merges.length);
      if (review.invalid.length > 0) say('invalid values:');
      for (const item of review.invalid.slice(0, limit)) {
        say(`  row ${item.row}, ${item.column}: ${JSON.stringify(item.value)} – ${item.message}`);
      }
      more(review.invalid.length);
      if (review.missing.length > 0) say('missing values:');
      for (const item of review.missing.slice(0, limit))
        say(`  row ${item.row}, ${item.column}: ${item.message}`);
      more(review.missing.length);
      if (options.out !== undefined) say(`wrote ${options.out}`);
      else if (review.merges.length + review.invalid.length + review.missing.length > 0) {
        say('(use --out review.xlsx for the full list)');
      }
    });
}
