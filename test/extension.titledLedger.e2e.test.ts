/// <reference types="chrome" />
// End-to-end: the built extension (the TEST build, see test/extension.e2e.test.ts for what it
// adds) in real Chromium, syncing to a customer ledger kept the WPS/Excel way: a title merged
// across the columns in row 1, an export note under it, a blank row, and the header in row 4.
// The Sheets REST double finds values.append's table as Google does (from the range's first row
// down, a blank row ending it). The extension finds the header as the CLI and the add-on do:
// its clip columns go into the header row, the clips below the customers under the user's own
// 姓名 / 手机 / 邮箱 columns, the title lines stay untouched, and the known-customer badge reads
// the customers under that header.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import { chromiumAvailable, launchWithExtension, saveClipByMessage, setUpSync } from './support/chromium.ts';
import { ensureExtensionBuild } from './support/extensionBuilds.ts';

const SPREADSHEET = 'e2e-titled-ledger-01';
const haveChromium = chromiumAvailable('extension titled-ledger e2e');

const TITLE = ['2025年华东区客户台账'];
const NOTE = ['导出时间：2025-06-30'];
const HEADER = ['客户编号', '姓名', '公司', '手机', '邮箱', '客户分群', '下次跟进'];
const WANG = [
  'C001',
  '王芳',
  '远帆供应链',
  '+8613800001111',
  'wang.fang@yuanfan-scm.cn',
  '重要价值客户',
  '2026-12-01',
];
const LIU = ['C002', '刘洋', '杭州青禾贸易有限公司', '13912345678', 'liu.yang@example.cn', '一般客户'];

/** A contact page naming 王芳, who is in the ledger: the badge shows her segment. */
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>联系我们 · 远帆供应链</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"上海远帆供应链管理有限公司",
"employee":[{"@type":"Person","name":"王芳","jobTitle":"客服经理","email":"mailto:wang.fang@yuanfan-scm.cn"}]}</script>
</head><body><h1>联系我们</h1><p>客服经理 王芳 wang.fang@yuanfan-scm.cn</p></body></html>`;

describe.skipIf(!haveChromium)('a titled customer ledger (built extension, in Chromium)', () => {
  const double = new SheetsRestDouble();
  let context: BrowserContext;
  let worker: Worker;
  let extensionId = '';
  let userDataDir = '';
  let loadedDir = '';
  let site: Server;
  let siteUrl = '';
  let panel: Page;

  const rows = () => double.values(SPREADSHEET, 'Customers');
  const card = (name: string) => panel.getByTestId('clip').filter({ hasText: name });
  const save = (contact: Record<string, unknown>) => saveClipByMessage(panel, contact);

  beforeAll(async () => {
    loadedDir = mkdtempSync(join(tmpdir(), 'crm-ext-titled-'));
    cpSync(ensureExtensionBuild('test'), loadedDir, { recursive: true });
    await double.start();
    double.addSpreadsheet(SPREADSHEET, [
      { title: 'Customers', values: [TITLE, NOTE, [], HEADER, WANG, LIU], merges: ['A1:G1'] },
    ]);
    site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/contact`;
    userDataDir = mkdtempSync(join(tmpdir(), 'crm-chromium-titled-'));
    ({ context, worker, extensionId } = await launchWithExtension(userDataDir, loadedDir));
    await setUpSync(worker, { apiBaseUrl: double.url, spreadsheet: SPREADSHEET, acknowledged: true });
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByTestId('tab-saved').click();
  });

  afterAll(async () => {
    await context?.close();
    await double.stop();
    await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
    for (const dir of [userDataDir, loadedDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('syncs two clips below the customers, under the user’s 姓名 and 手机 columns, leaving the title lines alone', async () => {
    const chen = await save({
      name: '陈静',
      organization: '上海远帆供应链管理有限公司',
      emails: ['chen.jing@yuanfan-scm.cn'],
      phones: ['+8613912345678'],
      legalBasis: 'public-business-contact',
    });
    const zhao = await save({
      name: '赵敏',
      organization: '杭州云栖科技有限公司',
      emails: ['zhao.min@yunqi-tech.cn'],
      phones: ['+8613700002222'],
      legalBasis: 'consent',
    });
    expect([chen.ok, zhao.ok]).toEqual([true, true]);
    for (const name of ['陈静', '赵敏'])
      await expect.poll(() => card(name).getAttribute('data-status'), { timeout: 20_000 }).toBe('synced');

    const after = rows();
    // The title, the export note and the blank row are as the user left them, the merge too.
    expect(after.slice(0, 3)).toEqual([TITLE, NOTE, []]);
    expect(double.spreadsheets.get(SPREADSHEET)?.sheets[0]?.merges).toEqual([
      { startRow: 0, endRow: 1, startColumn: 0, endColumn: 7 },
    ]);
    // The clip columns the ledger lacked are added to its header row, after the user's columns.
    const header = (after[3] ?? []).map(String);
    expect(header.slice(0, HEADER.length)).toEqual(HEADER);
    expect(header).toContain('剪藏编号');
    // The customers keep their rows; the clips follow them, under the user's own columns.
    expect(after.slice(4, 6).map((r) => r.slice(0, HEADER.length))).toEqual([WANG, LIU]);
    const at = (row: readonly unknown[] | undefined, column: string) => row?.[header.indexOf(column)];
    expect(
      after
        .slice(6)
        .map((r) => [at(r, '姓名'), at(r, '公司'), at(r, '手机'), at(r, '邮箱'), at(r, '剪藏编号')]),
    ).toEqual([
      [
        '陈静',
        '上海远帆供应链管理有限公司',
        '+8613912345678',
        'chen.jing@yuanfan-scm.cn',
        chen.value.clip?.id,
      ],
      ['赵敏', '杭州云栖科技有限公司', '+8613700002222', 'zhao.min@yunqi-tech.cn', zhao.value.clip?.id],
    ]);
  });

  it('shows the known-customer badge for 王芳, a customer of the ledger under its title lines', async () => {
    const sitePage = await context.newPage();
    await sitePage.goto(siteUrl);
    const tabId = await worker.evaluate(
      async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1,
      siteUrl,
    );
    expect(tabId).toBeGreaterThan(0);
    const candidates = await context.newPage();
    await candidates.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const wang = candidates.getByTestId('candidate').filter({ hasText: 'wang.fang@yuanfan-scm.cn' });
    await expect.poll(() => wang.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => wang.getByTestId('known-badge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await wang.getByTestId('known-badge').first().textContent()).toContain('重要价值客户');
  });
});
