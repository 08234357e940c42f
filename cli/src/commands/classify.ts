import {
  classificationJson,
  GROUP8_LABELS,
  GROUPS8,
  LIFECYCLE_LABELS,
  LIFECYCLES,
  label,
  managedColumns,
  SEGMENT_LABELS,
  SEGMENTS,
  VALUE_TIER_LABELS,
  VALUE_TIERS,
} from '@crm/shared';
import { Command } from 'commander';
import { writeClassifiedTable } from '../files/writeClassifiedTable.ts';
import { runSpreadsheetJob } from '../google/spreadsheetJobs.ts';
import { withInputOptions } from '../support/inputOptions.ts';
import { type InputOptions, loadAnalysis } from '../support/loadAnalysis.ts';
import { countLine, printJson, say } from '../support/output.ts';

interface ClassifyOptions extends InputOptions {
  out?: string;
  json?: boolean;
  clv: boolean;
}

/** `crm classify`: RFM scores, segment, 8-class group, lifecycle, value tier and next follow-up. */
export function classifyCommand(): Command {
  return withInputOptions(
    new Command('classify').description(
      'Score every customer (R/F/M 1–5) and assign segment, 8-class group, lifecycle, value tier and next follow-up.',
    ),
  )
    .option(
      '--out <file>',
      'write the table back (.xlsx or .csv) with the managed columns added on the right',
    )
    .option('--json', 'print only JSON on stdout: {"customers":[…],"issues":[…]}')
    .option('--no-clv', 'skip the BG/NBD + Gamma-Gamma prediction (P(alive), CLV)')
    .addHelpText(
      'after',
      '\nExamples:\n  crm classify --in customers.xlsx --today 2026-03-01 --out classified.xlsx\n  crm classify --in customers.csv --orders orders.csv --json > classified.json',
    )
    .action(async (options: ClassifyOptions) => {
      if (options.spreadsheet !== undefined) {
        await runSpreadsheetJob('classify', { ...options, spreadsheet: options.spreadsheet });
        return;
      }
      const json = options.json === true;
      const { customers, analysis, language, sources } = await loadAnalysis(options, { clv: options.clv });
      if (options.out !== undefined) {
        await writeClassifiedTable(customers, options.out, managedColumns(analysis, language));
      }
      if (json) {
        printJson(classificationJson(analysis));
        for (const note of analysis.notes) say(`note: ${note}`, true);
        if (options.out !== undefined) say(`wrote ${options.out}`, true);
        return;
      }
      const c = analysis.classifications;
      say(`${c.length} customers as of ${analysis.today} (${sources.join('; ')})`);
      say(
        `  segments:  ${countLine(
          SEGMENTS,
          c.map((x) => x.segment),
          (k) => label(SEGMENT_LABELS, k, language),
        )}`,
      );
      const groups = c.flatMap((x) => (x.group8 ? [x.group8] : []));
      say(`  8 groups:  ${countLine(GROUPS8, groups, (k) => label(GROUP8_LABELS, k, language)) || '–'}`);
      say(
        `  lifecycle: ${countLine(
          LIFECYCLES,
          c.map((x) => x.lifecycle),
          (k) => label(LIFECYCLE_LABELS, k, language),
        )}`,
      );
      say(
        `  value:     ${countLine(
          VALUE_TIERS,
          c.map((x) => x.valueTier),
          (k) => label(VALUE_TIER_LABELS, k, language),
        )}`,
      );
      say(`  follow-ups planned: ${analysis.followUps.length}`);
      if (analysis.issues.length > 0)
        say(`  data issues: ${analysis.issues.length} (run \`crm clean\` for the review)`);
      for (const note of analysis.notes) say(`  note: ${note}`);
      if (options.out !== undefined) say(`wrote ${options.out}`);
      else
        say('(use --out FILE to write the table with these columns, or --json for machine-readable output)');
    });
}
