// The faces of the toolkit, each driven as a user drives it, for tests that run one workbook
// through all of them: the built CLI on .xlsx and on .csv files, the built CLI on a Google Sheet
// (the Sheets REST double) and the exact add-on bundle (the Apps Script double).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Cell, locateTables, resolveConfig } from '@crm/shared';
import ExcelJS from 'exceljs';
import { openWorkbookFile } from '../../cli/src/files/openWorkbookFile.ts';
import { ADDON_DIST, loadAddon } from '../addonHarness.ts';
import { createAppsScriptEnvironment } from '../doubles/appsScript/environment.ts';
import type { SheetsRestDouble } from '../doubles/sheetsRestDouble.ts';
import type { ApiValue } from '../doubles/sheetsStore.ts';
import { runCrmAsync, systemLocale } from './crm.ts';

export interface WorkbookSheet {
  name: string;
  rows: Cell[][];
}

/** Where the data-quality review lands: a sheet in spreadsheets, a file for the CLI. */
export const REVIEW = '数据质量';

/** A face of the toolkit: load a workbook, run a job, read a sheet back as a grid. */
export interface Face {
  name: string;
  /** `customerSheet` tells the CSV face which sheet becomes customers.csv. */
  load(sheets: WorkbookSheet[], customerSheet?: string): Promise<void>;
  run(job: 'classify' | 'clean'): Promise<void>;
  read(sheet: string): Promise<Cell[][]>;
}

export interface FacesContext {
  dir: string;
  double: SheetsRestDouble;
  today: string;
  timeZone: string;
}

/** The four faces over one scratch folder and one REST double, all in Chinese. */
export function faces(context: FacesContext): Face[] {
  const crm: Crm = async (...args) => {
    const run = await runCrmAsync([...args, '--today', context.today, '--lang', 'zh', '--quiet'], {
      env: {
        ...systemLocale('zh_CN.UTF-8'),
        CRM_SHEETS_ROOT_URL: `${context.double.url}/`,
        CRM_GOOGLE_ACCESS_TOKEN: 'test-token',
      },
    });
    if (run.status !== 0) throw new Error(`crm ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
    return run;
  };
  return [xlsxFace(context, crm), csvFace(context, crm), googleFace(context, crm), addonFace(context)];
}

type Crm = (...args: string[]) => Promise<{ stdout: string; stderr: string }>;

// The context is read when a face is used, not when it is made: tests make their faces while
// vitest collects them and fill in the scratch folder in beforeAll.
function xlsxFace(context: FacesContext, crm: Crm): Face {
  const path = () => join(context.dir, 'book.xlsx');
  return {
    name: 'CLI on .xlsx',
    async load(sheets) {
      const workbook = new ExcelJS.Workbook();
      for (const sheet of sheets) {
        const ws = workbook.addWorksheet(sheet.name);
        sheet.rows.forEach((row, i) => {
          ws.getRow(i + 1).values = row.map((c) => (c === '' ? null : c)) as ExcelJS.CellValue[];
        });
      }
      await workbook.xlsx.writeFile(path());
    },
    async run(job) {
      if (job === 'classify') await crm('classify', '--in', path(), '--in-place');
      else await crm('clean', '--in', path(), '--out', join(context.dir, 'review.csv'));
    },
    async read(sheet) {
      if (sheet === REVIEW)
        return (await openWorkbookFile(join(context.dir, 'review.csv'))).sheets[0]?.rows ?? [];
      const file = await openWorkbookFile(path());
      return file.sheets.find((s) => s.name === sheet)?.rows ?? [];
    },
  };
}

/** The CLI on CSV files: the customer sheet as customers.csv, the orders as orders.csv. */
function csvFace(context: FacesContext, crm: Crm): Face {
  const at = (file: string) => join(context.dir, file);
  let customerSheet = '';
  let withOrders = false;
  return {
    name: 'CLI on .csv',
    async load(sheets, chosen) {
      // The orders sheet as the CLI finds it in a workbook: by its name (订单, Orders, 訂單明細 …),
      // else by a header that names an order's columns.
      const grids = sheets.map((s) => ({ name: s.name, rows: s.rows }));
      const { headerOverrides } = resolveConfig();
      const found = locateTables(grids, { headerOverrides, chosen: { customers: chosen } }).orders?.sheet;
      const orderSheet = sheets.find((s) => s.name === found);
      const customers = sheets.find((s) => s.name === chosen) ?? sheets.find((s) => s !== orderSheet);
      customerSheet = customers?.name ?? '';
      withOrders = orderSheet !== undefined;
      await writeFile(at('customers.csv'), csvText(customers?.rows ?? []));
      await writeFile(at('orders.csv'), csvText(orderSheet?.rows ?? []));
    },
    async run(job) {
      const input = ['--in', at('customers.csv'), ...(withOrders ? ['--orders', at('orders.csv')] : [])];
      if (job === 'classify') await crm('classify', ...input, '--in-place');
      else await crm('clean', ...input, '--out', at('review.csv'));
    },
    async read(sheet) {
      const file =
        sheet === REVIEW ? 'review.csv' : sheet === customerSheet ? 'customers.csv' : `${sheet}.csv`;
      return (await openWorkbookFile(at(file))).sheets[0]?.rows ?? [];
    },
  };
}

function googleFace(context: FacesContext, crm: Crm): Face {
  const { double } = context;
  return {
    name: 'CLI on a Google Sheet',
    async load(sheets) {
      double.spreadsheets.delete('book');
      double.addSpreadsheet(
        'book',
        sheets.map((s) => ({ title: s.name, values: s.rows.map((r) => r.map(apiValue)) })),
      );
    },
    async run(job) {
      await crm(job, '--spreadsheet', 'book');
    },
    async read(sheet) {
      return double.values('book', sheet) as Cell[][];
    },
  };
}

function addonFace(context: FacesContext): Face {
  let world: ReturnType<typeof createWorld> | null = null;
  return {
    name: 'add-on bundle',
    async load(sheets) {
      world = createWorld(context.timeZone);
      for (const sheet of sheets)
        world.env.book.fill(
          sheet.name,
          sheet.rows.map((r) => r.map((c) => c ?? '')),
        );
      world.env.book.active = world.env.book.sheets[0] ?? null;
    },
    async run(job) {
      const result = (
        job === 'classify' ? world?.addon.classifyCustomers?.() : world?.addon.cleanCustomerTable?.()
      ) as { ok: boolean; message: string };
      if (!result?.ok) throw new Error(`add-on ${job} failed: ${result?.message}`);
    },
    async read(sheet) {
      return (world?.env.book.sheets.find((s) => s.name === sheet)?.values ?? []) as Cell[][];
    },
  };
}

/** The exact bundle clasp pushes, in the Apps Script double, with no sheets yet. */
function createWorld(timeZone: string) {
  const env = createAppsScriptEnvironment({ htmlDir: ADDON_DIST, timeZone });
  env.book.sheets = [];
  env.book.active = null;
  return { env, addon: loadAddon(env) };
}

function csvText(rows: Cell[][]): string {
  return `${rows.map((row) => row.map((c) => csvCell(c)).join(',')).join('\r\n')}\r\n`;
}

function csvCell(cell: Cell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function apiValue(cell: Cell): ApiValue {
  return cell === null || cell instanceof Date ? '' : cell;
}
