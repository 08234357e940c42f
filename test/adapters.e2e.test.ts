// One workbook, every face: the CLI on .xlsx and .csv files, the CLI on a Google Sheet (the Sheets
// REST double) and the add-on bundle (the Apps Script double) must find the same customers, give
// them the same classification on their own rows, and list the same data problems. Each case
// also edits the table the way users do between runs (a deleted row, a sorted table) and checks
// that every customer's managed values stay on that customer's row.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  type Cell,
  DATA_QUALITY_TABLE_ROW,
  fromDayNumber,
  headerText,
  locateTables,
  managedColumnOf,
  readJobTables,
  resolveConfig,
  runJob,
  type SheetGrid,
  serialToDayNumber,
} from '@crm/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbookFile } from '../cli/src/files/openWorkbookFile.ts';
import { CODE_JS, todayIn } from './addonHarness.ts';
import { createAppsScriptEnvironment, loadAddonBundle } from './doubles/appsScript/environment.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue } from './doubles/sheetsStore.ts';

const exec = promisify(execFile);
// The add-on takes today's date in the spreadsheet's time zone; every face runs on that date.
const TIME_ZONE = 'Asia/Shanghai';
const TODAY = todayIn(TIME_ZONE);
const CRM = join(import.meta.dirname, '..', 'cli', 'bin', 'crm.js');
const ENV = { ...process.env, LC_ALL: '', LANG: 'zh_CN.UTF-8' };

type Row = (string | number)[];

/** Orders of the customers below, ids as written in each fixture. */
function orders(ids: string[]): Row[] {
  const rows: Row[] = [['客户编号', '订单日期', '金额']];
  ids.forEach((id, i) => {
    for (let k = 0; k <= i % 4; k++)
      rows.push([id, `2026-${String(1 + ((i + k * 3) % 10)).padStart(2, '0')}-1${k}`, 100 + i * 37 + k * 11]);
  });
  rows.push(['C999', '2026-03-01', 50]);
  return rows;
}

const PEOPLE: Row[] = [
  ['C001', '张伟', '上海明华贸易有限公司', '13912345678', 'zhang.wei@minghua.cn', '王经理'],
  ['C002', '李娜', '北京华信科技', '13800138000', 'lina@huaxin.com', '王经理'],
  ['C003', 'Emily Chen', 'Acme Trading Ltd', '+1 415 555 0100', 'emily@acme.com', 'Linda'],
  ['C004', '王芳', '杭州云帆电子商务', '13700137000', 'wangfang@yunfan', ''],
  ['C005', '赵敏', '深圳前海物流', '13600136000', '', '王经理'],
  ['C006', '刘洋', '华腾科技', '13912345678', 'liuyang@huateng.cn', 'Linda'],
  ['C007', '陈静', '星河贸易', '13698765432', 'chenjing@xinghe.cn', ''],
  ['C008', '孙丽', '', '', '', 'Linda'],
];
const IDS = PEOPLE.map((p) => String(p[0]));
const HEADER_ZH = ['客户编号', '姓名', '公司', '手机', '邮箱', '负责人'];

interface Fixture {
  name: string;
  sheets: { name: string; rows: Row[] }[];
}

const FIXTURES: Fixture[] = [
  {
    name: 'a plain table with an orders sheet',
    sheets: [
      { name: '客户', rows: [HEADER_ZH, ...PEOPLE] },
      { name: '订单', rows: orders(IDS) },
    ],
  },
  {
    name: 'a WPS ledger: title line, blank row above the header, blank rows inside',
    sheets: [
      {
        name: '台账',
        rows: [
          ['2026年华东区客户台账'],
          [],
          HEADER_ZH,
          ...PEOPLE.slice(0, 3),
          [],
          ...PEOPLE.slice(3, 6),
          [],
          [],
          ...PEOPLE.slice(6),
        ],
      },
      { name: '订单', rows: orders(IDS) },
    ],
  },
  {
    name: 'English headers on the second sheet, after a notes sheet',
    sheets: [
      { name: 'Notes', rows: [['Maintained by the sales team. Do not delete columns.']] },
      {
        name: 'Clients',
        rows: [['Customer ID', 'Name', 'Company', 'Mobile', 'Email', 'Owner'], ...PEOPLE],
      },
      { name: 'Orders', rows: orders(IDS) },
    ],
  },
];

/** A face of the toolkit: load a workbook, run a job, read a sheet back as a grid. */
interface Adapter {
  name: string;
  load(sheets: { name: string; rows: Cell[][] }[]): Promise<void>;
  run(job: 'classify' | 'clean'): Promise<void>;
  read(sheet: string): Promise<Cell[][]>;
}

let dir: string;
const double = new SheetsRestDouble();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-adapters-'));
  await double.start();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await double.stop();
});

function crm(...args: string[]) {
  return exec(process.execPath, [CRM, ...args, '--today', TODAY, '--lang', 'zh'], {
    env: { ...ENV, CRM_SHEETS_ROOT_URL: `${double.url}/`, CRM_GOOGLE_ACCESS_TOKEN: 'test-token' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function xlsxAdapter(): Adapter {
  const path = () => join(dir, 'book.xlsx');
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
      if (job === 'classify') await crm('classify', '--in', path(), '--out', path());
      else await crm('clean', '--in', path(), '--out', join(dir, 'review.csv'));
    },
    async read(sheet) {
      if (sheet === '数据质量')
        return (await openWorkbookFile(join(dir, 'review.csv'))).sheets[0]?.rows ?? [];
      const file = await openWorkbookFile(path());
      return file.sheets.find((s) => s.name === sheet)?.rows ?? [];
    },
  };
}

/** The CLI on CSV files: the customer sheet as customers.csv, the orders as orders.csv. */
function csvAdapter(): Adapter {
  let customerSheet = '';
  return {
    name: 'CLI on .csv',
    async load(sheets) {
      const customers = sheets.find((s) => !/订单|Orders|Notes/.test(s.name));
      const orderSheet = sheets.find((s) => /订单|Orders/.test(s.name));
      customerSheet = customers?.name ?? '';
      await writeFile(join(dir, 'customers.csv'), csvText(customers?.rows ?? []));
      await writeFile(join(dir, 'orders.csv'), csvText(orderSheet?.rows ?? []));
    },
    async run(job) {
      const input = ['--in', join(dir, 'customers.csv'), '--orders', join(dir, 'orders.csv')];
      if (job === 'classify') await crm('classify', ...input, '--out', join(dir, 'customers.csv'));
      else await crm('clean', ...input, '--out', join(dir, 'review.csv'));
    },
    async read(sheet) {
      const file =
        sheet === '数据质量' ? 'review.csv' : sheet === customerSheet ? 'customers.csv' : `${sheet}.csv`;
      return (await openWorkbookFile(join(dir, file))).sheets[0]?.rows ?? [];
    },
  };
}

function googleAdapter(): Adapter {
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

function addonAdapter(): Adapter {
  let world: ReturnType<typeof createWorld> | null = null;
  return {
    name: 'add-on bundle',
    async load(sheets) {
      world = createWorld();
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
      ) as {
        ok: boolean;
        message: string;
      };
      if (!result?.ok) throw new Error(`add-on ${job} failed: ${result?.message}`);
    },
    async read(sheet) {
      return (world?.env.book.sheets.find((s) => s.name === sheet)?.values ?? []) as Cell[][];
    },
  };
}

/** The exact bundle clasp pushes, in the Apps Script double, with no sheets yet. */
function createWorld() {
  const env = createAppsScriptEnvironment({
    htmlDir: CODE_JS.replace(/Code\.js$/, ''),
    timeZone: TIME_ZONE,
  });
  env.book.sheets = [];
  env.book.active = null;
  return { env, addon: loadAddonBundle(CODE_JS, env) };
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

/** A managed cell as the user sees it: dates (Date cells, serials) as their ISO day. */
function shown(cell: Cell | undefined, column: string): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (managedColumnOf(column) === 'nextFollowUp') {
    if (cell instanceof Date)
      return cell.getUTCHours() === 0 ? cell.toISOString().slice(0, 10) : localIso(cell);
    if (typeof cell === 'number') return fromDayNumber(serialToDayNumber(cell));
  }
  return String(cell);
}

function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What each customer should show, by id: the core's job run directly on the grids, so the
 * expectation does not depend on any adapter.
 */
function expected(sheets: SheetGrid[]): { byId: Map<string, Record<string, string>>; review: string[][] } {
  const config = resolveConfig({ language: 'zh' });
  const location = locateTables(sheets, { headerOverrides: config.headerOverrides });
  const request = {
    tables: readJobTables(sheets, location),
    config,
    today: TODAY,
    dateObjects: 'utc' as const,
  };
  const classify = runJob('classify', request);
  const write = classify.managedColumns;
  const byId = new Map<string, Record<string, string>>();
  for (const customer of classify.analysis.customers) {
    const values = write?.values.get(customer.row) ?? [];
    const byHeader: Record<string, string> = {};
    write?.columns.forEach((c, k) => {
      byHeader[c.header] = shown(values[k] ?? '', c.header);
    });
    byId.set(customer.record.id ?? '', byHeader);
  }
  const review = runJob('clean', request).sheet?.table.rows.map((r) => r.map((c) => String(c ?? ''))) ?? [];
  return { byId, review };
}

/** Every customer row of a classified sheet: its id and its managed cells by header. */
function managedByRow(grid: Cell[][]): { row: number; id: string; values: Record<string, string> }[] {
  const headerIndex = grid.findIndex((row) =>
    row.some((c) => managedColumnOf(headerText(c ?? null)) !== null),
  );
  const header = (grid[headerIndex] ?? []).map((c) => headerText(c ?? null));
  const idColumn = header.findIndex((h) => h === '客户编号' || h === 'Customer ID');
  const out: { row: number; id: string; values: Record<string, string> }[] = [];
  grid.slice(headerIndex + 1).forEach((cells, i) => {
    const id = String(cells[idColumn] ?? '').trim();
    const values: Record<string, string> = {};
    header.forEach((h, c) => {
      if (managedColumnOf(h)) values[h] = shown(cells[c] ?? '', h);
    });
    out.push({ row: headerIndex + 2 + i, id, values });
  });
  return out;
}

function customerSheetName(fixture: Fixture): string {
  return fixture.sheets.find((s) => !/订单|Orders|Notes/.test(s.name))?.name ?? '';
}

const asGrids = (sheets: Fixture['sheets']): SheetGrid[] =>
  sheets.map((s) => ({ name: s.name, rows: s.rows }));

const ADAPTERS = [xlsxAdapter(), csvAdapter(), googleAdapter(), addonAdapter()];

/** Checks every customer row against the core's own answer for the same grids. */
async function expectCustomersOnTheirRows(adapter: Adapter, sheets: Fixture['sheets'], fixture: Fixture) {
  const want = expected(asGrids(sheets));
  const rows = managedByRow(await adapter.read(customerSheetName(fixture)));
  const seen = new Set<string>();
  for (const { row, id, values } of rows) {
    if (id === '') {
      // Blank rows inside the table get empty managed cells, never another customer's values.
      expect(
        Object.values(values).every((v) => v === ''),
        `row ${row} of ${adapter.name}`,
      ).toBe(true);
      continue;
    }
    seen.add(id);
    expect(values, `${id} on row ${row} (${adapter.name})`).toEqual(want.byId.get(id));
  }
  expect([...seen].sort()).toEqual([...want.byId.keys()].sort());
}

describe.each(FIXTURES)('$name', (fixture) => {
  describe.each(ADAPTERS)('through the $name', (adapter) => {
    it('classifies every customer on its own row, as the core does', async () => {
      await adapter.load(fixture.sheets);
      await adapter.run('classify');
      await expectCustomersOnTheirRows(adapter, fixture.sheets, fixture);
    });

    it('lists the same data problems', async () => {
      await adapter.load(fixture.sheets);
      await adapter.run('clean');
      const grid = await adapter.read('数据质量');
      // The data-quality sheet has a summary above its table; the file is the table alone.
      const table =
        grid.length > 0 && String(grid[0]?.[0]) === '数据质量检查'
          ? grid.slice(DATA_QUALITY_TABLE_ROW)
          : grid.slice(1);
      const got = table.map((r) => r.map((c) => String(c ?? ''))).filter((r) => r.some((c) => c !== ''));
      const want = expected(asGrids(fixture.sheets)).review.map((r) => {
        const trimmed = [...r];
        while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
        return trimmed;
      });
      expect(
        got.map((r) =>
          r
            .slice(0, 5)
            .join(' | ')
            .replace(/( \| )+$/, ''),
        ),
      ).toEqual(
        want.map((r) =>
          r
            .slice(0, 5)
            .join(' | ')
            .replace(/( \| )+$/, ''),
        ),
      );
    });

    it('keeps values on the right rows after a row is deleted and the table is sorted', async () => {
      await adapter.load(fixture.sheets);
      await adapter.run('classify');
      const name = customerSheetName(fixture);
      const classified = await adapter.read(name);
      const headerIndex = classified.findIndex((row) =>
        row.some((c) => managedColumnOf(headerText(c ?? null))),
      );
      // The user deletes the third customer's row, then sorts the rest by name, Z → A, managed
      // columns and all, as Sheets' "sort range" does.
      const body = classified.slice(headerIndex + 1).filter((row) => row.some((c) => c !== '' && c !== null));
      const deleted = body.filter((row) => row[0] !== IDS[2] && row[1] !== 'Emily Chen' && row[0] !== 'C003');
      const sorted = [...deleted].sort((a, b) => String(b[1]).localeCompare(String(a[1])));
      const edited = [...classified.slice(0, headerIndex + 1), ...sorted];
      const sheets = fixture.sheets.map((s) => (s.name === name ? { name, rows: edited as Row[] } : s));
      await adapter.load(sheets);
      await adapter.run('classify');
      await expectCustomersOnTheirRows(adapter, sheets, fixture);
      const rows = managedByRow(await adapter.read(name));
      expect(rows.some((r) => r.id === 'C003')).toBe(false);
      expect(rows.filter((r) => r.id !== '').map((r) => r.id)).toEqual(sorted.map((r) => String(r[0])));
    });
  });
});
