/// <reference types="chrome" />
// End-to-end: the cross-border notice of the built extension (the TEST build, see
// test/extension.e2e.test.ts for what it adds) in real Chromium, against the Sheets REST double.
// Google's servers are outside mainland China, so sending a clip to the user's Google Sheet is a
// transfer abroad (个人信息保护法 art. 38–39): the user is told once, in the panel, before the
// first sync, and until they confirm not one request reaches the Sheets API; the clips wait in
// the browser. The confirmation is kept with its date and goes with "Delete all data". Each
// synced row carries the clip's purpose (处理目的) and the day the person was told (告知日期).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
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
import { ensureExtensionBuild } from './support/extensionBuilds.ts';

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'artifacts');
const SPREADSHEET = 'e2e-cross-border-sheet-01';
const haveChromium = chromiumAvailable('extension cross-border e2e');

interface StoredClip {
  id: string;
  syncedAt: string | null;
}

describe.skipIf(!haveChromium)(
  'cross-border notice before the first sync (built extension, in Chromium)',
  () => {
    const double = new SheetsRestDouble();
    let context: BrowserContext;
    let extensionId = '';
    let userDataDir = '';
    let loadedDir = '';
    let panel: Page;

    /** The settings a user enters on the options page: their sheet (here the double) and a token. */
    const configure = async () =>
      setUpSync(await liveWorker(context, extensionId, panel), {
        apiBaseUrl: double.url,
        spreadsheet: SPREADSHEET,
        acknowledged: false,
      });

    /** Saves a contact through the panel's own message to the worker (what the form sends). */
    const saveByMessage = (contact: Record<string, unknown>) =>
      saveClipByMessage(panel, contact, 'https://yuanfan-scm.example.cn/contact');

    const storedLocal = async () =>
      (await liveWorker(context, extensionId, panel)).evaluate(
        async () => (await chrome.storage.local.get(null)) as Record<string, unknown>,
      );
    const storedClips = async () => storedClipsOf<StoredClip>(await liveWorker(context, extensionId, panel));
    const rowsWithId = (id: string) => double.values(SPREADSHEET, 'Customers').filter((r) => r.includes(id));

    beforeAll(async () => {
      mkdirSync(artifacts, { recursive: true });
      loadedDir = mkdtempSync(join(tmpdir(), 'crm-ext-cross-border-'));
      cpSync(ensureExtensionBuild('test'), loadedDir, { recursive: true });
      await double.start();
      double.addSpreadsheet(SPREADSHEET, [{ title: 'Customers', values: [] }]);
      userDataDir = mkdtempSync(join(tmpdir(), 'crm-chromium-cross-border-'));
      ({ context, extensionId } = await launchWithExtension(userDataDir, loadedDir));
      panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await configure();
    });

    afterAll(async () => {
      await context?.close();
      await double.stop();
      for (const dir of [userDataDir, loadedDir]) if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('a fresh profile tells the user before the first sync and sends nothing until they confirm', async () => {
      const saved = await saveByMessage({
        name: '陈静',
        organization: '上海远帆供应链管理有限公司',
        emails: ['chen.jing@yuanfan-scm.cn'],
        phones: ['+862161234567'],
        legalBasis: 'public-business-contact',
      });
      expect(saved.value.kind).toBe('saved');
      const id = saved.value.clip?.id ?? '';
      // The panel says why nothing is synced, in the UI language, and offers to confirm.
      const notice = panel.getByTestId('cross-border-notice');
      await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain('中国境外');
      expect(text).toContain('个人信息保护法');
      expect(text).toContain('1');
      await panel.getByTestId('tab-saved').click();
      expect(await panel.getByTestId('clip').getAttribute('data-status')).toBe('pending');
      await panel.screenshot({
        path: join(artifacts, 'extension-panel-cross-border-notice.png'),
        fullPage: true,
      });
      // "Sync now" and a restarted worker (which resumes the sync) both stop at the notice.
      const report = await panel.evaluate(
        async () =>
          (await chrome.runtime.sendMessage({ type: 'sync-now' })) as {
            value: { synced: string[]; pending: number; awaitingNotice?: boolean };
          },
      );
      expect(report.value).toMatchObject({ synced: [], pending: 1, awaitingNotice: true });
      expect(await panel.getByTestId('sync-awaiting-notice').count()).toBe(1);
      await (await liveWorker(context, extensionId, panel))
        .evaluate(() => chrome.alarms.getAll())
        .then((alarms) => expect(alarms).toEqual([]));
      await new Promise((r) => setTimeout(r, 1500));
      expect(double.requests).toEqual([]);
      // The clip is kept and queued, not lost.
      const local = await storedLocal();
      expect((await storedClips()).map((c) => c.id)).toEqual([id]);
      expect(local[`clip:${id}`]).toMatchObject({ id });
      expect(JSON.stringify(local.outbox)).toContain(id);
      expect(local).not.toHaveProperty('crossBorderNotice');

      // Confirmed: the acknowledgement is kept with its date, and the waiting clip lands once.
      await notice.getByRole('button').click();
      await expect
        .poll(async () => (await storedClips())[0]?.syncedAt ?? null, { timeout: 30_000 })
        .not.toBeNull();
      expect(rowsWithId(id)).toHaveLength(1);
      expect(double.requests.filter((r) => r.operation === 'append')).toHaveLength(1);
      const acknowledged = (await storedLocal()).crossBorderNotice as { acknowledgedAt: string };
      expect(acknowledged.acknowledgedAt.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
      await expect.poll(() => panel.getByTestId('cross-border-notice').count()).toBe(0);
      expect(await panel.getByTestId('clip').getAttribute('data-status')).toBe('synced');
      // The row records why the contact is kept (the default purpose, none was given) and its
      // source; nobody has been told yet, so its informed-on cell stays empty.
      const header = double.values(SPREADSHEET, 'Customers')[0] ?? [];
      const cell = (row: readonly unknown[] | undefined, column: string) => row?.[header.indexOf(column)];
      expect(header).toEqual(expect.arrayContaining(['处理依据', '处理目的', '来源', '告知日期']));
      expect(cell(rowsWithId(id)[0], '处理目的')).toBe('客户联系与业务跟进');
      expect(cell(rowsWithId(id)[0], '来源')).toBe('https://yuanfan-scm.example.cn/contact');
      expect(cell(rowsWithId(id)[0], '告知日期') ?? '').toBe('');

      // Told once: the next clip goes straight to the sheet, and a new panel shows no notice.
      const second = await saveByMessage({
        name: 'Michael Brown',
        emails: ['michael.brown@yuanfan-scm.cn'],
        legalBasis: 'consent',
        purpose: '报价跟进',
        informedOn: '2026-11-30',
      });
      const secondId = second.value.clip?.id ?? '';
      await expect.poll(() => rowsWithId(secondId).length, { timeout: 30_000 }).toBe(1);
      expect([cell(rowsWithId(secondId)[0], '处理目的'), cell(rowsWithId(secondId)[0], '告知日期')]).toEqual([
        '报价跟进',
        '2026-11-30',
      ]);
      const again = await context.newPage();
      await again.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await expect.poll(() => again.getByTestId('syncbar').count()).toBe(1);
      expect(await again.getByTestId('cross-border-notice').count()).toBe(0);
      await again.close();
    });

    it('"Delete all data" removes the acknowledgement: the next sync waits for the notice again', async () => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.getByRole('button', { name: '删除全部数据' }).click();
      await options.getByRole('button', { name: '确认删除全部数据' }).click();
      await expect.poll(() => options.getByTestId('account-status').textContent()).toBe('已删除全部数据。');
      await options.close();
      expect(await storedLocal()).toEqual({});

      await configure();
      const before = double.requests.length;
      const saved = await saveByMessage({
        name: '王芳',
        emails: ['wang.fang@yuanfan-scm.cn'],
        legalBasis: 'provided-by-person',
      });
      const id = saved.value.clip?.id ?? '';
      await expect.poll(() => panel.getByTestId('cross-border-notice').count(), { timeout: 10_000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 1500));
      expect(double.requests.slice(before)).toEqual([]);
      expect(rowsWithId(id)).toEqual([]);
    });
  },
);
