import type { JobName, JobOutput } from '@crm/shared';
import type { WorkbookFile } from '../files/openWorkbookFile.ts';
import type { JobOptions } from './jobOptions.ts';
import { runFileJob } from './runFileJob.ts';
import { runGoogleJob } from './runGoogleJob.ts';

/** A job run by a command, on local files or on a Google Sheet. */
export interface CliJob {
  output: JobOutput;
  /** Which sheet each table came from. */
  sources: string[];
  /** The workbook read from disk (null on a Google Sheet). */
  file: WorkbookFile | null;
  /** What was written to the Google Sheet (null for files: the command writes --out). */
  wrote: string | null;
}

/** Runs a job where the options point: `--spreadsheet` (written there) or `--in` (written by the command). */
export async function runCliJob(
  job: JobName,
  options: JobOptions,
  extra: { clv?: boolean; title?: string; previousPlan?: string } = {},
): Promise<CliJob> {
  if (options.spreadsheet !== undefined) {
    const { previousPlan: _onlyForFiles, ...googleExtra } = extra;
    const google = await runGoogleJob(job, { ...options, spreadsheet: options.spreadsheet }, googleExtra);
    return { output: google.output, sources: google.sources, file: null, wrote: google.wrote };
  }
  const local = await runFileJob(job, options, extra);
  return { output: local.output, sources: local.sources, file: local.file, wrote: null };
}
