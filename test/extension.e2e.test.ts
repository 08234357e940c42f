/// <reference types="chrome" />
// End-to-end: the built extension in real Chromium, driven with playwright-core (not playwright,
// whose install step downloads its own browser) and the system's /usr/bin/chromium, with the
// launch flags in test/support/chromium.ts, against the Sheets REST double.
//
// It loads the TEST build (npm run build:extension:test): the same code as the production build
// plus what automation needs and a real user never does, all switched on at build time:
// - the loopback double's address in the manifest (host permission and connect-src), standing
//   in for the toolbar click's activeTab grant that Playwright cannot produce;
// - an access token injected into storage.session in place of the Google sign-in, read only
//   when the Sheets API base URL is a loopback address;
// - named worker entry points (a context menu cannot be clicked by automation).
// The production builds are checked too: no loopback address, none of that code, and the
// Firefox build passes `web-ext lint`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import {
  chromiumAvailable,
  launchWithExtension,
  liveWorker,
  saveClipByMessage,
  setUpSync,
  storedClipsOf,
} from './support/chromium.ts';
import { EXTENSION_BUILDS, ensureExtensionBuild } from './support/extensionBuilds.ts';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, 'extension');
const BUILDS = EXTENSION_BUILDS;
const artifacts = join(root, 'artifacts');
const SPREADSHEET = 'e2e-sheet-0123456789';
const haveChromium = chromiumAvailable('extension e2e');

const ensureBuild = ensureExtensionBuild;

interface Manifest {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  sidebar_action?: { default_panel?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Every file of a build as text (for what must not be in it). */
function bundleText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') || f.endsWith('.json') || f.endsWith('.html'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>联系我们 · 远帆供应链</title>
<meta property="og:site_name" content="上海远帆供应链管理有限公司">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"上海远帆供应链管理有限公司",
"url":"https://yuanfan-scm.example.cn","employee":[
{"@type":"Person","name":"陈静","jobTitle":"销售总监","email":"mailto:chen.jing@yuanfan-scm.cn","telephone":"+86 21 6123 4567"},
{"@type":"Person","name":"Michael Brown","jobTitle":"Export Manager","email":"michael.brown@yuanfan-scm.cn","telephone":"+86 139 1111 2222"}]}</script>
</head><body><h1>联系我们</h1>
<div class="card"><h3>王芳</h3><p>客户服务经理</p><a href="mailto:wang.fang@yuanfan-scm.cn">wang.fang@yuanfan-scm.cn</a></div>
<p>订单号 20240315001 · 沪ICP备12345678号 · 邮编 200120</p>
<p id="sig">刘洋 | 华东区大客户经理<br>上海远帆供应链管理有限公司<br>手机：+86 139 1234 5678<br>邮箱：liu.yang@yuanfan-scm.cn</p>
</body></html>`;

describe.skipIf(!haveChromium)('Chrome extension end to end (built, in Chromium)', () => {
  const double = new SheetsRestDouble();
  let site: Server;
  let siteUrl = '';
  let context: BrowserContext;
  let worker: Worker;
  let extensionId = '';
  let tabId = 0;
  /** The tab showing the site's contact page. */
  let sitePage: Page;
  let panel: Page;
  let userDataDir = '';
  let loadedDir = '';

  /** Chromium with the extension loaded and configured for the double, in a UI language. */
  async function launch(language: 'zh_CN' | 'en_US') {
    const dir = mkdtempSync(join(tmpdir(), 'crm-chromium-'));
    const { context: ctx, worker: sw } = await launchWithExtension(dir, loadedDir, language);
    await setUpSync(sw, { apiBaseUrl: double.url, spreadsheet: SPREADSHEET, acknowledged: true });
    return { context: ctx, worker: sw, userDataDir: dir };
  }

  const shot = (name: string) =>
    panel.screenshot({ path: join(artifacts, `extension-panel-${name}.png`), fullPage: true });

  /**
   * Stops the extension's service worker, as the browser does to an idle one, and waits until
   * it is stopped (CDP reports the worker's running status; Playwright keeps its handle, which
   * works again once the browser starts the worker anew).
   */
  async function stopWorker(): Promise<void> {
    const cdp = await context.newCDPSession(panel);
    const ours = `chrome-extension://${extensionId}/`;
    const stopped = new Promise<void>((r) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        if (event.versions.some((v) => v.scriptURL.startsWith(ours) && v.runningStatus === 'stopped')) r();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  }

  const saveByMessage = (contact: Record<string, unknown>) => saveClipByMessage(panel, contact);

  /** Every storage area of the extension, as one JSON text. */
  const storageDump = async () =>
    (await liveWorker(context, extensionId, panel)).evaluate(async () =>
      JSON.stringify({
        local: await chrome.storage.local.get(null),
        session: await chrome.storage.session.get(null),
        sync: await chrome.storage.sync.get(null),
      }),
    );

  const rowsWithId = (id: string) => double.values(SPREADSHEET, 'Customers').filter((r) => r.includes(id));
  const appendsSince = (mark: number) => double.requests.slice(mark).filter((r) => r.operation === 'append');

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // A copy: a rebuild while the browser runs must not change the extension under it.
    loadedDir = mkdtempSync(join(tmpdir(), 'crm-ext-'));
    cpSync(ensureBuild('test'), loadedDir, { recursive: true });

    await double.start();
    // An existing customer sheet: its columns are respected, the add-on's managed columns feed the badge.
    double.addSpreadsheet(SPREADSHEET, [
      {
        title: 'Customers',
        values: [
          ['客户编号', '姓名', '公司', '邮箱', '手机', '客户分群', '下次跟进'],
          [
            'C001',
            '王芳',
            '远帆供应链',
            'wang.fang@yuanfan-scm.cn',
            '+8613800001111',
            '重要价值客户',
            '2026-12-01',
          ],
        ],
      },
    ]);
    site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/contact`;

    ({ context, worker, userDataDir } = await launch('zh_CN'));
    extensionId = new URL(worker.url()).host;
    sitePage = await context.newPage();
    await sitePage.goto(siteUrl);
    tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, siteUrl);
    expect(tabId).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await context?.close();
    await double.stop();
    await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
    for (const dir of [userDataDir, loadedDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the contacts found on the page, with where they were found and a confidence', async () => {
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const candidates = panel.getByTestId('candidate');
    await expect.poll(() => candidates.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const text = await panel.getByTestId('candidates').textContent();
    expect(text).toContain('chen.jing@yuanfan-scm.cn');
    expect(text).toContain('+86 21 6123 4567'); // shown formatted, stored as E.164
    expect(text).toMatch(/\d+%/);
    // The browser runs in Chinese (Debian's chromium-l10n), so the panel speaks Chinese.
    expect(await panel.locator('nav.tabs').textContent()).toContain('本页');
    expect(text).not.toContain('20240315001');
    // The mailto contact is already in the sheet: the badge shows its segment and next follow-up.
    await expect.poll(() => panel.getByTestId('known-badge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await panel.getByTestId('known-badge').first().textContent()).toContain('重要价值客户');
    await shot('candidates');
    // The badge's lookup keeps hashed keys with segment and follow-up, in memory only: no name,
    // company, email or phone of the sheet is stored anywhere.
    const stored = await storageDump();
    expect(stored).toContain('重要价值客户');
    for (const plain of ['王芳', 'wang.fang@yuanfan-scm.cn', '8613800001111', '远帆供应链', 'C001'])
      expect(stored).not.toContain(plain);
    const local = await worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    expect(local).not.toContain('knownCustomers');
  });

  it('reads the page again as it is now with the extractor left in the tab, and injects a new one after an update', async () => {
    // Every evaluation of extractor.js in the tab, as DevTools sees scripts parsed, and the
    // extension's isolated world there (Playwright keeps a world of its own beside it).
    const cdp = await context.newCDPSession(sitePage);
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (event) => {
      if (event.url.endsWith('/extractor.js')) parsed.push(event.url);
    });
    const worlds: { id: number; name: string; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      if ((c.auxData as { type?: string } | undefined)?.type === 'isolated') worlds.push(c);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
    const injectedBefore = parsed.length;
    expect(injectedBefore).toBe(1);

    // A person the page shows only now (a list that loaded more as the user scrolled).
    await sitePage.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div class="card" id="late"><h3>赵磊</h3><p>渠道经理</p><p>zhao.lei@yuanfan-scm.cn</p></div>',
      ),
    );
    const candidates = panel.getByTestId('candidates');
    await panel.getByRole('button', { name: '重新扫描' }).click();
    await expect
      .poll(() => candidates.textContent(), { timeout: 15_000 })
      .toContain('zhao.lei@yuanfan-scm.cn');
    expect(parsed.length).toBe(injectedBefore);

    // The extractor an older version of the extension left: it is not called (it would never
    // answer), a new one is injected and reads the page.
    const world = worlds.find((w) => w.origin === `chrome-extension://${extensionId}`)?.id;
    expect(world).toBeDefined();
    await cdp.send('Runtime.evaluate', {
      contextId: world,
      expression: "globalThis.__crmClipperExtract = Object.assign(() => {}, { version: '0.0.1' })",
    });
    await sitePage.evaluate(() => document.getElementById('late')?.remove());
    await panel.getByRole('button', { name: '重新扫描' }).click();
    await expect
      .poll(() => candidates.textContent(), { timeout: 15_000 })
      .not.toContain('zhao.lei@yuanfan-scm.cn');
    expect(await candidates.textContent()).toContain('chen.jing@yuanfan-scm.cn');
    expect(parsed.length).toBe(injectedBefore + 1);
    await cdp.detach();
  });

  it('shows field-level errors, then saves the edited contact and syncs it exactly once despite two 503s', async () => {
    double.failNext('append', 503, 2);
    const chen = panel.getByTestId('candidate').filter({ hasText: 'chen.jing@yuanfan-scm.cn' });
    await chen.getByRole('button').click();
    const form = panel.getByTestId('contact-form');
    await form.locator('select[name=legalBasis]').selectOption('');
    await form.locator('input[name=website]').fill('not a url');
    await form.getByRole('button', { name: /保存|Save/ }).click();
    await expect.poll(() => form.locator('.field-error').count()).toBeGreaterThanOrEqual(2);
    await shot('form-errors');
    await form.locator('input[name=website]').fill('https://yuanfan-scm.example.cn');
    await form.locator('select[name=legalBasis]').selectOption('public-business-contact');
    await form.locator('input[name=tags]').fill('展会2024, =cmd|calc');
    await form.locator('textarea[name=note]').fill('Met at CIIE booth 5.1');
    await form.getByRole('button', { name: /保存|Save/ }).click();
    await expect.poll(() => panel.getByTestId('contact-form').count()).toBe(0);

    const michael = panel.getByTestId('candidate').filter({ hasText: 'michael.brown@yuanfan-scm.cn' });
    await michael.getByRole('button').click();
    await panel
      .getByTestId('contact-form')
      .getByRole('button', { name: /保存|Save/ })
      .click();
    await expect.poll(() => panel.getByTestId('contact-form').count()).toBe(0);

    await panel.getByTestId('tab-saved').click();
    const synced = panel.locator('[data-testid=clip][data-status=synced]');
    await expect.poll(() => synced.count(), { timeout: 60_000 }).toBe(2);
    await shot('saved-synced');

    const rows = double.values(SPREADSHEET, 'Customers');
    const header = rows[0] ?? [];
    const idColumn = header.indexOf('剪藏编号');
    expect(idColumn).toBe(7); // appended after the user's and the managed columns
    // Every field the extension keeps got a column, in the sheet's language (Chinese).
    for (const column of ['职位', '地址', '备注', '处理依据', '网站', '标签'])
      expect(
        header.filter((h) => h === column),
        column,
      ).toHaveLength(1);
    expect(header.slice(0, 7)).toEqual(['客户编号', '姓名', '公司', '邮箱', '手机', '客户分群', '下次跟进']);
    const ids = rows
      .slice(1)
      .map((r) => r[idColumn])
      .filter((v) => v !== '' && v !== undefined);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    const chenRow = rows.find((r) => r[3] === 'chen.jing@yuanfan-scm.cn');
    expect(chenRow?.[1]).toBe('陈静');
    expect(chenRow?.[header.indexOf('职位')]).toBe('销售总监');
    expect(chenRow?.[header.indexOf('备注')]).toBe('Met at CIIE booth 5.1');
    expect(rows.filter((r) => r[3] === 'chen.jing@yuanfan-scm.cn')).toHaveLength(1);
    const appends = double.requests.filter((r) => r.operation === 'append').map((r) => r.status);
    // Two failed appends, then successes (one per batch: a clip saved during a backoff wait goes alone).
    expect(appends.slice(0, 2)).toEqual([503, 503]);
    expect(appends.slice(2).every((s) => s === 200)).toBe(true);
  });

  it('opens a merge instead of saving a second record for the same email', async () => {
    await panel.locator('nav.tabs button').first().click();
    await panel.getByRole('button', { name: /重新扫描|Scan again/ }).click();
    const chen = panel.getByTestId('candidate').filter({ hasText: 'chen.jing@yuanfan-scm.cn' });
    await expect.poll(() => chen.count(), { timeout: 15_000 }).toBe(1);
    await chen.getByRole('button').click();
    await panel.getByTestId('contact-form').locator('input[name=title]').fill('华东区销售总监');
    await panel
      .getByTestId('contact-form')
      .getByRole('button', { name: /保存|Save/ })
      .click();
    const merge = panel.getByTestId('merge-dialog');
    await expect.poll(() => merge.count()).toBe(1);
    await merge.locator('input[type=radio]').nth(1).check();
    await shot('merge');
    await merge.getByRole('button', { name: /合并|Merge/ }).click();
    const storedClips = () => storedClipsOf<{ contact: { title?: string; emails: string[] } }>(worker);
    // The merge is saved asynchronously after the click: wait for it, then check it.
    await expect
      .poll(
        async () =>
          (await storedClips()).find((c) => c.contact.emails.includes('chen.jing@yuanfan-scm.cn'))?.contact
            .title,
      )
      .toBe('华东区销售总监');
    expect(await storedClips()).toHaveLength(2);
    // The edited title reaches the clip's own row in the sheet.
    const titleInSheet = () => {
      const rows = double.values(SPREADSHEET, 'Customers');
      const title = (rows[0] ?? []).indexOf('职位');
      return rows.find((r) => r[3] === 'chen.jing@yuanfan-scm.cn')?.[title];
    };
    await expect.poll(titleInSheet, { timeout: 60_000 }).toBe('华东区销售总监');
  });

  it('clips a selection through the context-menu handler in the service worker', async () => {
    const selection = await worker.evaluate(
      async ({ id, url }) => {
        const api = (
          globalThis as unknown as {
            crmClipper: { clipSelectionFromContextMenu: (i: unknown, t: unknown) => Promise<unknown> };
          }
        ).crmClipper;
        return api.clipSelectionFromContextMenu(
          {
            menuItemId: 'clip-selection',
            selectionText:
              '刘洋 | 华东区大客户经理\n上海远帆供应链管理有限公司\n手机：+86 139 1234 5678\n邮箱：liu.yang@yuanfan-scm.cn',
          },
          { id, url },
        );
      },
      { id: tabId, url: siteUrl },
    );
    expect(selection).toMatchObject({
      contacts: [{ name: '刘洋', phones: ['+8613912345678'], emails: ['liu.yang@yuanfan-scm.cn'] }],
    });
    await panel.locator('nav.tabs button').first().click();
    const fromSelection = panel.locator('section.selection [data-testid=candidate]');
    await expect.poll(() => fromSelection.count(), { timeout: 10_000 }).toBe(1);
    await shot('selection');
    await fromSelection.getByRole('button').click();
    await panel
      .getByTestId('contact-form')
      .getByRole('button', { name: /保存|Save/ })
      .click();
    await panel.getByTestId('tab-saved').click();
    await expect
      .poll(() => panel.locator('[data-testid=clip][data-status=synced]').count(), { timeout: 60_000 })
      .toBe(3);
    const rows = double.values(SPREADSHEET, 'Customers');
    expect(rows.filter((r) => r[1] === '刘洋')).toHaveLength(1);
  });

  it('retries a 429 by itself after its Retry-After, even when the worker was stopped meanwhile', async () => {
    const mark = double.requests.length;
    double.failNext('append', 429, 1, { retryAfterSeconds: 5 });
    const saved = await saveByMessage({
      name: '赵敏',
      emails: ['zhao.min@example.cn'],
      legalBasis: 'consent',
    });
    const id = saved.value.clip?.id ?? '';
    expect(id).not.toBe('');
    await expect.poll(() => appendsSince(mark).map((r) => r.status), { timeout: 15_000 }).toEqual([429]);
    const refused = appendsSince(mark)[0]?.at ?? 0;
    // The retry waits in an alarm, not in the worker: the worker can be stopped.
    const alarm = await expect
      .poll(() => worker.evaluate(async () => (await chrome.alarms.get('sync-retry'))?.scheduledTime ?? 0))
      .toBeGreaterThanOrEqual(refused + 5000);
    void alarm;
    await panel.getByTestId('tab-saved').click();
    await expect.poll(() => panel.getByTestId('next-attempt').count()).toBe(1);
    await shot('retry-waiting');
    await stopWorker();
    // No click from here on: the alarm starts the worker again, and the clip lands once.
    await expect.poll(() => rowsWithId(id).length, { timeout: 90_000 }).toBe(1);
    const appends = appendsSince(mark);
    expect(appends.map((r) => r.status)).toEqual([429, 200]);
    expect((appends[1]?.at ?? 0) - refused).toBeGreaterThanOrEqual(5000);
    await expect
      .poll(() => panel.locator('[data-testid=clip][data-status=synced]').filter({ hasText: '赵敏' }).count())
      .toBe(1);
    await liveWorker(context, extensionId, panel);
  }, 150_000);

  it('sends a clip left "sending" by a worker stopped mid-request, with no click', async () => {
    double.holdAfterWrite('append');
    await panel.getByTestId('tab-saved').click();
    const saved = await saveByMessage({
      name: '郑洁',
      emails: ['zheng.jie@example.cn'],
      legalBasis: 'consent',
    });
    const id = saved.value.clip?.id ?? '';
    // The row is written, but the answer never comes: the worker is stopped while it waits.
    await expect.poll(() => rowsWithId(id).length, { timeout: 15_000 }).toBe(1);
    const stateOf = async () =>
      (
        (await (
          await liveWorker(context, extensionId, panel)
        ).evaluate(async () => (await chrome.storage.local.get('outbox')).outbox)) as {
          clipId: string;
          status: string;
        }[]
      ).find((e) => e.clipId === id)?.status;
    expect(await stateOf()).toBe('sending');
    // What went out is kept with the clip before the request (an edit before the retry must not
    // take the row's cells for the user's), and dropped once the write is answered.
    const sentNameOf = async () =>
      (
        await storedClipsOf<{ id: string; sentCells?: Record<string, string> }>(
          await liveWorker(context, extensionId, panel),
        )
      ).find((c) => c.id === id)?.sentCells?.name;
    expect(await sentNameOf()).toBe('郑洁');
    await stopWorker();
    const synced = panel.locator('[data-testid=clip][data-status=synced]').filter({ hasText: '郑洁' });
    await expect.poll(() => synced.count(), { timeout: 90_000 }).toBe(1);
    expect(rowsWithId(id)).toHaveLength(1);
    expect(await sentNameOf()).toBeUndefined();
  }, 150_000);

  it('leaves one row when Chromium resends an append after a keep-alive reset', async () => {
    const mark = double.requests.length;
    double.resetAfterWrite('append');
    await panel.getByTestId('tab-saved').click();
    const saved = await saveByMessage({ name: '孙立', emails: ['sun.li@example.cn'], legalBasis: 'consent' });
    const id = saved.value.clip?.id ?? '';
    await expect
      .poll(
        () => panel.locator('[data-testid=clip][data-status=synced]').filter({ hasText: '孙立' }).count(),
        {
          timeout: 60_000,
        },
      )
      .toBe(1);
    // The double reset the connection after writing the row; the browser sent the POST again.
    expect(appendsSince(mark).map((r) => r.status)).toEqual([0, 200]);
    expect(rowsWithId(id)).toHaveLength(1);
  });

  it('"Sync now" during a backoff tries at once and says so; the panel shows when the next try was due', async () => {
    const mark = double.requests.length;
    double.failNext('append', 503, 1, { retryAfterSeconds: 600 });
    await panel.getByTestId('tab-saved').click();
    const saved = await saveByMessage({
      name: '周强',
      emails: ['zhou.qiang@example.cn'],
      legalBasis: 'consent',
    });
    const id = saved.value.clip?.id ?? '';
    await expect.poll(() => appendsSince(mark).map((r) => r.status), { timeout: 15_000 }).toEqual([503]);
    const card = panel.getByTestId('clip').filter({ hasText: '周强' });
    await expect.poll(() => card.getByTestId('sync-problem').textContent()).toContain('暂时不可用');
    expect(await panel.getByTestId('next-attempt').textContent()).toContain('将于');
    await panel.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => rowsWithId(id).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => panel.getByTestId('sync-result').textContent()).toBe('已同步 1 条');
    expect(await panel.getByTestId('next-attempt').count()).toBe(0);
  });

  it('deletes a clip everywhere: storage, caches, and its own row in the sheet (found by clip id)', async () => {
    const before = await panel.getByTestId('clip').count();
    const inSheet = () =>
      double.values(SPREADSHEET, 'Customers').filter((r) => r.includes('michael.brown@yuanfan-scm.cn'))
        .length;
    expect(inSheet()).toBe(1);
    const card = panel.getByTestId('clip').filter({ hasText: 'michael.brown@yuanfan-scm.cn' });
    await card.getByRole('button', { name: /删除|Delete/ }).click();
    await card.getByRole('button', { name: /确认删除|Really delete/ }).click();
    await expect.poll(() => panel.getByTestId('clip').count()).toBe(before - 1);
    await expect.poll(inSheet, { timeout: 30_000 }).toBe(0);
    // Nobody else's row moved: 王芳 (the user's own) and 陈静 keep their cells.
    const rows = double.values(SPREADSHEET, 'Customers');
    expect(rows[1]?.slice(0, 2)).toEqual(['C001', '王芳']);
    expect(rows.filter((r) => r[3] === 'chen.jing@yuanfan-scm.cn')).toHaveLength(1);
    await expect.poll(storageDump).not.toContain('michael.brown@yuanfan-scm.cn');
    expect(await storageDump()).not.toContain('Michael Brown');
  });

  it('keeps no copy of a clipped selection once it was merged into a saved contact', async () => {
    const api = (w: Worker, text: string) =>
      w.evaluate(
        async ({ id, url, selectionText }) =>
          (
            globalThis as unknown as {
              crmClipper: { clipSelectionFromContextMenu: (i: unknown, t: unknown) => Promise<unknown> };
            }
          ).crmClipper.clipSelectionFromContextMenu(
            { menuItemId: 'clip-selection', selectionText },
            { id, url },
          ),
        { id: tabId, url: siteUrl, selectionText: text },
      );
    await api(
      await liveWorker(context, extensionId, panel),
      '陈静 | 销售总监\n邮箱：chen.jing@yuanfan-scm.cn\n电话：+86 21 6123 4567',
    );
    await panel.locator('nav.tabs button').first().click();
    const fromSelection = panel.locator('section.selection [data-testid=candidate]');
    await expect.poll(() => fromSelection.count(), { timeout: 10_000 }).toBe(1);
    await fromSelection.getByRole('button').click();
    await panel
      .getByTestId('contact-form')
      .getByRole('button', { name: /保存|Save/ })
      .click();
    const merge = panel.getByTestId('merge-dialog');
    await expect.poll(() => merge.count()).toBe(1);
    await merge.getByRole('button', { name: /合并|Merge/ }).click();
    await expect.poll(() => merge.count()).toBe(0);
    await expect
      .poll(async () =>
        (await liveWorker(context, extensionId, panel)).evaluate(async () =>
          Object.keys(await chrome.storage.local.get(null)),
        ),
      )
      .not.toContain('pendingSelection');
  });

  it('speaks only Chinese in the Chinese UI: where candidates were found, sync states, problems, the options page', async () => {
    // A failure to word, staying on the clip for the next ten minutes.
    double.failNext('append', 503, 1, { retryAfterSeconds: 600 });
    const saved = await saveByMessage({
      name: '吴芳',
      emails: ['wu.fang@example.cn'],
      legalBasis: 'consent',
    });
    void saved;
    await panel.getByTestId('tab-saved').click();
    const card = panel.getByTestId('clip').filter({ hasText: '吴芳' });
    await expect.poll(() => card.getByTestId('sync-problem').count(), { timeout: 15_000 }).toBe(1);
    await shot('zh-problem');
    // Contact data is the user's own and may be in any language; everything else must be Chinese.
    // Where a candidate was found is worded by the extension around the page's own words: a
    // heading or a contact type (quoted “…”) and a class or id name (.team-card, #sig).
    const uiText = (page: Page) =>
      page.evaluate(() => {
        document.querySelectorAll('.summary, .tags, input, textarea, small').forEach((data) => {
          data.remove();
        });
        document.querySelectorAll('.evidence').forEach((evidence) => {
          evidence.textContent = (evidence.textContent ?? '')
            .replace(/“[^”]*”/g, '')
            .replace(/[.#][\w-]+/g, '');
        });
        return document.body.innerText;
      });
    const english = (text: string) =>
      (text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []).filter(
        (w) => !['CRM', 'CSV', 'vCard', 'Google', 'OAuth', 'ID', 'JSON-LD', 'h-card'].includes(w),
      );
    const candidates = await context.newPage();
    await candidates.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect
      .poll(() => candidates.getByTestId('candidate').count(), { timeout: 15_000 })
      .toBeGreaterThan(2);
    const found = await candidates.locator('.evidence').allTextContents();
    expect(found).toContain('邮件链接，位于 .card，在标题“王芳”下');
    expect(found).toContain('JSON-LD 结构化数据中的人员');
    await candidates.screenshot({ path: join(artifacts, 'extension-panel-zh-evidence.png'), fullPage: true });
    expect(english(await uiText(candidates))).toEqual([]);
    await candidates.close();
    const saved2 = await context.newPage();
    await saved2.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await saved2.getByTestId('tab-saved').click();
    await expect
      .poll(() => saved2.getByTestId('sync-problem').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(english(await uiText(saved2))).toEqual([]);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('your-data').count()).toBe(1);
    await options.screenshot({ path: join(artifacts, 'extension-options-zh.png'), fullPage: true });
    expect(english(await uiText(options))).toEqual([]);
    await saved2.close();
    await options.close();

    // Pages Chromium will not let an extension script: its own page, and an error page (a
    // refused connection). The panel says what happened and what to do, in Chinese; Chromium's
    // own English stays in the tooltip.
    const tabIds = async () =>
      (await liveWorker(context, extensionId, panel)).evaluate(async () =>
        (await chrome.tabs.query({})).map((t) => t.id ?? -1),
      );
    const unreadable = async (url: string) => {
      const before = await tabIds();
      const page = await context.newPage();
      await page.goto(url).catch(() => undefined);
      const id = (await tabIds()).find((t) => !before.includes(t));
      expect(id).toBeDefined();
      const view = await context.newPage();
      await view.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${id}`);
      const error = view.getByTestId('page-error');
      await expect.poll(() => error.count(), { timeout: 15_000 }).toBe(1);
      const shown = { text: await error.textContent(), detail: await error.getAttribute('title') };
      expect(english(await uiText(view))).toEqual([]);
      await view.close();
      await page.close();
      return shown;
    };
    const browserPage = await unreadable('chrome://version');
    expect(browserPage.text).toBe(
      '这是浏览器或其他扩展自己的页面（设置、新标签页、扩展程序等），扩展无法读取。请打开普通网页后再试。',
    );
    expect(browserPage.detail).toBe('Cannot access a chrome:// URL');
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise<void>((r) => closed.close(() => r()));
    const errorPage = await unreadable(refusedUrl);
    expect(errorPage.text).toBe(
      '此标签页显示的是错误页面，网页没有打开。请刷新，等网页正常打开后点击“重新扫描”。',
    );
    expect(errorPage.detail).toBe('Frame with ID 0 is showing error page');
  });

  it('follows the browser language: the same panel in English', async () => {
    const en = await launch('en_US');
    try {
      const page = await en.context.newPage();
      await page.goto(siteUrl);
      const id = await en.worker.evaluate(
        async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1,
        siteUrl,
      );
      const enPanel = await en.context.newPage();
      await enPanel.goto(`chrome-extension://${new URL(en.worker.url()).host}/sidepanel.html?tabId=${id}`);
      await expect
        .poll(() => enPanel.getByTestId('candidate').count(), { timeout: 15_000 })
        .toBeGreaterThanOrEqual(2);
      expect(await enPanel.locator('nav.tabs').textContent()).toContain('On this page');
      await enPanel.screenshot({ path: join(artifacts, 'extension-panel-en.png'), fullPage: true });
      await enPanel.getByTestId('candidate').first().getByRole('button').click();
      await enPanel.locator('select[name=legalBasis]').selectOption('');
      await enPanel.getByRole('button', { name: 'Save', exact: true }).click();
      expect(await enPanel.locator('.field-error').first().textContent()).toBe(
        'Choose the legal basis for keeping this contact',
      );
    } finally {
      await en.context.close();
      rmSync(en.userDataDir, { recursive: true, force: true });
    }
  });

  it('"Delete all data" in the options page leaves nothing in any storage area, and no alarm', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: '删除全部数据' }).click();
    await options.getByRole('button', { name: '确认删除全部数据' }).click();
    await expect.poll(() => options.getByTestId('account-status').textContent()).toBe('已删除全部数据。');
    expect(JSON.parse(await storageDump())).toEqual({ local: {}, session: {}, sync: {} });
    expect(
      await (await liveWorker(context, extensionId, panel)).evaluate(() => chrome.alarms.getAll()),
    ).toEqual([]);
    await options.close();
  });
});

describe('Production builds', () => {
  beforeAll(() => {
    ensureBuild('prod');
    ensureBuild('firefox');
  }, 240_000);

  it.each([['prod'], ['firefox']] as const)('%s: no loopback address and no test code', (which) => {
    const dir = BUILDS[which].dir;
    const manifest = manifestOf(dir);
    const addresses = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      manifest.content_security_policy?.extension_pages ?? '',
    ].join(' ');
    expect(addresses).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(manifest.host_permissions).toEqual(['https://sheets.googleapis.com/*']);
    // Chrome's 10 MB storage.local quota is lifted; Firefox has none fixed and would warn.
    expect(manifest.permissions?.includes('unlimitedStorage')).toBe(which === 'prod');
    const code = bundleText(dir);
    // The injected token's key, and the test entry points object (`crmClipper:`; the page
    // extractor's own global `__crmClipperExtract` is product code).
    for (const hook of ['testAccessToken', 'crmClipper:']) expect(code, hook).not.toContain(hook);
    expect(existsSync(join(dir, 'extractor.js'))).toBe(true);
  });

  it('Firefox: a sidebar instead of the side panel, its add-on id, and a clean web-ext lint', () => {
    const dir = BUILDS.firefox.dir;
    const manifest = manifestOf(dir);
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(manifest.permissions).not.toContain('sidePanel');
    const out = execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js'),
        'lint',
        '--source-dir',
        dir,
        '--output',
        'json',
        '--no-config-discovery',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const report = JSON.parse(out) as { errors: unknown[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    // The one kind of warning left is React DOM's own innerHTML (its SVG and
    // dangerouslySetInnerHTML paths); the extension's code never sets innerHTML, which this checks.
    expect(report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
    const ownCode = readdirSync(join(extensionDir, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .filter((f) => readFileSync(join(extensionDir, 'src', f), 'utf8').includes('innerHTML'));
    expect(ownCode).toEqual([]);
  });
});
