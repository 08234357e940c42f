import { Command } from 'commander';
import { refuseOutputOverInput } from '../files/outputGuard.ts';
import { writeTableFile } from '../files/writeTableFile.ts';
import { type JobOptions, jobInputs, withJobOptions } from '../jobs/jobOptions.ts';
import { runCliJob } from '../jobs/runCliJob.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { printJson, say } from '../support/output.ts';
import { t } from '../texts/currentTexts.ts';

interface CleanOptions extends JobOptions {
  out?: string;
  json?: boolean;
  limit: string;
}

/** `crm clean`: duplicates, missing and invalid values as a review; the customer table is not changed. */
export function cleanCommand(): Command {
  const help = t().commands.clean;
  return withJobOptions(new Command('clean').description(help.description))
    .option('--out <file>', help.out)
    .option('--json', help.json)
    .option('--limit <n>', help.limit, '10')
    .action(async (options: CleanOptions) => {
      if (options.out !== undefined && options.spreadsheet === undefined) {
        await loadConfig(options);
        await refuseOutputOverInput(options.out, jobInputs(options));
      }
      const { output, sources, wrote } = await runCliJob('clean', options);
      const json = options.json === true;
      const { review } = output.analysis;
      // The review is the customer table's; what the orders and complaints tables read wrong is
      // listed after it, as the review file lists it (无效（订单表）).
      const tableIssues = output.analysis.issues.filter(
        (issue) => (issue.table ?? 'customers') !== 'customers',
      );
      const sheet = output.sheet;
      const text = t().summaries;
      if (!wrote && sheet && options.out !== undefined) {
        await writeTableFile(options.out, sheet.table, { sheetName: sheet.name });
      }
      const written = wrote ?? (options.out === undefined ? null : text.wrote(options.out));
      say(text.sources(sources), json);
      if (json) {
        printJson({
          ...review,
          tableIssues: tableIssues.map(({ table, row, column, value, message }) => ({
            table,
            row,
            column,
            value,
            message,
          })),
        });
        if (written) say(written, true);
        return;
      }
      const s = review.summary;
      say(text.reviewRows(s.rows));
      say(`  ${text.duplicates(s.exactDuplicateGroups, s.likelyDuplicateGroups)}`);
      say(`  ${text.rowsWithMissing(s.rowsWithMissing)}`);
      say(`  ${text.invalidCells(s.invalidCells)}`);
      // What the analysis says of the table as a whole: the likely cause behind many of the cells
      // listed below (numbers cut by scientific notation, a phone region), amounts in two currencies.
      for (const note of output.analysis.notes) say(`  ${text.note(note)}`);
      const limit = Math.max(0, Number.parseInt(options.limit, 10) || 0);
      const more = (total: number) => total > limit && say(`    ${text.andMore(total - limit)}`);
      if (review.merges.length > 0) say(text.mergeProposals);
      for (const merge of review.merges.slice(0, limit)) {
        say(`  ${text.merge(merge.rows, merge.kind, merge.matchedOn, merge.survivorRow)}`);
      }
      more(review.merges.length);
      if (review.invalid.length > 0) say(text.invalidValues);
      for (const item of review.invalid.slice(0, limit)) {
        say(`  ${text.cellProblem(item.row, item.column, item.message, item.value)}`);
      }
      more(review.invalid.length);
      if (review.missing.length > 0) say(text.missingValues);
      for (const item of review.missing.slice(0, limit))
        say(`  ${text.cellProblem(item.row, item.column, item.message)}`);
      more(review.missing.length);
      for (const table of ['orders', 'complaints'] as const) {
        const issues = tableIssues.filter((issue) => issue.table === table);
        if (issues.length === 0) continue;
        say(text.tableIssues(table, issues.length));
        for (const item of issues.slice(0, limit))
          say(`  ${text.cellProblem(item.row, item.column, item.message, item.value)}`);
        more(issues.length);
      }
      const listed =
        review.merges.length + review.invalid.length + review.missing.length + tableIssues.length;
      if (written) say(written);
      else if (listed > 0) say(text.cleanHint);
    });
}
