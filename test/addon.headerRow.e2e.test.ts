// The header row of the customer table, set by hand in the add-on's settings (the CLI's
// --header-row): the exact bundle clasp pushes, in the Apps Script double.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADDON_DIST, ensureAddonBuilt, loadAddon } from './addonHarness.ts';
import { createAppsScriptEnvironment } from './doubles/appsScript/environment.ts';

beforeAll(() => ensureAddonBuilt(), 120_000);

/**
 * A sheet that starts with the blank template it was made from (its header and an example row,
 * naming more known columns than the real table does), then the real table with its own header
 * on row 5: a rule can only pick the fuller header, the user knows better.
 */
const ROWS = [
  ['姓名', '手机', '邮箱', '公司', '城市', '负责人'],
  ['张三（示例）', '13800000000', 'zhangsan@example.com', '示例公司', '上海', '王芳'],
  [],
  ['2026 年客户名单'],
  ['客户编号', '客户名称', '联系电话', '电子邮箱', '负责人'],
  ['K-01', '周杰', '13511112222', 'zj@abc.cn', '王芳'],
  ['K-02', '吴敏', '13522223333', 'wm@abc.cn', '王芳'],
  ['K-03', '郑爽', '13533334444', 'zs@abc.cn', '刘洋'],
];

function world() {
  const env = createAppsScriptEnvironment({
    htmlDir: ADDON_DIST,
    timeZone: 'Asia/Shanghai',
  });
  env.book.sheets = [];
  env.book.fill('客户', ROWS);
  env.book.active = env.book.sheets[0] ?? null;
  return { env, addon: loadAddon(env) };
}

/** A row's cells up to its last filled one. */
const filled = (row: unknown[]) => {
  const cells = [...row];
  while (cells.length > 0 && (cells[cells.length - 1] === '' || cells[cells.length - 1] == null)) cells.pop();
  return cells;
};

type Status = {
  headerRow: number | null;
  rows: number;
  columns: { header: string }[];
  problem: string | null;
};
type Result = { ok: boolean; message: string };

describe('the header row set in the settings', () => {
  it('is the row the status shows and the jobs read, where the rule alone picks the template lines', () => {
    const w = world();
    const found = w.addon.getStatus?.() as Status;
    // Without the setting, the template's fuller header wins.
    expect(found.headerRow).toBe(1);

    expect(w.addon.saveSettings?.({ customerHeaderRow: 5 })).toMatchObject({ ok: true });
    const status = w.addon.getStatus?.() as Status;
    expect(status.headerRow).toBe(5);
    expect(status.rows).toBe(3);
    expect(new Set(status.columns.map((c) => c.header))).toEqual(
      new Set(['客户编号', '客户名称', '联系电话', '电子邮箱', '负责人']),
    );

    const classified = w.addon.classifyCustomers?.() as Result | undefined;
    expect(classified?.ok).toBe(true);
    const values = w.env.book.sheet('客户')?.values ?? [];
    expect(values[4]?.slice(5)).toContain('客户分群');
    expect(values[0]?.slice(6).every((c) => c === '' || c === null || c === undefined)).toBe(true);
    // The template lines and the title are left as they were.
    expect(values.slice(0, 4).map(filled)).toEqual(ROWS.slice(0, 4));
  });

  it('refuses a row that names no column, in the user language, and changes nothing', () => {
    const w = world();
    expect(w.addon.saveSettings?.({ customerHeaderRow: 4 })).toMatchObject({ ok: true });
    const before = JSON.stringify(w.env.book.sheet('客户')?.values);
    const result = w.addon.classifyCustomers?.() as Result | undefined;
    expect(result?.ok).toBe(false);
    expect(result?.message).toContain('2026 年客户名单');
    expect(result?.message).toContain('未做任何修改');
    expect(JSON.stringify(w.env.book.sheet('客户')?.values)).toBe(before);
  });

  it('is refused when it is not a row number, naming the setting', () => {
    const w = world();
    const refused = w.addon.saveSettings?.({ customerHeaderRow: 0 }) as Result | undefined;
    expect(refused?.ok).toBe(false);
    expect(refused?.message).toContain('customerHeaderRow');
  });
});

describe('a header of two rows', () => {
  // 客户编号 and 客户名称 written once, in the upper row, over both (as a merged cell leaves
  // them), and the contact columns grouped under 联系方式.
  const TWO_ROWS = [
    ['客户编号', '客户名称', '联系方式', '', '负责人'],
    ['', '', '手机', '邮箱', ''],
    ['K-01', '周杰', '13511112222', 'zj@abc.cn', '王芳'],
    ['K-02', '吴敏', '13522223333', 'wm@abc.cn', '王芳'],
    ['K-03', '郑爽', '13533334444', 'zs@abc.cn', '刘洋'],
  ];

  function twoRowWorld() {
    const env = createAppsScriptEnvironment({ htmlDir: ADDON_DIST, timeZone: 'Asia/Shanghai' });
    env.book.sheets = [];
    env.book.fill('客户', TWO_ROWS);
    env.book.active = env.book.sheets[0] ?? null;
    return { env, addon: loadAddon(env) };
  }

  it('is classified, its results beside the lower row, though its key columns are named in the upper one', () => {
    const w = twoRowWorld();
    const classified = w.addon.classifyCustomers?.() as Result | undefined;
    expect(classified?.message).not.toMatch(/移动/);
    expect(classified?.ok).toBe(true);
    const values = w.env.book.sheet('客户')?.values ?? [];
    expect(values[1]?.slice(5)).toContain('客户分群');
    expect(values.slice(0, 2).map((row) => row.slice(0, 5))).toEqual(TWO_ROWS.slice(0, 2));
  });

  it('still refuses when the rows under it were sorted while the job ran', () => {
    const w = twoRowWorld();
    const customers = w.env.book.sheet('客户');
    // The sheet is read whole right after its header is probed.
    w.env.calls.hook({
      key: 'Range.getValues',
      nth: 2,
      after: () => {
        const [upper, lower, ...rows] = customers?.values ?? [];
        rows.reverse();
        if (customers) customers.values = [upper ?? [], lower ?? [], ...rows];
      },
    });
    const result = w.addon.classifyCustomers?.() as Result | undefined;
    expect(result?.ok).toBe(false);
    expect(result?.message).toMatch(/被人改动了：第 \d+ 行已不是读取时的那位客户.*未做任何修改/);
  });
});
