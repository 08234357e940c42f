import {
  classificationJson,
  GROUP8_LABELS,
  GROUPS8,
  type Group8,
  LIFECYCLE_LABELS,
  LIFECYCLES,
  type Lifecycle,
  label,
  SEGMENT_LABELS,
  SEGMENTS,
  type Segment,
  VALUE_TIER_LABELS,
  VALUE_TIERS,
  type ValueTier,
} from '@crm/shared';
import { Command } from 'commander';
import { copyFileAtomic } from '../files/atomicWrite.ts';
import { describeFsError, tableFormatOf } from '../files/fileErrors.ts';
import { fileVersion } from '../files/fileVersion.ts';
import { refuseOutputOverInput } from '../files/outputGuard.ts';
import { writeManagedColumnsFile } from '../files/writeManagedColumnsFile.ts';
import { type JobOptions, jobInputs, withJobOptions } from '../jobs/jobOptions.ts';
import { runCliJob } from '../jobs/runCliJob.ts';
import { CliError } from '../support/CliError.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { countLine, countOne, printJson, say } from '../support/output.ts';
import { cliLanguage, t } from '../texts/currentTexts.ts';

interface ClassifyOptions extends JobOptions {
  out?: string;
  inPlace?: boolean;
  json?: boolean;
  clv: boolean;
}

/** `crm classify`: RFM scores, segment, 8-class group, lifecycle, value tier and next follow-up. */
export function classifyCommand(): Command {
  const help = t().commands.classify;
  return withJobOptions(new Command('classify').description(help.description))
    .option('--out <file>', help.out)
    .option('--in-place', help.inPlace)
    .option('--json', help.json)
    .option('--no-clv', help.noClv)
    .addHelpText('after', help.examples)
    .action(async (options: ClassifyOptions) => {
      // The configuration first: it sets the language of the refusals below.
      await loadConfig(options);
      const inPlace = options.inPlace === true;
      if (inPlace && options.out !== undefined) throw new CliError(t().errors.inPlaceWithOut);
      if (inPlace && options.spreadsheet !== undefined) throw new CliError(t().errors.inPlaceNeedsFile);
      if (options.out !== undefined && options.spreadsheet === undefined) {
        await refuseOutputOverInput(options.out, jobInputs(options), t().errors.inPlaceHint);
      }
      // Before the run: a file crm reads but does not write (a web page saved as .xls) is refused now.
      if (inPlace && options.in !== undefined) tableFormatOf(options.in, 'write');
      const before = inPlace && options.in !== undefined ? await fileVersion(options.in) : null;
      const { output, sources, file, wrote } = await runCliJob('classify', options, { clv: options.clv });
      const json = options.json === true;
      const write = output.managedColumns;
      const text = t().summaries;
      let written = wrote;
      if (file && write && inPlace) {
        written = await writeInPlace(file.path, before, (path) =>
          writeManagedColumnsFile(file, output.customerSheet, write, path),
        );
      } else if (file && write && options.out !== undefined) {
        await writeManagedColumnsFile(file, output.customerSheet, write, options.out);
        written = text.wrote(options.out);
      }
      const { analysis } = output;
      if (json) {
        printJson(classificationJson(analysis));
        say(text.sources(sources), true);
        for (const note of analysis.notes) say(text.note(note), true);
        if (written) say(written, true);
        return;
      }
      const language = cliLanguage();
      // One pass over the customers for the four counts: a million customers are a million
      // scattered objects, and an array of labels per count would be four more millions.
      const segments = new Map<Segment, number>();
      const groups8 = new Map<Group8, number>();
      const lifecycles = new Map<Lifecycle, number>();
      const valueTiers = new Map<ValueTier, number>();
      for (const { classification: c } of analysis.customers) {
        countOne(segments, c.segment);
        if (c.group8) countOne(groups8, c.group8);
        countOne(lifecycles, c.lifecycle);
        countOne(valueTiers, c.valueTier);
      }
      const line = <K extends string>(
        title: string,
        keys: readonly K[],
        counts: ReadonlyMap<K, number>,
        labels: Record<K, { zh: string; en: string }>,
      ) => say(`  ${title} ${countLine(keys, counts, (k) => label(labels, k, language)) || '–'}`);
      say(text.customers(analysis.customers.length, analysis.today, sources));
      line(text.segments, SEGMENTS, segments, SEGMENT_LABELS);
      line(text.groups8, GROUPS8, groups8, GROUP8_LABELS);
      line(text.lifecycle, LIFECYCLES, lifecycles, LIFECYCLE_LABELS);
      line(text.valueTiers, VALUE_TIERS, valueTiers, VALUE_TIER_LABELS);
      say(`  ${text.followUpsPlanned(analysis.followUps.length)}`);
      if (analysis.issues.length > 0) say(`  ${text.dataIssues(analysis.issues.length)}`);
      for (const note of analysis.notes) say(`  ${text.note(note)}`);
      say(written ?? text.classifyHint);
    });
}

/**
 * Writes the customer table over itself: refused when the file changed since it was read (the
 * user saved it meanwhile: those edits would be lost), else saved as `<file>.bak` first.
 */
async function writeInPlace(
  path: string,
  before: string | null,
  write: (path: string) => Promise<void>,
): Promise<string> {
  if (before === null || (await fileVersion(path)) !== before)
    throw new CliError(t().errors.inputChanged(path));
  const backup = `${path}.bak`;
  try {
    await copyFileAtomic(path, backup);
  } catch (error) {
    throw new CliError(t().files.because(t().files.cannotWrite(backup), describeFsError(error)));
  }
  await write(path);
  return t().summaries.wroteInPlace(path, backup);
}
