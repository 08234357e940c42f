import { extname } from 'node:path';
import { REPORT_PERIODS, type ReportModel, renderReportHtml, renderReportMarkdown } from '@crm/shared';
import { Command, Option } from 'commander';
import { refuseOutputOverInput } from '../files/outputGuard.ts';
import { writeBytes } from '../files/writeTableFile.ts';
import { type JobOptions, jobInputs, withJobOptions } from '../jobs/jobOptions.ts';
import { runCliJob } from '../jobs/runCliJob.ts';
import { CliError } from '../support/CliError.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { say } from '../support/output.ts';
import { t } from '../texts/currentTexts.ts';

interface ReportOptions extends JobOptions {
  out?: string;
  title?: string;
  clv: boolean;
}

/** `crm report`: the manager's report as self-contained HTML, Markdown or JSON (or a report sheet). */
export function reportCommand(): Command {
  const help = t().commands.report;
  return withJobOptions(new Command('report').description(help.description))
    .option('--out <file>', help.out)
    .option('--title <text>', help.title)
    .option('--no-clv', help.noClv)
    .addOption(new Option('--period <period>', help.period).choices([...REPORT_PERIODS]))
    .action(async (options: ReportOptions) => {
      const onSheet = options.spreadsheet !== undefined;
      if (!onSheet && options.out === undefined) throw new CliError(t().errors.reportOut);
      // Chosen before any work, so a typo in the file name fails fast.
      const render = options.out === undefined || onSheet ? null : rendererFor(options.out);
      if (render && options.out !== undefined) {
        await loadConfig(options);
        await refuseOutputOverInput(options.out, jobInputs(options));
      }
      const { output, wrote } = await runCliJob('report', options, {
        clv: options.clv,
        ...(options.title === undefined ? {} : { title: options.title }),
      });
      if (render && output.report && options.out !== undefined) {
        await writeBytes(options.out, render(output.report));
        say(t().summaries.wrote(options.out));
      }
      if (wrote) say(wrote);
    });
}

type Renderer = (model: ReportModel) => string;

/** The renderer for a report file. */
export function rendererFor(path: string): Renderer {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return renderReportHtml;
  if (ext === '.md' || ext === '.markdown') return renderReportMarkdown;
  if (ext === '.json') return (model) => `${JSON.stringify(model, null, 2)}\n`;
  throw new CliError(t().files.because(t().files.cannotWrite(path), t().errors.reportType(ext)));
}
