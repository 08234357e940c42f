// Shared by the add-on e2e tests and bench: builds the add-on, loads the exact dist/Code.js into a
// vm with the Apps Script double, and fills the double with generated customer tables.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateSample, type IsoDate, type TableData } from '@crm/shared';
import {
  type AppsScriptEnvironment,
  createAppsScriptEnvironment,
  type EnvironmentOptions,
  loadAddonBundle,
} from './doubles/appsScript/environment.ts';
import type { CellValue } from './doubles/appsScript/spreadsheet.ts';

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

export type AddonFunctions = Record<string, (...args: unknown[]) => unknown>;

export interface AddonWorld {
  env: AppsScriptEnvironment;
  addon: AddonFunctions;
  today: IsoDate;
}

/**
 * A spreadsheet with a generated customer table ("客户"), and its Orders ("订单") and Complaints
 * ("投诉") sheets unless turned off, with the add-on loaded.
 */
export function addonWorld(
  options: {
    customers: number;
    ordersPerCustomer?: number;
    orders?: boolean;
    complaints?: boolean;
    seed?: number;
  } & EnvironmentOptions,
): AddonWorld {
  const env = createAppsScriptEnvironment({ htmlDir: ADDON_DIST, ...options });
  const today = todayIn(env.book.timeZone);
  const sample = generateSample({
    customers: options.customers,
    ordersPerCustomer: options.ordersPerCustomer ?? 10,
    seed: options.seed ?? 7,
    today,
    summaryColumns: options.orders === false,
  });
  env.book.fill('客户', toRows(sample.customers));
  if (options.orders !== false) env.book.fill('订单', toRows(sample.orders));
  if (options.complaints !== false) env.book.fill('投诉', toRows(sample.complaints));
  const addon = loadAddonBundle(CODE_JS, env);
  return { env, addon, today };
}
