/// <reference types="chrome" />
// End-to-end: the built Chrome extension (extension/build/chrome-mv3-prod) in real Chromium,
// driven with playwright-core (not playwright, whose install step downloads its own browser) and
// the system's /usr/bin/chromium, with the launch flags in test/support/chromium.ts.
//
// Two stand-ins for what automation cannot do, both explicit here:
// - Host access to the fixture page: a real user's toolbar click grants activeTab, which
//   Playwright cannot produce; and the options page's runtime request for the loopback Sheets
//   double (an optional host permission) needs a permission prompt nobody can answer. The test
//   therefore loads a COPY of the build whose manifest lists http://127.0.0.1/* under
//   host_permissions. The code is the shipped build, byte for byte.
// - Sign-in: the worker reads the `devAccessToken` storage key in place of launchWebAuthFlow,
//   and only when the Sheets API base URL is a loopback address.
import { execSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, 'extension');
const buildDir = join(extensionDir, 'build', 'chrome-mv3-prod');
const artifacts = join(root, 'artifacts');
const SPREADSHEET = 'e2e-sheet-0123456789';
const haveChromium = chromiumAvailable('extension e2e');

/** Newest modification time under a folder (sources the build depends on). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function ensureBuild(): void {
  const built = existsSync(join(buildDir, 'extractor.js'))
    ? statSync(join(buildDir, 'manifest.json')).mtimeMs
    : 0;
  const sources = Math.max(
    ...['src', 'locales', 'assets', 'package.json', 'scripts'].map((p) => newest(join(extensionDir, p))),
    newest(join(root, 'shared', 'src')),
  );
  if (built < sources) execSync('npm run build -w extension', { cwd: root, stdio: 'pipe' });
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
  let panel: Page;
  let userDataDir = '';
  let loadedDir = '';

  /** Chromium with the extension loaded and configured for the double, in a UI language. */
  async function launch(language: 'zh_CN' | 'en_US') {
    const dir = mkdtempSync(join(tmpdir(), 'crm-chromium-'));
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 420, height: 900 },
      env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...CHROMIUM_ARGS,
        `--lang=${language.replace('_', '-')}`,
        `--disable-extensions-except=${loadedDir}`,
        `--load-extension=${loadedDir}`,
      ],
    });
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    await sw.evaluate(
      async ({ base, spreadsheet }) => {
        await chrome.storage.local.set({
          settings: {
            spreadsheet,
            sheetName: 'Customers',
            apiBaseUrl: base,
            region: 'CN',
            defaultOwner: '李雷',
          },
          devAccessToken: 'test-token',
        });
      },
      { base: double.url, spreadsheet: SPREADSHEET },
    );
    return { context: ctx, worker: sw, userDataDir: dir };
  }

  const shot = (name: string) =>
    panel.screenshot({ path: join(artifacts, `extension-panel-${name}.png`), fullPage: true });

  beforeAll(async () => {
    ensureBuild();
    mkdirSync(artifacts, { recursive: true });
    loadedDir = mkdtempSync(join(tmpdir(), 'crm-ext-'));
    cpSync(buildDir, loadedDir, { recursive: true });
    const manifestPath = join(loadedDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions = [...manifest.host_permissions, 'http://127.0.0.1/*'];
    writeFileSync(manifestPath, JSON.stringify(manifest));

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
    const page = await context.newPage();
    await page.goto(siteUrl);
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
    expect(text).not.toContain('20240315001');
    // The mailto contact is already in the sheet: the badge shows its segment and next follow-up.
    await expect.poll(() => panel.getByTestId('known-badge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await panel.getByTestId('known-badge').first().textContent()).toContain('重要价值客户');
    await shot('candidates');
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
    await expect.poll(() => synced.count(), { timeout: 30_000 }).toBe(2);
    await shot('saved-synced');

    const rows = double.values(SPREADSHEET, 'Customers');
    const header = rows[0] ?? [];
    const idColumn = header.indexOf('剪藏编号');
    expect(idColumn).toBe(7); // appended after the user's and the managed columns
    const ids = rows
      .slice(1)
      .map((r) => r[idColumn])
      .filter((v) => v !== '' && v !== undefined);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    const chenRow = rows.find((r) => r[3] === 'chen.jing@yuanfan-scm.cn');
    expect(chenRow?.[1]).toBe('陈静');
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
    const storedClips = () =>
      worker.evaluate(
        async () =>
          (await chrome.storage.local.get('clips')).clips as {
            contact: { title?: string; emails: string[] };
          }[],
      );
    // The merge is saved asynchronously after the click: wait for it, then check it.
    await expect
      .poll(
        async () =>
          (await storedClips()).find((c) => c.contact.emails.includes('chen.jing@yuanfan-scm.cn'))?.contact
            .title,
      )
      .toBe('华东区销售总监');
    expect(await storedClips()).toHaveLength(2);
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
      contact: { name: '刘洋', phones: ['+8613912345678'], emails: ['liu.yang@yuanfan-scm.cn'] },
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
      .poll(() => panel.locator('[data-testid=clip][data-status=synced]').count(), { timeout: 30_000 })
      .toBe(3);
    const rows = double.values(SPREADSHEET, 'Customers');
    expect(rows.filter((r) => r[1] === '刘洋')).toHaveLength(1);
  });

  it('deletes a clip from chrome.storage.local', async () => {
    const card = panel.getByTestId('clip').filter({ hasText: 'michael.brown@yuanfan-scm.cn' });
    await card.getByRole('button', { name: /删除|Delete/ }).click();
    await card.getByRole('button', { name: /确认删除|Really delete/ }).click();
    await expect.poll(() => panel.getByTestId('clip').count()).toBe(2);
    const stored = await worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).not.toContain('michael.brown@yuanfan-scm.cn');
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
});
