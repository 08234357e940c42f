import { join } from 'node:path';
import { generateSample, JOBS, renderReportHtml, renderReportMarkdown } from '@crm/shared';
import { Command, InvalidArgumentError, Option } from 'commander';
import { writeManagedColumnsFile } from '../files/writeManagedColumnsFile.ts';
import { writeBytes, writeTableFile } from '../files/writeTableFile.ts';
import { runFileJob } from '../jobs/runFileJob.ts';
import { padDisplay, say } from '../support/output.ts';
import { resolveToday } from '../support/today.ts';
import { t } from '../texts/currentTexts.ts';

interface DemoOptions {
  outDir: string;
  customers: number;
  seed: number;
  today?: string;
  lang?: 'zh' | 'en';
  quiet?: boolean;
}

/** `crm demo` (what `npm start` runs): the whole workflow on a generated sample, into out/. */
export function demoCommand(): Command {
  const help = t().commands.demo;
  return new Command('demo')
    .description(help.description)
    .option('--out-dir <dir>', help.outDir, 'out')
    .option('--customers <n>', help.customers, positiveInteger, 500)
    .option('--seed <n>', help.seed, positiveInteger, 2026)
    .option('--today <YYYY-MM-DD>', t().options.today)
    .addOption(new Option('--lang <language>', t().options.lang).choices(['zh', 'en']))
    .option('--quiet', t().options.quiet)
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

      // One analysis serves every output: the report job, then the others from its analysis.
      const { output, request, file } = await runFileJob('report', {
        in: inputs.customers,
        orders: inputs.orders,
        complaints: inputs.complaints,
        today,
        ...(options.lang === undefined ? {} : { lang: options.lang }),
        ...(options.quiet ? { quiet: true } : {}),
      });
      const { analysis } = output;
      const classified = JOBS.classify.produce(analysis, request).managedColumns;
      const followUps = JOBS.followups.produce(analysis, request).sheet;
      const review = JOBS.clean.produce(analysis, request).sheet;
      const text = t().demo;
      const outputs: [string, string][] = [
        [text.reportHtml, path('report.html')],
        [text.reportMarkdown, path('report.md')],
        [text.reportJson, path('report.json')],
        [text.classified, path('customers-classified.xlsx')],
        [text.followUps, path('follow-ups.csv')],
        [text.review, path('data-quality.csv')],
      ];
      const [html, markdown, json, table, tasks, quality] = outputs.map(([, file]) => file) as string[];
      if (output.report) {
        await writeBytes(html as string, renderReportHtml(output.report));
        await writeBytes(markdown as string, renderReportMarkdown(output.report));
        await writeBytes(json as string, `${JSON.stringify(output.report, null, 2)}\n`);
      }
      if (classified) await writeManagedColumnsFile(file, output.customerSheet, classified, table as string);
      if (followUps) await writeTableFile(tasks as string, followUps.table);
      if (review) await writeTableFile(quality as string, review.table);

      say(
        text.sample(
          analysis.customers.length,
          analysis.orderColumns?.length ?? 0,
          analysis.complaints.length,
          today,
        ),
      );
      say(text.inputs);
      const given: [string, string][] = [
        [text.customers, inputs.customers],
        [text.orders, inputs.orders],
        [text.complaints, inputs.complaints],
      ];
      for (const [what, file] of given) {
        say(`  ${padDisplay(what, 28)} ${file}`);
      }
      say(text.outputs);
      for (const [what, file] of outputs) say(`  ${padDisplay(what, 28)} ${file}`);
      say(text.totals(analysis.followUps.length, analysis.issues.length));
      for (const note of analysis.notes) say(t().summaries.note(note));
      say(text.open(html as string));
    });
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(t().options.positiveInteger);
  return value;
}
