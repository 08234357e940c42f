// Nothing the user owns is lost, overwritten or turned into a formula, on the faithful double:
// text stays text in every sheet the add-on writes, the merge touches only what it changes,
// positional writes check the rows first, and a failure leaves the spreadsheet as it was and
// says so in the user's language.
import { addDays, type Cell, columnLetter, type IsoDate } from '@crm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADDON_DIST,
  type AddonWorld,
  addonWorld,
  ensureAddonBuilt,
  type JobResult,
  loadAddon,
  runJob,
  snapshot,
  todayIn,
} from './addonHarness.ts';
import { createAppsScriptEnvironment, type EnvironmentOptions } from './doubles/appsScript/environment.ts';
import { ScriptError } from './doubles/appsScript/scriptError.ts';
import type { SheetModel } from './doubles/appsScript/sheetModel.ts';

beforeAll(() => ensureAddonBuilt(), 120_000);

/** Text a person keeps as text (formatted as plain text, or typed after an apostrophe). */
const USER_TEXT = ['00423', '=1+2', '+1+1', '+8613912345678', '=HYPERLINK("http://example.com","点我")'];

/** A customer table holding such text, and its orders, in a world with the add-on loaded. */
function textWorld(options: EnvironmentOptions = {}): AddonWorld {
  const env = createAppsScriptEnvironment({ htmlDir: ADDON_DIST, ...options });
  const today = todayIn(env.book.timeZone);
  const ago = (n: number): IsoDate => addDays(today, -n);
  env.book.fill('客户', [
    ['客户编号', '姓名', '公司', '手机', '邮箱', '备注', '最近联系日期'],
    [
      '00423',
      '=HYPERLINK("http://example.com","点我")',
      '华腾科技',
      '+8613912345678',
      '=1+2',
      '+1+1',
      ago(120),
    ],
    ['C002', '李娜', '北京华信科技', '13800138000', 'lina@huaxin.com', '', ago(30)],
    ['C003', '王芳', '杭州云帆', '', 'wf@yunfan.cn', '老客户', ago(300)],
    ['C004', '王芳', '', '+8613700137000', 'wf@yunfan.cn', '', ''],
    ['C005', '陈静', '星河贸易', '13698765432', 'cj@xinghe.cn', '=1+2', ago(10)],
  ]);
  const orders: (string | number)[][] = [['客户编号', '订单日期', '金额']];
  ['00423', 'C002', 'C003', 'C005'].forEach((id, i) => {
    for (let k = 0; k < 3; k++) orders.push([id, ago(20 + i * 70 + k * 45), 500 + i * 120 + k]);
  });
  env.book.fill('订单', orders, { typed: true });
  env.book.active = env.book.sheet('客户');
  // The user keeps these columns as plain text, as Sheets needs for them to stay text.
  for (const column of [1, 4, 6])
    env.book.sheet('客户').formats.fill('numberFormat', { row: 1, column, rows: 1000, columns: 1 }, '@');
  return { env, addon: loadAddon(env), today };
}

const strings = (sheet: SheetModel) =>
  sheet.values.flatMap((row) => row.filter((c): c is string => typeof c === 'string'));

describe('text stays text', () => {
  it('in the data quality, follow-ups and report sheets and in the managed columns', () => {
    const w = textWorld();
    for (const job of ['clean', 'classify', 'follow-ups', 'report'])
      expect(runJob(w, job), job).toMatchObject({ ok: true });
    for (const sheet of w.env.book.sheets) expect([...sheet.formulas], sheet.name).toEqual([]);
    // Where the user's text shows up in the sheets the add-on wrote, it is the same text.
    const tasks = w.env.book.sheet('跟进任务').values.flat();
    expect(tasks).toContain('00423');
    expect(tasks).toContain('=HYPERLINK("http://example.com","点我")');
    expect(w.env.book.sheet('数据质量').values.flat()).toContain('=1+2');
    const written = ['跟进任务', '数据质量', `客户报告 ${w.today}`].flatMap((name) =>
      strings(w.env.book.sheet(name)),
    );
    expect(written.filter((s) => USER_TEXT.includes(s)).length).toBeGreaterThan(3);
  });

  it('when merging duplicates: only the survivor’s blanks are filled (copied as they are) and the duplicates’ rows deleted', () => {
    const w = textWorld();
    const customers = w.env.book.sheet('客户');
    customers.formats.fill('note', { row: 6, column: 2, rows: 1, columns: 1 }, '大客户');
    const before = customers.values.map((r) => [...r]);
    const result = runJob(w, 'merge');
    expect(result).toMatchObject({ ok: true, figures: { groups: 1, rowsRemoved: 1 } });
    const backup = w.env.book.sheet(`客户备份 ${w.today}`);
    expect(backup.values).toEqual(before);
    expect(backup.numberFormat(2, 1)).toBe('@');
    // C003 (row 4) survives and gains C004's phone, kept as text; C004's row is gone.
    expect(customers.values.map((r) => r[0])).toEqual(['客户编号', '00423', 'C002', 'C003', 'C005']);
    expect(customers.values[3]?.[3]).toBe('+8613700137000');
    expect(customers.values[1]).toEqual(before[1]);
    // The row below moved up with its note.
    expect(customers.format(5, 2).note).toBe('大客户');
    for (const sheet of w.env.book.sheets) expect([...sheet.formulas], sheet.name).toEqual([]);
  });
});

describe('positional writes check the rows first', () => {
  it('refuses to classify when a co-editor sorted the table while it ran, and writes nothing', () => {
    const w = addonWorld({ customers: 60 });
    const customers = w.env.book.sheet('客户');
    let afterSort = '';
    // The customer sheet is read whole right after the three sheets' headers are probed.
    w.env.calls.hook({
      key: 'Range.getValues',
      nth: 4,
      after: () => {
        const [header, ...rows] = customers.values;
        rows.sort((a, b) => String(b[1]).localeCompare(String(a[1])));
        customers.values = [header ?? [], ...rows];
        afterSort = snapshot(w);
      },
    });
    const result = runJob(w, 'classify');
    expect(afterSort).not.toBe('');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/被人改动了：第 \d+ 行已不是读取时的那位客户.*未做任何修改/);
    expect(snapshot(w)).toBe(afterSort);
  });
});

describe('a failure changes nothing and says what to do, in the user’s language', () => {
  it('stops at a protected column before writing anything', () => {
    const w = addonWorld({ customers: 50, owner: 'boss@example.com' });
    const width = (w.env.book.sheet('客户').values[0] ?? []).length;
    w.env.book.protect('客户', { row: 1, column: width + 1, rows: 1000, columns: 1 });
    const before = snapshot(w);
    const result = w.addon.classifyCustomers?.() as JobResult;
    expect(result.ok).toBe(false);
    expect(w.env.ui.alerts[0]?.prompt).toMatch(/受保护.*未做任何修改/);
    expect(snapshot(w)).toBe(before);
  });

  it('stops at a protected sheet whose grid ends at the table, naming the cells to write', () => {
    // The owner protects the whole sheet; its empty columns were deleted, so the managed columns
    // would go past the grid's last column.
    const w = addonWorld({ customers: 50, owner: 'boss@example.com' });
    const sheet = w.env.book.sheet('客户');
    const width = (sheet.values[0] ?? []).length;
    sheet.deleteColumns(width + 1, sheet.maxColumns - width);
    w.env.book.protect('客户', null);
    const before = snapshot(w);
    const result = runJob(w, 'classify');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      new RegExp(`^工作表“客户”的 ${columnLetter(width)}1:[A-Z]+${sheet.lastRow()} 受保护.*未做任何修改。$`),
    );
    expect(snapshot(w)).toBe(before);
  });

  it('undoes what was written when Google fails half-way', () => {
    const w = addonWorld({ customers: 50 });
    const before = snapshot(w);
    w.env.calls.hook({
      key: 'Range.setValues',
      nth: 1,
      before: () => {
        throw new ScriptError('Service Spreadsheets failed while accessing document with id spreadsheet-1.');
      },
    });
    const result = w.addon.classifyCustomers?.() as JobResult;
    expect(result.ok).toBe(false);
    expect(w.env.ui.alerts[0]?.prompt).toMatch(/^任务未完成：Google 表格服务暂时出错。请稍后重试。/);
    expect(w.env.ui.alerts[0]?.prompt).toContain('Service Spreadsheets failed');
    expect(snapshot(w)).toBe(before);
  });

  it('refuses to grow the spreadsheet past 10 million cells', () => {
    const w = addonWorld({ customers: 50 });
    const cells = w.env.book.cellCount();
    w.env.book.fill(
      '存档',
      Array.from(
        { length: Math.floor((10_000_000 - cells) / 26) - 10 },
        () => Array<Cell>(26).fill('x') as string[],
      ),
    );
    const before = snapshot(w);
    const result = runJob(w, 'classify');
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/1000 万个单元格.*未做任何修改/),
    });
    expect(snapshot(w)).toBe(before);
  });

  it('words a failure it did not foresee in English for an English sheet, with Google’s words kept', () => {
    const w = addonWorld({ customers: 50, locale: 'en_US' });
    w.env.calls.hook({
      key: 'Range.setValues',
      nth: 1,
      before: () => {
        throw new ScriptError('Something odd happened.');
      },
    });
    expect(runJob(w, 'report').message).toBe(
      'The job did not finish: Something unexpected went wrong. Try again later; if it keeps failing, send the details below to your administrator.\n(Something odd happened.)',
    );
  });
});

describe('grids the add-on creates', () => {
  it('have only the rows and columns they use', () => {
    const w = addonWorld({ customers: 300 });
    for (const job of ['clean', 'follow-ups', 'report']) expect(runJob(w, job).ok).toBe(true);
    const tasks = w.env.book.sheet('跟进任务');
    expect(tasks.maxColumns).toBe(tasks.values[0]?.length);
    expect(tasks.maxRows).toBe(tasks.values.length);
    const quality = w.env.book.sheet('数据质量');
    expect(quality.maxColumns).toBe(Math.max(...quality.values.map((r) => r.length)));
    const report = w.env.book.sheet(`客户报告 ${w.today}`);
    expect(report.maxColumns).toBeLessThan(26);
    expect(report.maxRows).toBeLessThan(report.values.length + 40);
  });
});
