// Shared by the add-on e2e tests and bench: builds the add-on, loads the exact dist/Code.js (with
// its appsscript.json) into a realm with the Apps Script double, and fills the double with
// generated customer tables.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateSample, type IsoDate, type TableData } from '@crm/shared';
import { personWorkbook } from '@crm/shared/testing';
import {
  type AddonFunctions,
  type AppsScriptEnvironment,
  createAppsScriptEnvironment,
  type EnvironmentOptions,
  fireTrigger,
  loadAddonBundle,
} from './doubles/appsScript/environment.ts';
import type { SpreadsheetModel } from './doubles/appsScript/spreadsheetModel.ts';
import type { CellValue } from './doubles/appsScript/typedInput.ts';

export const ADDON_DIST = join(import.meta.dirname, '..', 'sheets-addon', 'dist');
export const CODE_JS = join(ADDON_DIST, 'Code.js');
export const SIDEBAR_HTML = join(ADDON_DIST, 'Sidebar.html');

/**
 * Builds the add-on unless dist/ is newer than this run (the root `npm test` builds it first).
 * `serverOnly` skips the Vite sidebar build when only Code.js is needed.
 */
export function ensureAddonBuilt(options: { sidebar?: boolean } = {}): void {
  const fresh = (path: string) => existsSync(path) && Date.now() - statSync(path).mtimeMs < 10 * 60_000;
  if (fresh(CODE_JS) && (!options.sidebar || fresh(SIDEBAR_HTML))) return;
  const args = ['sheets-addon/build.mjs', ...(options.sidebar ? [] : ['--server'])];
  execFileSync(process.execPath, args, { cwd: join(import.meta.dirname, '..'), stdio: 'pipe' });
}

/** "Today" as the add-on computes it: in the spreadsheet's time zone. */
export function todayIn(timeZone: string): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export function toRows(table: TableData): CellValue[][] {
  const width = table.header.length;
  return [
    table.header,
    ...table.rows.map((row) => {
      const out: CellValue[] = new Array(width);
      for (let i = 0; i < width; i++) {
        const cell = row[i];
        out[i] = cell === null || cell === undefined ? '' : cell;
      }
      return out;
    }),
  ];
}

export type { AddonFunctions };

/**
 * The user property in which the add-on records, with its date, that this user confirmed the
 * storage notice (data kept on Google's servers outside mainland China) before their first job.
 */
export const STORAGE_NOTICE_PROPERTY = 'crm.crossBorderAcknowledged';

/**
 * Loads the exact bundle for a user who confirmed the storage notice earlier (the tests of the
 * jobs), or, with `notice: 'unanswered'`, for one who has not seen it yet.
 */
export function loadAddon(
  env: AppsScriptEnvironment,
  options: { notice?: 'confirmed' | 'unanswered' } = {},
): AddonFunctions {
  if ((options.notice ?? 'confirmed') === 'confirmed')
    env.properties.user.data.set(STORAGE_NOTICE_PROPERTY, '2026-01-01');
  return loadAddonBundle(CODE_JS, env);
}

export interface AddonWorld {
  env: AppsScriptEnvironment;
  addon: AddonFunctions;
  today: IsoDate;
}

/** A job's answer to the sidebar. */
export type JobResult = {
  ok: boolean;
  message: string;
  sheetName?: string;
  figures?: Record<string, number>;
  notes?: string[];
};

/** Runs a job as the sidebar does (google.script.run → runJob). */
export function runJob(world: AddonWorld, job: string): JobResult {
  return world.addon.runJob?.(job) as JobResult;
}

/**
 * Everything a user could see in a spreadsheet, as text: values, formulas, formats, grid size,
 * merges, validation, protections and charts of every sheet, in order.
 */
export function snapshot(world: AddonWorld, book: SpreadsheetModel = world.env.book): string {
  return JSON.stringify(
    book.sheets.map((s) => ({
      name: s.name,
      grid: [s.maxRows, s.maxColumns, s.frozenRows],
      // An empty cell is '' however the double stores it.
      values: s.values.map((row) => {
        const cells = [...(row ?? [])];
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        return cells;
      }),
      // By cell, in sheet order: a formula written back by undo is the same sheet.
      formulas: [...s.formulas].sort(([a], [b]) => a.localeCompare(b)),
      formats: s.formats.entries(),
      validations: s.validations.size,
      merges: s.merges,
      protections: s.protections.map((p) => ({ ...p, editors: [...p.editors] })),
      charts: s.charts.length,
    })),
  );
}

/** Fires a time-driven trigger of the world's add-on, outside any document. */
export function fire(world: AddonWorld, triggerId: string): unknown {
  return fireTrigger(world.env, world.addon, triggerId);
}

export interface WorldOptions extends EnvironmentOptions {
  customers: number;
  ordersPerCustomer?: number;
  orders?: boolean;
  complaints?: boolean;
  seed?: number;
  /**
   * Cells as Sheets stores what people type or import (the default): ISO and slashed dates
   * become date cells, digit strings numbers. False keeps every generated string as text.
   */
  typed?: boolean;
  /** Whether the user confirmed the storage notice before (default) or has not seen it yet. */
  notice?: 'confirmed' | 'unanswered';
}

/**
 * A spreadsheet with a generated customer table ("客户"), and its Orders ("订单") and Complaints
 * ("投诉") sheets unless turned off, with the add-on loaded.
 */
export function addonWorld(options: WorldOptions): AddonWorld {
  const env = createAppsScriptEnvironment({ htmlDir: ADDON_DIST, ...options });
  const today = todayIn(env.book.timeZone);
  const sample = generateSample({
    customers: options.customers,
    ordersPerCustomer: options.ordersPerCustomer ?? 10,
    seed: options.seed ?? 7,
    today,
    summaryColumns: options.orders === false,
  });
  const fill = { typed: options.typed ?? true };
  env.book.fill('客户', toRows(sample.customers), fill);
  if (options.orders !== false) env.book.fill('订单', toRows(sample.orders), fill);
  if (options.complaints !== false) env.book.fill('投诉', toRows(sample.complaints), fill);
  const addon = loadAddon(env, { notice: options.notice ?? 'confirmed' });
  return { env, addon, today };
}

/** A spreadsheet with the given sheets, typed as Sheets stores what people type, and the add-on. */
export function tablesWorld(
  sheets: Record<string, CellValue[][]>,
  options: EnvironmentOptions = {},
): AddonWorld {
  const env = createAppsScriptEnvironment({ htmlDir: ADDON_DIST, ...options });
  for (const [name, rows] of Object.entries(sheets)) env.book.fill(name, rows, { typed: true });
  env.book.active = env.book.sheet(Object.keys(sheets)[0] ?? '');
  return { env, addon: loadAddon(env), today: todayIn(env.book.timeZone) };
}

/**
 * The core's one-person workbook (张伟 in customers, orders, complaints, follow-ups, a backup, the
 * review, a report and notes) in a spreadsheet, typed as Sheets stores what people type.
 */
export function personWorld(
  options: EnvironmentOptions & { notice?: 'confirmed' | 'unanswered' } = {},
): AddonWorld {
  const env = createAppsScriptEnvironment({ htmlDir: ADDON_DIST, ...options });
  for (const grid of personWorkbook()) {
    env.book.fill(
      grid.name,
      grid.rows.map((row) => row.map((cell) => (cell ?? '') as CellValue)),
      { typed: true },
    );
  }
  env.book.active = env.book.sheet('客户');
  return { env, addon: loadAddon(env, { notice: options.notice }), today: todayIn(env.book.timeZone) };
}
