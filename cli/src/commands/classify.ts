import {
  classificationJson,
  GROUP8_LABELS,
  GROUPS8,
  LIFECYCLE_LABELS,
  LIFECYCLES,
  label,
  SEGMENT_LABELS,
  SEGMENTS,
  VALUE_TIER_LABELS,
  VALUE_TIERS,
} from '@crm/shared';
import { Command } from 'commander';
import { writeManagedColumnsFile } from '../files/writeManagedColumnsFile.ts';
import { type JobOptions, withJobOptions } from '../jobs/jobOptions.ts';
import { runCliJob } from '../jobs/runCliJob.ts';
import { countLine, printJson, say } from '../support/output.ts';
import { cliLanguage, t } from '../texts/currentTexts.ts';

interface ClassifyOptions extends JobOptions {
  out?: string;
  json?: boolean;
  clv: boolean;
}

/** `crm classify`: RFM scores, segment, 8-class group, lifecycle, value tier and next follow-up. */
export function classifyCommand(): Command {
  const help = t().commands.classify;
  return withJobOptions(new Command('classify').description(help.description))
    .option('--out <file>', help.out)
    .option('--json', help.json)
    .option('--no-clv', help.noClv)
    .addHelpText('after', help.examples)
    .action(async (options: ClassifyOptions) => {
      const { output, sources, file, wrote } = await runCliJob('classify', options, { clv: options.clv });
      const json = options.json === true;
      const write = output.managedColumns;
      if (file && write && options.out !== undefined) {
        await writeManagedColumnsFile(file, output.customerSheet, write, options.out);
      }
      const { analysis } = output;
      const text = t().summaries;
      const written = wrote ?? (options.out === undefined ? null : text.wrote(options.out));
      if (json) {
        printJson(classificationJson(analysis));
        say(text.sources(sources), true);
        for (const note of analysis.notes) say(text.note(note), true);
        if (written) say(written, true);
        return;
      }
      const language = cliLanguage();
      const c = analysis.customers.map((customer) => customer.classification);
      const line = <K extends string>(
        title: string,
        keys: readonly K[],
        values: K[],
        labels: Record<K, { zh: string; en: string }>,
      ) => say(`  ${title} ${countLine(keys, values, (k) => label(labels, k, language)) || '–'}`);
      say(text.customers(c.length, analysis.today, sources));
      line(
        text.segments,
        SEGMENTS,
        c.map((x) => x.segment),
        SEGMENT_LABELS,
      );
      line(
        text.groups8,
        GROUPS8,
        c.flatMap((x) => (x.group8 ? [x.group8] : [])),
        GROUP8_LABELS,
      );
      line(
        text.lifecycle,
        LIFECYCLES,
        c.map((x) => x.lifecycle),
        LIFECYCLE_LABELS,
      );
      line(
        text.valueTiers,
        VALUE_TIERS,
        c.map((x) => x.valueTier),
        VALUE_TIER_LABELS,
      );
      say(`  ${text.followUpsPlanned(analysis.followUps.length)}`);
      if (analysis.issues.length > 0) say(`  ${text.dataIssues(analysis.issues.length)}`);
      for (const note of analysis.notes) say(`  ${text.note(note)}`);
      say(written ?? text.classifyHint);
    });
}
