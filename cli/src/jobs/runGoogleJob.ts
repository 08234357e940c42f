import {
  headerTexts,
  type JobName,
  type JobOutput,
  type JobRequest,
  PROTECTED_REFUSAL,
  type RowKeys,
  rowKeysOf,
  type SheetGrid,
  type WorkbookLocation,
} from '@crm/shared';
import type { GoogleSpreadsheet } from '../google/googleSpreadsheet.ts';
import { openGoogleBook } from '../google/openGoogleBook.ts';
import {
  HeaderChangedError,
  ManagedFormulaError,
  PartlyWrittenError,
  RowsMovedError,
  SheetNameTakenError,
} from '../google/RowsMovedError.ts';
import { httpStatusOf } from '../google/withBackoff.ts';
import { writeRefusal } from '../google/writeRefusal.ts';
import { CliError } from '../support/CliError.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { Progress, progressMode } from '../support/progress.ts';
import { resolveToday, todayIn } from '../support/today.ts';
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
  // Checked before anything is read; without it, today is the spreadsheet's day (todayIn).
  const chosenToday = options.today === undefined ? undefined : resolveToday(options.today);
  if (options.orders !== undefined || options.complaints !== undefined) {
    throw new CliError(t().google.noSeparateFiles);
  }
  const progress = new Progress(8, progressMode(options.quiet));
  try {
    progress.step(t().progress.reading, 0);
    const book = await openGoogleBook(spreadsheetIdOf(options.spreadsheet));
    let read: SheetGrid[] = [];
    const { output, location, request } = await runLocatedJob(job, {
      probes: await book.probeSheets(),
      readSheets: async (names) => {
        read = await book.readSheets(names);
        return read;
      },
      locate: {
        chosen: { customers: options.sheet },
        ...(options.headerRow === undefined ? {} : { headerRows: { customers: options.headerRow } }),
      },
      config,
      today: chosenToday ?? todayIn(book.timeZone),
      dateObjects: 'utc',
      ...extra,
      progress,
    });
    refuseMergedHeader(book, location.customers.sheet, location.customers.headerRow, request);
    progress.step(t().progress.writing);
    let wrote: string;
    if (output.managedColumns) {
      // The header row and the rows as they were read: a co-editor's new column or sort since
      // then stops the write.
      const headerRow = location.customers.headerRow;
      const sheetRows = read.find((grid) => grid.name === output.customerSheet)?.rows ?? [];
      const keys: RowKeys = {
        ...rowKeysOf(request.tables.customers.table, output.analysis.mapping),
        header: { row: headerRow, texts: headerTexts(sheetRows[headerRow - 1] ?? []) },
      };
      let mergedOver: string[] = [];
      try {
        ({ mergedOver } = await book.writeManagedColumns(output.customerSheet, output.managedColumns, keys));
      } catch (error) {
        if (error instanceof PartlyWrittenError)
          throw new CliError(
            t().google.partlyWritten(
              error.sheet,
              error.firstRow,
              error.through,
              error.lastRow,
              partStopped(error.cause),
            ),
          );
        if (error instanceof RowsMovedError)
          throw new CliError(t().google.rowsMoved(error.sheet, error.rows));
        if (error instanceof ManagedFormulaError)
          throw new CliError(t().google.formulaInManaged(error.sheet, error.header, error.cell));
        if (error instanceof HeaderChangedError)
          throw new CliError(t().google.headerChanged(error.sheet, error.column, error.was, error.now));
        throw writeRefusal(error, book.spreadsheetId, [output.customerSheet]) ?? error;
      }
      wrote = t().google.wroteColumns(
        output.customerSheet,
        output.managedColumns.columns.map((c) => c.header),
      );
      if (mergedOver.length > 0) wrote += `\n${t().google.mergedOver(output.customerSheet, mergedOver)}`;
    } else if (output.sheet) {
      const sheet = output.sheet;
      // The sheets a refusal can come from: those the new sheet replaces (a protected one cannot
      // be deleted); the new one is crm's own.
      const replaced = book.sheetTitles.filter(
        (title) => title === sheet.name || sheet.replaces.includes(title),
      );
      await book.writeSheet(sheet).catch((error: unknown) => {
        if (error instanceof SheetNameTakenError)
          throw new CliError(t().google.sheetNameTaken(error.existing, error.wanted));
        throw writeRefusal(error, book.spreadsheetId, replaced) ?? error;
      });
      wrote = t().google.wroteSheet(output.sheet.name);
    } else {
      wrote = '';
    }
    return { output, book, sources: describeSources(location), wrote };
  } finally {
    progress.done();
  }
}

/** Why a write in parts stopped, for PartlyWrittenError's message. */
function partStopped(cause: unknown): string {
  const texts = t().google.partStopped;
  if (cause instanceof RowsMovedError) return texts.rowsMoved;
  if (cause instanceof HeaderChangedError) return texts.headerChanged;
  const message = cause instanceof Error ? cause.message : String(cause);
  if (httpStatusOf(cause) === 403 && PROTECTED_REFUSAL.test(message)) return texts.protectedCells;
  return texts.other(message);
}

/**
 * A header cell merged with its neighbours hides their column names from the mapping (the API
 * gives a merge's text in its first cell only): refused before anything is written, as the add-on
 * refuses it.
 */
function refuseMergedHeader(
  book: GoogleSpreadsheet,
  sheet: string,
  headerRow: number,
  request: JobRequest,
): void {
  const width = request.tables.customers.table.header.length;
  if (width === 0) return;
  const merged = book.mergesOver(sheet, { row: headerRow, column: 1, rows: 1, columns: width });
  if (merged.length > 0) throw new CliError(t().google.mergedHeader(sheet, merged));
}

function describeSources(location: WorkbookLocation): string[] {
  const where = (l: { sheet: string; headerRow: number }) => t().sources.sheet(l.sheet, l.headerRow);
  return [
    t().sources.customers(where(location.customers)),
    ...(location.orders ? [t().sources.orders(where(location.orders))] : []),
    ...(location.complaints ? [t().sources.complaints(where(location.complaints))] : []),
  ];
}
