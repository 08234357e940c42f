import {
  type Config,
  type IsoDate,
  JobError,
  type JobName,
  type JobOutput,
  type JobRequest,
  jobProblemText,
  type Language,
  locatedSheetNames,
  locateTables,
  readJobTables,
  runJob,
  type WorkbookLocation,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import { documentFitCache } from './clvFitStore.ts';
import { MESSAGES, type Messages } from './messages.ts';
import type { SheetRead } from './rowGuard.ts';
import { type AddonSettings, effectiveConfig, effectiveLanguage, loadSettings } from './settings.ts';
import { probeSheets, readSheets, sheetNamed } from './sheetsWorkbook.ts';
import { SpreadsheetDates } from './spreadsheetDates.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What every job starts from: the spreadsheet, settings, language, its dates and today's date. */
export interface JobContext {
  spreadsheet: Spreadsheet;
  settings: AddonSettings;
  language: Language;
  messages: Messages;
  config: Config;
  /** Date cells read and written as calendar days of the spreadsheet's time zone. */
  dates: SpreadsheetDates;
  today: IsoDate;
}

/**
 * The context of a job in the document the user works in, or in the given spreadsheet with the
 * given settings (a time-driven trigger has no active document and no document properties).
 */
export function jobContext(
  spreadsheet: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  settings: AddonSettings = loadSettings(),
): JobContext {
  const language = effectiveLanguage(settings, spreadsheet.getSpreadsheetLocale());
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return {
    spreadsheet,
    settings,
    language,
    messages: MESSAGES[language],
    config: effectiveConfig(settings, language),
    dates: new SpreadsheetDates(timeZone),
    // "Today" in the spreadsheet's time zone, as the user sees it in the sheet.
    today: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'),
  };
}

/** Where the tables are in this spreadsheet, by the core's one rule (settings and active sheet first). */
export function locateSheetTables(ctx: JobContext): WorkbookLocation {
  try {
    return locateTables(probeSheets(ctx.spreadsheet, ctx.dates), {
      headerOverrides: ctx.config.headerOverrides,
      chosen: {
        customers: ctx.settings.customerSheet,
        orders: ctx.settings.ordersSheet,
        complaints: ctx.settings.complaintsSheet,
      },
      activeSheet: ctx.spreadsheet.getActiveSheet().getName(),
      headerRows: { customers: ctx.settings.customerHeaderRow },
    });
  } catch (error) {
    throw asAddonError(error, ctx.language);
  }
}

/**
 * A job's output with the customer sheet it read, ready to be written back; `sheetRows` are what
 * a positional write checks again (rowGuard).
 */
export interface SheetJob extends SheetRead {
  output: JobOutput;
  request: JobRequest;
  customerSheet: Sheet;
}

/**
 * Runs a core job on this spreadsheet: locate the tables, read their sheets (one getValues
 * each), check the customer header can be used, analyse. Nothing is written here; a problem the
 * user can fix comes back as an AddonError in their language with nothing changed.
 */
export function runSheetJob(ctx: JobContext, job: JobName, options: { clv?: boolean } = {}): SheetJob {
  const location = locateSheetTables(ctx);
  const names = locatedSheetNames(location);
  const customerSheet = sheetNamed(ctx.spreadsheet, location.customers.sheet);
  const fitCache = documentFitCache();
  try {
    const sheets = readSheets(ctx.spreadsheet, names, ctx.dates);
    const grid = sheets.find((sheet) => sheet.name === location.customers.sheet);
    const sheetRows = grid?.rows ?? [];
    const request: JobRequest = {
      tables: readJobTables(sheets, location),
      config: ctx.config,
      today: ctx.today,
      // Date cells were turned into the wall clocks the sheet shows (SpreadsheetDates).
      dateObjects: 'utc',
      clv: (options.clv ?? true) && ctx.settings.clv,
      ...(fitCache ? { clvFitCache: fitCache } : {}),
      sheetNames: ctx.spreadsheet.getSheets().map((s) => s.getName()),
    };
    checkHeaderNotMerged(
      customerSheet,
      location.customers.headerRow,
      request.tables.customers.table.header.length,
      ctx.messages,
    );
    return { output: runJob(job, request), request, customerSheet, sheetRows };
  } catch (error) {
    throw asAddonError(error, ctx.language);
  }
}

/** Merged header cells hide column names from the mapping: refuse before anything changes. */
function checkHeaderNotMerged(sheet: Sheet, headerRow: number, width: number, messages: Messages): void {
  // The grid may have lost columns since the read (a co-editor deleted one); the row guard
  // reports that change before any write, and a range past the grid would throw.
  const columns = Math.min(width, sheet.getMaxColumns());
  if (columns === 0) return;
  const merged = sheet.getRange(headerRow, 1, 1, columns).getMergedRanges();
  if (merged.length > 0) {
    throw new AddonError(
      messages.mergedHeader(sheet.getName(), merged.map((r) => r.getA1Notation()).join(', ')),
    );
  }
}

function asAddonError(error: unknown, language: Language): unknown {
  return error instanceof JobError ? new AddonError(jobProblemText(error.problem, language)) : error;
}
