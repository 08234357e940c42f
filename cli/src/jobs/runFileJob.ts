import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
  buyerDependsOnAccounts,
  type Config,
  HEADER_SEARCH_ROWS,
  type IsoDate,
  isRoleSheetName,
  type JobName,
  type JobOutput,
  type JobRequest,
  locateFollowUpsSheet,
  locateTable,
  mapOrderHeader,
  type OrdersRead,
  type SheetGrid,
  sheetName,
  type TableLocation,
  type TableRole,
  tableFromGrid,
  type WorkbookLocation,
} from '@crm/shared';
import { readCsvRows } from '../files/csvStream.ts';
import { tableFormatOf } from '../files/fileErrors.ts';
import { refuseAnalysisWhenMemoryRunsOut } from '../files/memoryGuard.ts';
import { findSheet, openWorkbookFile, type WorkbookFile } from '../files/openWorkbookFile.ts';
import { readOrdersCsv } from '../files/readOrdersInWorker.ts';
import { CliError } from '../support/CliError.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { Progress, progressMode } from '../support/progress.ts';
import { resolveToday } from '../support/today.ts';
import { t } from '../texts/currentTexts.ts';
import type { JobOptions } from './jobOptions.ts';
import { runLocatedJob } from './runLocatedJob.ts';

/** A job run on local files, with the workbook kept for writing back. */
export interface FileJob {
  output: JobOutput;
  /** What the job ran on, so other jobs can be produced from the same analysis. */
  request: JobRequest;
  file: WorkbookFile;
  /** Which sheet of which file each table came from, for the summary. */
  sources: string[];
}

/**
 * Runs a job on a local .xlsx/.csv (`--in`), with `--orders` / `--complaints` files when given
 * (else the workbook's own Orders / 投诉 sheets): the files are read into sheets and the core's
 * job layer decides which sheet and which row is which table.
 */
export async function runFileJob(
  job: JobName,
  options: JobOptions,
  extra: { clv?: boolean; title?: string; previousPlan?: string } = {},
): Promise<FileJob> {
  const config = await loadConfig(options);
  if (options.in === undefined) throw new CliError(t().errors.noInput);
  const today = resolveToday(options.today);
  const progress = new Progress(7, progressMode(options.quiet));
  let early: EarlyOrders | null = null;
  try {
    progress.step(t().progress.reading, 0);
    early = await startReadingOrders(options.orders, config, today);
    const file = await openWorkbookFile(options.in);
    const sheets: SheetGrid[] = [...file.sheets];
    // Orders CSV files read as a stream once their header is located: sheet name → path.
    const streamed = new Map<string, string>();
    const chosen: Partial<Record<TableRole, string>> = {};
    if (options.sheet !== undefined) chosen.customers = chosenSheet(file, options.sheet);
    for (const role of ['orders', 'complaints'] as const) {
      const path = options[role];
      if (path === undefined) continue;
      const sheet =
        role === 'orders' && early !== null
          ? { name: uniqueName(basename(path), sheets), rows: early.probe.rows }
          : await separateTable(path, role, sheets);
      sheets.push(sheet);
      chosen[role] = sheet.name;
      if (role === 'orders' && tableFormatOf(path, 'read') === 'csv') streamed.set(sheet.name, path);
    }
    if (extra.previousPlan !== undefined) await addPreviousPlan(extra.previousPlan, sheets);
    const { output, location, request } = await runLocatedJob(job, {
      probes: sheets,
      readSheets: async () => sheets,
      locate: {
        chosen,
        ...(options.headerRow === undefined ? {} : { headerRows: { customers: options.headerRow } }),
      },
      config,
      today,
      // Only .xlsx cells are Dates, and exceljs reads them as UTC midnights.
      dateObjects: 'utc',
      ...(extra.clv === undefined ? {} : { clv: extra.clv }),
      ...(extra.title === undefined ? {} : { title: extra.title }),
      progress,
      beforeStep: refuseAnalysisWhenMemoryRunsOut,
      readOrders: async (where, signal, accounts) => {
        const path = streamed.get(where.sheet);
        const probe = sheets.find((s) => s.name === where.sheet);
        if (path === undefined || probe === undefined) return null;
        if (early !== null && sameStart(early.where, where) && (!accounts || !early.dependsOnAccounts)) {
          const { stop, reading } = early;
          signal.addEventListener('abort', () => stop.abort());
          return reading;
        }
        // Located elsewhere after all, or read for a customer table without platform accounts
        // while this one has them: the early reading is not wanted, so it stops now.
        early?.stop.abort();
        return readOrdersCsv(path, where, probe, config, today, signal, accounts);
      },
    });
    return { output, request, file, sources: describeSources(location, file) };
  } finally {
    // Stops a reading the job did not take because it stopped before asking for the orders.
    early?.stop.abort();
    progress.done();
  }
}

/**
 * An orders CSV file whose reading started before the customer table was at hand, as for a
 * customer table without a platform-account column; `dependsOnAccounts` when one with it would
 * have its buyers read from another column (buyerDependsOnAccounts).
 */
interface EarlyOrders {
  probe: SheetGrid;
  where: TableLocation;
  dependsOnAccounts: boolean;
  stop: AbortController;
  reading: Promise<OrdersRead | null>;
}

/**
 * Starts reading an orders CSV file (`--orders`) at once, where locateTables will find it (its
 * header on the file's own first rows), so that a worker thread reads it while the customer file
 * is read (see readOrdersCsv). Null for another format, or when its type or first rows cannot be
 * read: the job then reads it in its turn, after the customer file, and reports what is wrong.
 */
async function startReadingOrders(
  path: string | undefined,
  config: Config,
  today: IsoDate,
): Promise<EarlyOrders | null> {
  if (path === undefined) return null;
  let probe: SheetGrid;
  try {
    if (tableFormatOf(path, 'read') !== 'csv') return null;
    probe = { name: basename(path), rows: await readCsvRows(path, { limit: PROBE_ROWS }) };
  } catch {
    return null;
  }
  const where = locateTable('orders', probe, { headerOverrides: config.headerOverrides });
  const stop = new AbortController();
  const reading = readOrdersCsv(path, where, probe, config, today, stop.signal, false);
  // Read by the job when it gets there; not a rejection nobody handles when it stops before.
  reading.catch(() => {});
  const header = tableFromGrid(probe.rows, where.headerRow, where.header).header;
  const dependsOnAccounts = buyerDependsOnAccounts(
    mapOrderHeader(header, config.headerOverrides.orders).columns,
  );
  return { probe, where, stop, reading, dependsOnAccounts };
}

/** Whether two locations of one table start at the same header. */
function sameStart(a: TableLocation, b: TableLocation): boolean {
  return a.headerRow === b.headerRow && JSON.stringify(a.header ?? null) === JSON.stringify(b.header ?? null);
}

/**
 * The follow-up plan a previous run wrote to the file `--out` names again, for its 完成/Done
 * marks (and the tasks already due) to be read back rather than written over. A .csv is the plan
 * itself; an .xlsx holds it as its follow-up sheet. It stands in for any follow-up sheet of the
 * input workbook, because it is the one the user has been ticking.
 */
async function addPreviousPlan(path: string, sheets: SheetGrid[]): Promise<void> {
  if (!existsSync(path)) return;
  const file = await openWorkbookFile(path);
  const plan =
    file.format === 'csv' ? file.sheets[0] : file.sheets.find((s) => locateFollowUpsSheet([s]) !== null);
  if (plan === undefined) return;
  for (let i = sheets.length - 1; i >= 0; i--) {
    if (locateFollowUpsSheet([sheets[i] as SheetGrid]) !== null) sheets.splice(i, 1);
  }
  sheets.push({ ...plan, name: sheetName('followUps', 'zh') });
}

/** The customer sheet named by --sheet, matched as Excel does (case-insensitive). */
function chosenSheet(file: WorkbookFile, name: string): string {
  if (file.format === 'csv')
    throw new CliError(t().files.because(t().files.cannotRead(file.path), t().files.csvHasNoSheets));
  const found = findSheet(file, name);
  if (!found) {
    throw new CliError(
      t().files.because(
        t().files.cannotRead(file.path),
        t().files.noSuchSheet(
          name,
          file.sheets.map((s) => s.name),
        ),
      ),
    );
  }
  return found.name;
}

/**
 * The orders or complaints table of a separate file: its sheet named for the role, else its
 * first sheet, under a name no sheet of the workbook has.
 */
async function separateTable(path: string, role: TableRole, taken: readonly SheetGrid[]): Promise<SheetGrid> {
  if (role === 'orders' && tableFormatOf(path, 'read') === 'csv') {
    // Only the first rows, to locate the header: the orders are read as a stream after that.
    return { name: uniqueName(basename(path), taken), rows: await readCsvRows(path, { limit: PROBE_ROWS }) };
  }
  const file = await openWorkbookFile(path);
  // The sheet named for its role, else the first the user sees (a hidden sheet of export
  // parameters or an old copy is not the table).
  const sheet =
    file.sheets.find((s) => isRoleSheetName(s.name, role)) ??
    file.sheets.find((s) => s.hidden !== true) ??
    file.sheets[0];
  const base = file.format === 'csv' ? basename(path) : `${basename(path)} › ${sheet?.name ?? ''}`;
  return {
    name: uniqueName(base, taken),
    rows: sheet?.rows ?? [],
    ...(sheet?.merges === undefined ? {} : { merges: sheet.merges }),
  };
}

function uniqueName(base: string, taken: readonly SheetGrid[]): string {
  let name = base;
  for (let n = 2; taken.some((s) => s.name === name); n++) name = `${base} (${n})`;
  return name;
}

/** The rows locating a table looks at (a two-row header may end one row below the search). */
const PROBE_ROWS = HEADER_SEARCH_ROWS + 1;

function describeSources(location: WorkbookLocation, file: WorkbookFile): string[] {
  const where = (sheet: string, headerRow: number) =>
    file.format === 'csv' && sheet === file.sheets[0]?.name
      ? t().sources.file(file.path, headerRow)
      : t().sources.sheet(sheet, headerRow);
  const sources = [t().sources.customers(where(location.customers.sheet, location.customers.headerRow))];
  if (location.orders)
    sources.push(t().sources.orders(where(location.orders.sheet, location.orders.headerRow)));
  if (location.complaints) {
    sources.push(t().sources.complaints(where(location.complaints.sheet, location.complaints.headerRow)));
  }
  return sources;
}
