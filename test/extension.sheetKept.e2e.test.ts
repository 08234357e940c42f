/// <reference types="chrome" />
// End-to-end: the built extension (the TEST build, see test/extension.e2e.test.ts for what it
// adds) in real Chromium, syncing to a Google Sheet that its user keeps as people do between
// syncs: the owner protects the tab, the user deletes a row the extension wrote, renames the tab.
// The Sheets REST double answers as Google does (protected-cell refusal, "Unable to parse range").
// Nothing is lost or written twice, no user row is touched, the panel says what happened and
// where in the user's language, and nothing that cannot succeed is retried by itself.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import { chromiumAvailable, launchWithExtension, liveWorker, setUpSync } from './support/chromium.ts';
import { ensureExtensionBuild } from './support/extensionBuilds.ts';

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'artifacts');
const SPREADSHEET = 'e2e-sheet-kept-01';
const haveChromium = chromiumAvailable('extension sheet-kept e2e');

const HEADER = ['客户编号', '姓名', '公司', '职位', '邮箱', '手机', '备注', '剪藏编号'];
const OWN_ROW = [
  'C001',
  '王芳',
  '远帆供应链',
  '客服经理',
  'wang.fang@yuanfan-scm.cn',
  '+8613800001111',
  '老客户，勿群发',
];

describe.skipIf(!haveChromium)('a Google Sheet kept as people keep it (built extension, in Chromium)', () => {
  const double = new SheetsRestDouble();
  let context: BrowserContext;
  let extensionId = '';
  let userDataDir = '';
  let loadedDir = '';
  let panel: Page;

  const send = (message: Record<string, unknown>) =>
    panel.evaluate(
      async (m) => (await chrome.runtime.sendMessage(m)) as { ok: boolean; value: { clip?: { id: string } } },
      message,
    );
  const save = async (contact: Record<string, unknown>) =>
    (await send({ type: 'save-clip', contact, origin: { url: null, kind: 'manual' } })).value.clip?.id ?? '';

  const sheet = () => {
    const found = double.spreadsheets.get(SPREADSHEET)?.sheets[0];
    if (!found) throw new Error('no sheet');
    return found;
  };
  const rows = () => double.values(SPREADSHEET, sheet().title);
  const rowsWithId = (id: string) => rows().filter((r) => r.includes(id));
  const card = (name: string) => panel.getByTestId('clip').filter({ hasText: name });
  const problemOf = (name: string) => card(name).getByTestId('sync-problem').textContent();
  const writesSince = (mark: number) =>
    double.requests.slice(mark).filter((r) => ['append', 'batchUpdateValues', 'clear'].includes(r.operation));

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    loadedDir = mkdtempSync(join(tmpdir(), 'crm-ext-sheet-kept-'));
    cpSync(ensureExtensionBuild('test'), loadedDir, { recursive: true });
    await double.start();
    double.addSpreadsheet(SPREADSHEET, [{ title: 'Customers', values: [HEADER, OWN_ROW] }]);
    userDataDir = mkdtempSync(join(tmpdir(), 'crm-chromium-sheet-kept-'));
    ({ context, extensionId } = await launchWithExtension(userDataDir, loadedDir));
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await setUpSync(await liveWorker(context, extensionId, panel), {
      apiBaseUrl: double.url,
      spreadsheet: SPREADSHEET,
      acknowledged: true,
    });
    await panel.getByTestId('tab-saved').click();
  });

  // Each case starts from the sheet as it was kept before it: unprotected, under its own name.
  beforeEach(() => {
    sheet().protectedRanges = [];
    sheet().title = 'Customers';
  });

  afterAll(async () => {
    await context?.close();
    await double.stop();
    for (const dir of [userDataDir, loadedDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a protected tab: the clip waits, named by tab, is not retried by itself, and lands once after Retry', async () => {
    double.protectRange(SPREADSHEET, 'Customers');
    const mark = double.requests.length;
    const id = await save({
      name: '陈静',
      organization: '上海远帆供应链管理有限公司',
      emails: ['chen.jing@yuanfan-scm.cn'],
      phones: ['+8613912345678'],
      legalBasis: 'public-business-contact',
    });
    await expect.poll(() => card('陈静').getAttribute('data-status'), { timeout: 15_000 }).toBe('failed');
    const problem = (await problemOf('陈静')) ?? '';
    expect(problem).toContain('受保护');
    expect(problem).toContain('「Customers」');
    // One refused write (the missing clip columns' header cells), not one retry after it.
    expect(writesSince(mark).map((r) => r.status)).toEqual([403]);
    expect(rows()).toEqual([HEADER, OWN_ROW]);
    await panel.screenshot({ path: join(artifacts, 'extension-panel-protected-tab.png'), fullPage: true });

    // The owner adds the user as an editor; the user clicks Retry.
    sheet().protectedRanges = [];
    await card('陈静').getByRole('button', { name: '重试' }).click();
    await expect.poll(() => card('陈静').getAttribute('data-status'), { timeout: 15_000 }).toBe('synced');
    expect(rowsWithId(id)).toHaveLength(1);
    expect(rows()[1]).toEqual(OWN_ROW);
  });

  it('an edit of a clip whose row the user deleted writes nowhere; Retry is the user’s choice to add it again', async () => {
    const clipId = await save({
      name: '赵敏',
      organization: '杭州云栖科技有限公司',
      emails: ['zhao.min@yunqi-tech.cn'],
      legalBasis: 'consent',
    });
    await expect.poll(() => card('赵敏').getAttribute('data-status'), { timeout: 15_000 }).toBe('synced');
    // The user deletes the row in the sheet and types another customer into the row it was.
    const at = rows().findIndex((r) => r.includes(clipId));
    expect(at).toBeGreaterThan(0);
    sheet().cells.splice(at, 1);
    sheet().cells[at] = ['C002', '刘洋', '', '', 'liu.yang@example.cn'].map((value) => ({ value }));
    const before = rows();
    const mark = double.requests.length;
    const edited = await send({
      type: 'update-clip',
      id: clipId,
      contact: {
        name: '赵敏',
        title: '采购经理',
        organization: '杭州云栖科技有限公司',
        emails: ['zhao.min@yunqi-tech.cn'],
        legalBasis: 'consent',
      },
    });
    expect(edited.ok).toBe(true);
    await expect.poll(() => card('赵敏').getAttribute('data-status'), { timeout: 15_000 }).toBe('failed');
    const problem = (await problemOf('赵敏')) ?? '';
    expect(problem).toContain('已被删除');
    expect(problem).toContain('「Customers」');
    expect(writesSince(mark)).toEqual([]);
    expect(rows()).toEqual(before);

    await card('赵敏').getByRole('button', { name: '重试' }).click();
    await expect.poll(() => card('赵敏').getAttribute('data-status'), { timeout: 15_000 }).toBe('synced');
    expect(rowsWithId(clipId)).toHaveLength(1);
    expect(rowsWithId(clipId)[0]?.[HEADER.indexOf('职位')]).toBe('采购经理');
    expect(rows().slice(0, before.length)).toEqual(before);
  });

  it('a renamed tab: the clip waits with a message naming the tab, and syncs once it has its name back', async () => {
    sheet().title = '客户（2026）';
    const mark = double.requests.length;
    const id = await save({
      name: 'Michael Brown',
      emails: ['michael.brown@yuanfan-scm.cn'],
      legalBasis: 'consent',
    });
    await expect
      .poll(() => card('Michael Brown').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('failed');
    const problem = (await problemOf('Michael Brown')) ?? '';
    expect(problem).toContain('改名或删除');
    expect(problem).toContain('「Customers」');
    expect(writesSince(mark)).toEqual([]);

    sheet().title = 'Customers';
    await card('Michael Brown').getByRole('button', { name: '重试' }).click();
    await expect
      .poll(() => card('Michael Brown').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('synced');
    expect(rowsWithId(id)).toHaveLength(1);
  });

  it('cells the user edited in the sheet are never written over without their choice', async () => {
    const contact = {
      name: '孙立',
      organization: '苏州恒信精密机械有限公司',
      emails: ['sun.li@hengxin-precision.cn'],
      phones: ['+8613911112222'],
      note: '展会认识',
      legalBasis: 'public-business-contact',
    };
    const id = await save(contact);
    await expect.poll(() => card('孙立').getAttribute('data-status'), { timeout: 15_000 }).toBe('synced');
    const at = rows().findIndex((r) => r.includes(id));
    const column = (name: string) => (rows()[0] ?? []).indexOf(name);
    const setCell = (name: string, value: string) => {
      const cells = sheet().cells[at] ?? [];
      cells[column(name)] = { value };
    };
    const cell = (name: string) => rows()[at]?.[column(name)];
    const edit = async (note: string) => {
      expect((await send({ type: 'update-clip', id, contact: { ...contact, note } })).ok).toBe(true);
    };

    // The user corrects the mobile in the sheet; the extension then changes the note: both stay.
    setCell('手机', '+8613911113333');
    await edit('展会认识，已报价');
    await expect.poll(() => cell('备注'), { timeout: 15_000 }).toBe('展会认识，已报价');
    expect(cell('手机')).toBe('+8613911113333');
    await expect.poll(() => card('孙立').getAttribute('data-status')).toBe('synced');

    // The user writes a call note into 备注; the extension changes 备注 too: nothing is written.
    setCell('备注', '展会认识。2026-03-10 电话回访：下月下单');
    const before = rows();
    const mark = double.requests.length;
    await edit('展会认识，已报价，已寄样品');
    await expect.poll(() => card('孙立').getAttribute('data-status'), { timeout: 15_000 }).toBe('failed');
    const problem = (await problemOf('孙立')) ?? '';
    expect(problem).toContain('被人改过');
    expect(problem).toContain(`「Customers」第 ${at + 1} 行「备注」列`);
    expect(writesSince(mark)).toEqual([]);
    expect(rows()).toEqual(before);
    await panel.screenshot({ path: join(artifacts, 'extension-panel-edited-in-sheet.png'), fullPage: true });

    // Retry is the user's choice: the note is written over; the mobile they corrected stays.
    await card('孙立').getByRole('button', { name: '重试' }).click();
    await expect.poll(() => card('孙立').getAttribute('data-status'), { timeout: 15_000 }).toBe('synced');
    expect(cell('备注')).toBe('展会认识，已报价，已寄样品');
    expect(cell('手机')).toBe('+8613911113333');
    expect(rowsWithId(id)).toHaveLength(1);
  });

  it('text that starts like a formula or a number reaches the sheet as the same text (RAW, not USER_ENTERED)', async () => {
    // USER_ENTERED would parse these as if typed: a formula, 8613698765432 as a number, 1+1.
    const contact = {
      name: '=HYPERLINK("https://evil.example","周强")',
      title: '-采购-',
      organization: '@远帆供应链',
      phones: ['+8613698765432'],
      note: '+1+1 回访',
      legalBasis: 'consent',
    };
    const saved = await send({ type: 'save-clip', contact, origin: { url: null, kind: 'manual' } });
    expect(saved).toMatchObject({ ok: true, value: { kind: 'saved' } });
    const id = saved.value.clip?.id ?? '';
    // Polled until the sync is done: the append lands right of column A after a row whose first
    // cell is empty, and the sync then moves it back under its headers.
    const fields = () => {
      const row = rowsWithId(id)[0] ?? [];
      const at = (name: string) => row[(rows()[0] ?? []).indexOf(name)];
      return [at('姓名'), at('职位'), at('公司'), at('手机'), at('备注')];
    };
    await expect
      .poll(fields, { timeout: 15_000 })
      .toEqual([
        '=HYPERLINK("https://evil.example","周强")',
        '-采购-',
        '@远帆供应链',
        '+8613698765432',
        '+1+1 回访',
      ]);
    expect(rowsWithId(id)).toHaveLength(1);
    // The sync's last reads come after the row is in place: the next test moves rows only once
    // it is over.
    await expect
      .poll(() => card(contact.name).getAttribute('data-status'), { timeout: 15_000 })
      .toBe('synced');
  });

  it('a sheet sorted with its header among the data: nothing is written into a customer’s row', async () => {
    // "Sort sheet A → Z" with no frozen row: 王芳's row comes first, the header second.
    const cells = sheet().cells;
    const swap = () => {
      const [header, first] = [cells[0], cells[1]];
      cells[0] = first ?? [];
      cells[1] = header ?? [];
    };
    swap();
    const before = rows();
    expect(before[0]).toEqual(OWN_ROW);
    const mark = double.requests.length;
    const id = await save({ name: '钱进', emails: ['qian.jin@example.cn'], legalBasis: 'consent' });
    await expect.poll(() => card('钱进').getAttribute('data-status'), { timeout: 15_000 }).toBe('failed');
    const problem = (await problemOf('钱进')) ?? '';
    expect(problem).toContain('表头上方有客户的行');
    expect(problem).toContain('「Customers」第 2 行');
    expect(writesSince(mark)).toEqual([]);
    expect(rows()).toEqual(before);

    // The user puts the header back on top (and freezes it), then clicks Retry.
    swap();
    await card('钱进').getByRole('button', { name: '重试' }).click();
    await expect.poll(() => card('钱进').getAttribute('data-status'), { timeout: 15_000 }).toBe('synced');
    expect(rowsWithId(id)).toHaveLength(1);
    expect(rows()[1]).toEqual(OWN_ROW);
  });
});
