import { extname } from 'node:path';
import { renderReportHtml, renderReportMarkdown, reportFor } from '@crm/shared';
import { Command } from 'commander';
import { writeBytes } from '../files/writeTableFile.ts';
import { runSpreadsheetJob } from '../google/spreadsheetJobs.ts';
import { CliError } from '../support/CliError.ts';
import { withInputOptions } from '../support/inputOptions.ts';
import { type InputOptions, loadAnalysis } from '../support/loadAnalysis.ts';
import { say } from '../support/output.ts';

interface ReportOptions extends InputOptions {
  out?: string;
  title?: string;
  clv: boolean;
}

/** `crm report`: the manager's report as self-contained HTML, Markdown or JSON. */
export function reportCommand(): Command {
  return withInputOptions(
    new Command('report').description(
      'Write a report: KPIs, segments, lifecycle, value tiers, trend, data quality, strategy and follow-ups.',
    ),
  )
    .option(
      '--out <file>',
      'report.html (self-contained, opens offline), report.md or report.json (with --spreadsheet: a report sheet instead)',
    )
    .option('--title <text>', 'report title')
    .option('--no-clv', 'skip the BG/NBD + Gamma-Gamma prediction')
    .action(async (options: ReportOptions) => {
      if (options.spreadsheet !== undefined) {
        await runSpreadsheetJob('report', { ...options, spreadsheet: options.spreadsheet });
        return;
      }
      if (options.out === undefined) throw new CliError('give --out report.html|report.md|report.json');
      const render = rendererFor(options.out);
      const { analysis } = await loadAnalysis(options, { clv: options.clv });
      await writeBytes(options.out, render(reportFor(analysis, options.title)));
      say(`wrote ${options.out}`);
    });
}

type Renderer = (model: ReturnType<typeof reportFor>) => string;

/** The renderer for a report file, chosen before any work so a typo fails fast. */
export function rendererFor(path: string): Renderer {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return renderReportHtml;
  if (ext === '.md' || ext === '.markdown') return renderReportMarkdown;
  if (ext === '.json') return (model) => `${JSON.stringify(model, null, 2)}\n`;
  throw new CliError(`cannot write ${path}: a report is .html, .md or .json, not "${ext || '(none)'}"`);
}
