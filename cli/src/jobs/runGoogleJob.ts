import { type JobName, type JobOutput, rowKeysOf, type WorkbookLocation } from '@crm/shared';
import { AuthSetupError, googleAuthFromEnv } from '../google/auth.ts';
import { GoogleSpreadsheet } from '../google/googleSpreadsheet.ts';
import { RowsMovedError } from '../google/RowsMovedError.ts';
import { CliError } from '../support/CliError.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { Progress, progressMode } from '../support/progress.ts';
import { terminalText } from '../support/terminalText.ts';
import { resolveToday } from '../support/today.ts';
import { t } from '../texts/currentTexts.ts';
import type { JobOptions } from './jobOptions.ts';
import { runLocatedJob } from './runLocatedJob.ts';

/** A job run on a Google Sheet, with what it wrote there. */
export interface GoogleJob {
  output: JobOutput;
  book: GoogleSpreadsheet;
  sources: string[];
  /** What was written, for the summary. */
  wrote: string;
}

/** The spreadsheet id from an id or a full https://docs.google.com/spreadsheets/d/ID/… URL. */
export function spreadsheetIdOf(text: string): string {
  return /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? text.trim();
}

/**
 * Runs a job on a Google Sheet (`--spreadsheet`) and writes its output there: classify writes
 * the managed columns of the customer sheet, the others replace their own sheet.
 */
export async function runGoogleJob(
  job: JobName,
  options: JobOptions & { spreadsheet: string },
  extra: { clv?: boolean; title?: string } = {},
): Promise<GoogleJob> {
  const config = await loadConfig(options);
  const today = resolveToday(options.today);
  if (options.orders !== undefined || options.complaints !== undefined) {
    throw new CliError(t().google.noSeparateFiles);
  }
  const progress = new Progress(8, progressMode(options.quiet));
  try {
    progress.step(t().progress.reading, 0);
    const book = await openBook(spreadsheetIdOf(options.spreadsheet));
    const { output, location, request } = await runLocatedJob(job, {
      probes: await book.probeSheets(),
      readSheets: (names) => book.readSheets(names),
      locate: {
        chosen: { customers: options.sheet },
        ...(options.headerRow === undefined ? {} : { headerRows: { customers: options.headerRow } }),
      },
      config,
      today,
      dateObjects: 'utc',
      ...extra,
      progress,
    });
    progress.step(t().progress.writing);
    let wrote: string;
    if (output.managedColumns) {
      // The rows as they were read: a sort by a co-editor since then stops the write.
      const keys = rowKeysOf(request.tables.customers.table, output.analysis.mapping);
      try {
        await book.writeManagedColumns(output.customerSheet, output.managedColumns, keys);
      } catch (error) {
        if (error instanceof RowsMovedError)
          throw new CliError(t().google.rowsMoved(error.sheet, error.rows));
        throw error;
      }
      wrote = t().google.wroteColumns(
        output.customerSheet,
        output.managedColumns.columns.map((c) => c.header),
      );
    } else if (output.sheet) {
      await book.writeSheet(output.sheet);
      wrote = t().google.wroteSheet(output.sheet.name);
    } else {
      wrote = '';
    }
    return { output, book, sources: describeSources(location), wrote };
  } finally {
    progress.done();
  }
}

async function openBook(id: string): Promise<GoogleSpreadsheet> {
  try {
    const auth = await googleAuthFromEnv();
    return await GoogleSpreadsheet.open(id, {
      auth,
      ...(process.env.CRM_SHEETS_ROOT_URL ? { rootUrl: process.env.CRM_SHEETS_ROOT_URL } : {}),
      backoff: {
        onRetry: (attempt, delay, reason) =>
          process.stderr.write(`crm: ${terminalText(t().google.retry(reason, attempt, delay / 1000))}\n`),
      },
    });
  } catch (error) {
    if (error instanceof AuthSetupError) throw new CliError(error.message);
    const status = (error as { status?: number }).status;
    if (status === 404) throw new CliError(t().google.notFound(id));
    if (status === 401 || status === 403)
      throw new CliError(t().google.notAllowed(id, (error as Error).message));
    throw error;
  }
}

function describeSources(location: WorkbookLocation): string[] {
  const where = (l: { sheet: string; headerRow: number }) => t().sources.sheet(l.sheet, l.headerRow);
  return [
    t().sources.customers(where(location.customers)),
    ...(location.orders ? [t().sources.orders(where(location.orders))] : []),
    ...(location.complaints ? [t().sources.complaints(where(location.complaints))] : []),
  ];
}
