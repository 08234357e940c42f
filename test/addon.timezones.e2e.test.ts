// Date cells are midnights of the spreadsheet's time zone while the script lives in its own
// (appsscript.json: Asia/Shanghai). A Tokyo sheet read with the script's local getters comes out
// a day early; dates written as the script's midnights show a day early in Los Angeles. Through
// the faithful double the add-on must give exactly what the CLI gives on the same table.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, type Cell, type IsoDate, MANAGED_COLUMN_LABELS, MANAGED_COLUMNS } from '@crm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbookFile } from '../cli/src/files/openWorkbookFile.ts';
import { ADDON_DIST, ensureAddonBuilt, loadAddon, todayIn } from './addonHarness.ts';
import { createAppsScriptEnvironment } from './doubles/appsScript/environment.ts';
import type { SheetModel } from './doubles/appsScript/sheetModel.ts';
import { runCrmAsync, systemLocale } from './support/crm.ts';

const MANAGED = MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c].zh);
const NEXT_FOLLOW_UP = MANAGED_COLUMN_LABELS.nextFollowUp.zh;

let dir: string;
beforeAll(async () => {
  ensureAddonBuilt();
  dir = await mkdtemp(join(tmpdir(), 'crm-zones-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A small ledger whose dates sit around today: purchases, birthdays and last contacts. */
function ledger(today: IsoDate) {
  const ago = (n: number) => addDays(today, -n);
  // Birthdays a few days ahead, in 1985 and 1990, so birthday tasks fall due this week.
  const birthday = (year: number, inDays: number) => `${year}${addDays(today, inDays).slice(4)}`;
  const customers: string[][] = [
    ['客户编号', '姓名', '手机', '生日', '最近联系日期'],
    ['C001', '张伟', '13912345678', birthday(1985, 3), ago(40)],
    ['C002', '李娜', '13800138000', birthday(1990, 1), ago(200)],
    ['C003', 'Emily Chen', '+14155550100', '', ago(9)],
    ['C004', '王芳', '13700137000', birthday(1979, 6), ''],
    ['C005', '赵敏', '13600136000', '', ago(75)],
    ['C006', '刘洋', '13500135000', birthday(1988, 2), ago(15)],
    ['C007', '陈静', '13698765432', '', ''],
    ['C008', '孙丽', '13398765432', birthday(1992, 5), ago(400)],
  ];
  const orders: (string | number)[][] = [['客户编号', '订单日期', '金额']];
  customers.slice(1).forEach((c, i) => {
    for (let k = 0; k <= i % 4; k++)
      orders.push([c[0] ?? '', ago(3 + i * 29 + k * 41), 300 + i * 55 + k * 17]);
  });
  return { customers, orders };
}

function csv(rows: (string | number)[][]): string {
  return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

/** The CLI on the same table as CSV files: managed values by customer id, and the follow-up tasks. */
async function cliAnswer(tables: ReturnType<typeof ledger>, today: IsoDate) {
  await writeFile(join(dir, 'customers.csv'), csv(tables.customers));
  await writeFile(join(dir, 'orders.csv'), csv(tables.orders));
  const input = ['--in', join(dir, 'customers.csv'), '--orders', join(dir, 'orders.csv')];
  const common = ['--today', today, '--lang', 'zh'];
  const options = { env: systemLocale('zh_CN.UTF-8') };
  const classify = await runCrmAsync(
    ['classify', ...input, '--out', join(dir, 'classified.csv'), ...common],
    options,
  );
  expect(classify.status, classify.stderr).toBe(0);
  const followups = await runCrmAsync(
    ['followups', ...input, '--out', join(dir, 'tasks.csv'), ...common],
    options,
  );
  expect(followups.status, followups.stderr).toBe(0);
  const classified = (await openWorkbookFile(join(dir, 'classified.csv'))).sheets[0]?.rows ?? [];
  const tasks = (await openWorkbookFile(join(dir, 'tasks.csv'))).sheets[0]?.rows ?? [];
  const plain =
    (rows: Cell[][]): CellText =>
    (r, c) =>
      text(rows[r]?.[c]);
  return { managed: byId(classified, plain(classified)), tasks: taskList(tasks, plain(tasks)) };
}

const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell));

/** Reads the cell at a 0-based row and column of a grid, as the user sees it. */
type CellText = (row: number, column: number) => string;

function byId(rows: Cell[][], cell: CellText) {
  const header = (rows[0] ?? []).map(text);
  const id = header.indexOf('客户编号');
  const out = new Map<string, Record<string, string>>();
  for (let r = 1; r < rows.length; r++) {
    const values: Record<string, string> = {};
    for (const label of MANAGED) {
      const column = header.indexOf(label);
      values[label] = column < 0 ? '' : cell(r, column);
    }
    out.set(cell(r, id), values);
  }
  return out;
}

function taskList(rows: Cell[][], cell: CellText) {
  const header = (rows[0] ?? []).map(text);
  const [due, id, kind] = ['到期日', '客户编号', '类型'].map((h) => header.indexOf(h)) as [
    number,
    number,
    number,
  ];
  const tasks: string[] = [];
  for (let r = 1; r < rows.length; r++) tasks.push(`${cell(r, due)} ${cell(r, id)} ${cell(r, kind)}`);
  return tasks.sort();
}

/** The add-on in a spreadsheet of the given zone, on the same table typed in by hand. */
function addonAnswer(tables: ReturnType<typeof ledger>, timeZone: string) {
  const env = createAppsScriptEnvironment({ htmlDir: ADDON_DIST, timeZone });
  env.book.fill('客户', tables.customers, { typed: true });
  env.book.fill('订单', tables.orders, { typed: true });
  env.book.active = env.book.sheet('客户');
  const addon = loadAddon(env);
  for (const job of ['classify', 'follow-ups']) {
    expect(addon.runJob?.(job)).toMatchObject({ ok: true });
  }
  const customers = env.book.sheet('客户');
  const tasks = env.book.sheet('跟进任务');
  // A date cell as the user sees it: its calendar day in the sheet.
  const shown =
    (sheet: SheetModel): CellText =>
    (r, c) =>
      sheet.dayAt(r + 1, c + 1) ?? text(sheet.get(r + 1, c + 1));
  return {
    managed: byId(customers.values as Cell[][], shown(customers)),
    tasks: taskList(tasks.values as Cell[][], shown(tasks)),
    dateCell: customers.dayAt(2, (customers.values[0] ?? []).indexOf(NEXT_FOLLOW_UP) + 1),
  };
}

describe.each([
  { zone: 'Asia/Tokyo', why: 'read an hour before the script’s midnight' },
  { zone: 'America/Los_Angeles', why: 'shown sixteen hours behind the script' },
])('a spreadsheet in $zone (dates $why)', ({ zone }) => {
  it('gives exactly the CLI’s classification, next follow-ups and follow-up days', async () => {
    const today = todayIn(zone);
    const tables = ledger(today);
    const cli = await cliAnswer(tables, today);
    const addon = addonAnswer(tables, zone);
    expect(addon.dateCell).not.toBeNull();
    expect([...addon.managed.keys()].sort()).toEqual([...cli.managed.keys()].sort());
    for (const [id, values] of cli.managed) expect(addon.managed.get(id), id).toEqual(values);
    expect(addon.tasks.length).toBeGreaterThan(0);
    expect(addon.tasks).toEqual(cli.tasks);
  }, 120_000);
});
