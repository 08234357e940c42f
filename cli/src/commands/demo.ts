import { join } from 'node:path';
import {
  followUpsTable,
  generateSample,
  managedColumns,
  renderReportHtml,
  renderReportMarkdown,
  reportFor,
  reviewTable,
} from '@crm/shared';
import { Command, InvalidArgumentError, Option } from 'commander';
import { writeClassifiedTable } from '../files/writeClassifiedTable.ts';
import { writeBytes, writeTableFile } from '../files/writeTableFile.ts';
import { loadAnalysis } from '../support/loadAnalysis.ts';
import { say } from '../support/output.ts';
import { resolveToday } from '../support/today.ts';

interface DemoOptions {
  outDir: string;
  customers: number;
  seed: number;
  today?: string;
  lang?: 'zh' | 'en';
}

/** `crm demo` (what `npm start` runs): the whole workflow on a generated sample, into out/. */
export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'Run the whole workflow on a generated bilingual sample (customers, orders, complaints) and write the inputs, report and classified table.',
    )
    .option('--out-dir <dir>', 'where to write everything', 'out')
    .option('--customers <n>', 'customers in the sample', positiveInteger, 500)
    .option('--seed <n>', 'random seed (same seed, same sample)', positiveInteger, 2026)
    .option('--today <YYYY-MM-DD>', 'date of the analysis (default: today, local time)')
    .addOption(new Option('--lang <language>', 'language of labels and messages').choices(['zh', 'en']))
    .action(async (options: DemoOptions) => {
      const today = resolveToday(options.today);
      const dir = options.outDir;
      const path = (name: string) => join(dir, name);
      const sample = generateSample({ customers: options.customers, seed: options.seed, today });

      // The inputs as a user would have them, so they can be opened and compared with the output.
      const inputs = {
        customers: path('sample-customers.xlsx'),
        orders: path('sample-orders.csv'),
        complaints: path('sample-complaints.csv'),
      };
      await writeTableFile(inputs.customers, sample.customers, {
        toolkitColumns: [],
        sheetName: '客户 Customers',
      });
      await writeTableFile(inputs.orders, sample.orders, { toolkitColumns: [] });
      await writeTableFile(inputs.complaints, sample.complaints, { toolkitColumns: [] });

      const { customers, analysis, language } = await loadAnalysis({
        in: inputs.customers,
        orders: inputs.orders,
        complaints: inputs.complaints,
        today,
        ...(options.lang === undefined ? {} : { lang: options.lang }),
      });
      const model = reportFor(analysis);
      const outputs = {
        'report (HTML, opens offline)': path('report.html'),
        'report (Markdown)': path('report.md'),
        'report (JSON)': path('report.json'),
        'classified customers': path('customers-classified.xlsx'),
        'follow-ups': path('follow-ups.csv'),
        'data-quality review': path('data-quality.csv'),
      };
      await writeBytes(outputs['report (HTML, opens offline)'], renderReportHtml(model));
      await writeBytes(outputs['report (Markdown)'], renderReportMarkdown(model));
      await writeBytes(outputs['report (JSON)'], `${JSON.stringify(model, null, 2)}\n`);
      await writeClassifiedTable(
        customers,
        outputs['classified customers'],
        managedColumns(analysis, language),
      );
      await writeTableFile(outputs['follow-ups'], followUpsTable(analysis.followUps, language));
      await writeTableFile(outputs['data-quality review'], reviewTable(analysis.review, language));

      say(
        `Sample of ${analysis.records.length} customers, ${analysis.orders?.length ?? 0} orders and ${analysis.complaints.length} complaints, as of ${today}.`,
      );
      say('Inputs:');
      for (const [what, file] of Object.entries(inputs)) say(`  ${what.padEnd(28)} ${file}`);
      say('Outputs:');
      for (const [what, file] of Object.entries(outputs)) say(`  ${what.padEnd(28)} ${file}`);
      say(`${analysis.followUps.length} follow-ups planned; ${analysis.issues.length} data issues found.`);
      for (const note of analysis.notes) say(`note: ${note}`);
      say(`Open ${outputs['report (HTML, opens offline)']} in a browser to read the report.`);
    });
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new InvalidArgumentError('expected a positive whole number');
  return value;
}
