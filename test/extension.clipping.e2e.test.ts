/// <reference types="chrome" />
// End-to-end: clipping people with the built extension (the TEST build, see
// test/extension.e2e.test.ts for what it adds) in real Chromium, on pages of the extraction
// corpus served from 127.0.0.1, syncing to the Sheets REST double:
// - a contact page gives one card per person (and one for the company), with the WeChat id, which
//   reaches the form, the saved clip and its own column of the user's sheet;
// - "Clip selection as contact" runs its real onClicked logic through the service worker (a
//   context menu cannot be clicked by automation) on a real multi-line selection made in the
//   page: the handler reads that selection in the page, line breaks kept, instead of the
//   context menu's selectionText, whose line breaks Chromium turns into spaces;
// - numbers written without a country code are read in the page's region, and the form says so;
// - a team page's candidates are ticked and saved in one go, a customer saved before getting the
//   page's new details merged in; saved again, nothing changes.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import { chromiumAvailable, launchWithExtension, setUpSync, storedClipsOf } from './support/chromium.ts';
import { ensureExtensionBuild } from './support/extensionBuilds.ts';

const root = resolve(import.meta.dirname, '..');
const corpus = join(root, 'test', 'fixtures', 'pages', 'corpus');
const artifacts = join(root, 'artifacts');
const SPREADSHEET = 'e2e-clipping-sheet-01';
const haveChromium = chromiumAvailable('extension clipping e2e');

/** Served paths → corpus pages. */
const PAGES: Record<string, string> = {
  '/contact': 'zh-contact-company-people.html',
  '/mail': 'en-mail-thread.html',
  '/team': 'en-team-inc.html',
  '/us': 'en-us-contact.html',
};

/** The test build, rebuilt when a source is newer (one build at a time across e2e files). */
function ensureTestBuild(): string {
  return ensureExtensionBuild('test');
}

interface StoredClip {
  id: string;
  contact: { name?: string; wechat?: string; emails: string[]; phones: string[] };
}

describe.skipIf(!haveChromium)('clipping people with the built extension (in Chromium)', () => {
  const double = new SheetsRestDouble();
  let site: Server;
  let base = '';
  let context: BrowserContext;
  let worker: Worker;
  let extensionId = '';
  let userDataDir = '';
  let loadedDir = '';

  /** A corpus page open in a tab, and its tab id. */
  async function openPage(path: string): Promise<{ page: Page; tabId: number; url: string }> {
    const url = `${base}${path}`;
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
    expect(tabId).toBeGreaterThan(0);
    return { page, tabId, url };
  }

  /** The side panel working on a tab (opened as a page: automation has no toolbar click). */
  async function panelFor(tabId: number): Promise<Page> {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    return panel;
  }

  const storedClips = () => storedClipsOf<StoredClip>(worker);

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    loadedDir = mkdtempSync(join(tmpdir(), 'crm-ext-clipping-'));
    cpSync(ensureTestBuild(), loadedDir, { recursive: true });
    await double.start();
    double.addSpreadsheet(SPREADSHEET, [{ title: 'Customers', values: [] }]);
    site = createServer((req, res) => {
      const file = PAGES[req.url ?? ''];
      if (file === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(corpus, file), 'utf8'));
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    userDataDir = mkdtempSync(join(tmpdir(), 'crm-chromium-clipping-'));
    ({ context, worker, extensionId } = await launchWithExtension(userDataDir, loadedDir));
    // The user works in China: their default region is CN, whatever the page is.
    await setUpSync(worker, { apiBaseUrl: double.url, spreadsheet: SPREADSHEET, acknowledged: true });
  });

  afterAll(async () => {
    await context?.close();
    await double.stop();
    await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
    for (const dir of [userDataDir, loadedDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists one card per person on a contact page, and a WeChat id reaches the form, the clip and its sheet column', async () => {
    const { tabId } = await openPage('/contact');
    const panel = await panelFor(tabId);
    const cards = panel.getByTestId('candidate');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);
    const zhang = cards.filter({ hasText: '张伟' });
    const li = cards.filter({ hasText: '李娜' });
    expect(await zhang.textContent()).toContain('zhangwei@lvzhou-env.cn');
    expect(await zhang.textContent()).not.toContain('lina@lvzhou-env.cn');
    expect(await li.textContent()).toContain('lina_lvzhou');
    expect(await cards.filter({ hasText: 'info@lvzhou-env.cn' }).textContent()).not.toMatch(/张伟|李娜/);
    await panel.screenshot({ path: join(artifacts, 'extension-clipping-people.png'), fullPage: true });

    await li.getByRole('button', { name: /核对并保存/ }).click();
    const form = panel.getByTestId('contact-form');
    expect(await form.locator('input[name=wechat]').inputValue()).toBe('lina_lvzhou');
    expect(await form.locator('input[name=title]').inputValue()).toBe('商务总监');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByTestId('contact-form').count()).toBe(0);

    await panel.getByTestId('tab-saved').click();
    await expect
      .poll(() => panel.locator('[data-testid=clip][data-status=synced]').count(), { timeout: 60_000 })
      .toBe(1);
    expect((await storedClips())[0]?.contact).toMatchObject({ name: '李娜', wechat: 'lina_lvzhou' });
    const [header = [], row = []] = double.values(SPREADSHEET, 'Customers');
    const wechat = header.indexOf('微信');
    expect(wechat).toBeGreaterThan(header.indexOf('邮箱'));
    expect(row[wechat]).toBe('lina_lvzhou');
    await panel.close();
  });

  it('clips a real multi-line selection through the context-menu handler, reading it in the page', async () => {
    const { page, tabId, url } = await openPage('/mail');
    // Select Kevin's signature, from his name to his address, as a user would with the mouse.
    const collapsed = await page.evaluate(() => {
      const lines = Array.from(document.querySelectorAll('.msg-body > div'));
      const first = lines.find((d) => d.textContent === 'Kevin Liu');
      const last = lines.find((d) => d.textContent?.startsWith('500 Howard Street'));
      if (!first || !last) throw new Error('signature not found');
      const range = document.createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      // What contextMenus.onClicked reports as selectionText: the line breaks turned into spaces.
      return (selection?.toString() ?? '').replace(/\s+/g, ' ').trim();
    });
    expect(collapsed).toContain('Kevin Liu Regional Sales Manager');
    const clipped = await worker.evaluate(
      async ({ id, url: pageUrl, selectionText }) =>
        (
          globalThis as unknown as {
            crmClipper: { clipSelectionFromContextMenu: (i: unknown, t: unknown) => Promise<unknown> };
          }
        ).crmClipper.clipSelectionFromContextMenu(
          { menuItemId: 'clip-selection', selectionText, frameId: 0 },
          { id, url: pageUrl },
        ),
      { id: tabId, url, selectionText: collapsed },
    );
    expect(clipped).toMatchObject({
      contacts: [
        {
          name: 'Kevin Liu',
          title: 'Regional Sales Manager',
          organization: 'Pacific Bridge Trading Inc.',
          emails: ['kevin.liu@pacificbridge-trading.com'],
          phones: ['+14155550178', '+14155550143'],
          address: '500 Howard Street, Suite 1200, San Francisco, CA 94105, USA',
          // A Chinese default region, an English page without a country: the address says US.
          phoneRegion: { region: 'US', basis: 'address' },
        },
      ],
    });
    expect((clipped as { contacts: unknown[] }).contacts).toHaveLength(1);

    const panel = await panelFor(tabId);
    const fromSelection = panel.locator('section.selection [data-testid=candidate]');
    await expect.poll(() => fromSelection.count(), { timeout: 10_000 }).toBe(1);
    await fromSelection.getByRole('button', { name: /核对并保存/ }).click();
    const note = panel.getByTestId('contact-form').getByTestId('phone-region');
    expect(await note.textContent()).toContain('美国');
    expect(await note.textContent()).toContain('名片上的地址');
    await panel.screenshot({ path: join(artifacts, 'extension-clipping-selection.png'), fullPage: true });
    await panel.close();
    // The next test opens the same page: openPage must find its tab, not this one.
    await page.close();
  });

  it('keeps every person of a selection with two signatures: each is offered, saved on its own, and the other stays', async () => {
    const { page, tabId, url } = await openPage('/mail');
    // Select the thread from Kevin's sign-off down to Li Ming's email line, quoted reply included.
    const collapsed = await page.evaluate(() => {
      const lines = Array.from(document.querySelectorAll('.msg-body div'));
      const first = lines.find((d) => d.textContent === 'Best regards,');
      const last = lines.find((d) => d.textContent === 'Email: liming@hz-xinyuan.com');
      if (!first || !last) throw new Error('signatures not found');
      const range = document.createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return (selection?.toString() ?? '').replace(/\s+/g, ' ').trim();
    });
    const clipped = (await worker.evaluate(
      async ({ id, url: pageUrl, selectionText }) =>
        (
          globalThis as unknown as {
            crmClipper: { clipSelectionFromContextMenu: (i: unknown, t: unknown) => Promise<unknown> };
          }
        ).crmClipper.clipSelectionFromContextMenu(
          { menuItemId: 'clip-selection', selectionText, frameId: 0 },
          { id, url: pageUrl },
        ),
      { id: tabId, url, selectionText: collapsed },
    )) as { contacts: { name: string; emails: string[]; phones: string[] }[] };
    expect(clipped.contacts.map((c) => [c.name, c.emails])).toEqual([
      ['Kevin Liu', ['kevin.liu@pacificbridge-trading.com']],
      ['Li Ming 李明', ['liming@hz-xinyuan.com']],
    ]);
    expect(clipped.contacts[1]?.phones).toContain('+8613757186620');

    const panel = await panelFor(tabId);
    const fromSelection = panel.locator('section.selection [data-testid=candidate]');
    await expect.poll(() => fromSelection.count(), { timeout: 10_000 }).toBe(2);
    await panel.screenshot({
      path: join(artifacts, 'extension-clipping-two-signatures.png'),
      fullPage: true,
    });
    await fromSelection
      .filter({ hasText: 'Li Ming' })
      .getByRole('button', { name: /核对并保存/ })
      .click();
    const form = panel.getByTestId('contact-form');
    expect(await form.locator('input[name=name]').inputValue()).toBe('Li Ming 李明');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByTestId('contact-form').count()).toBe(0);
    // Li Ming is saved; Kevin is still offered, and storage keeps only him.
    await expect.poll(() => fromSelection.count(), { timeout: 10_000 }).toBe(1);
    expect(await fromSelection.textContent()).toContain('Kevin Liu');
    expect((await storedClips()).map((c) => c.contact.name)).toContain('Li Ming 李明');
    const pending = await worker.evaluate(
      async () =>
        (await chrome.storage.local.get('pendingSelection')).pendingSelection as {
          contacts: { name: string }[];
        },
    );
    expect(pending.contacts.map((c) => c.name)).toEqual(['Kevin Liu']);
    await panel.close();
    await page.close();
  });

  it('reads numbers of a US page as US numbers with a Chinese default region, and the form says why', async () => {
    const { tabId } = await openPage('/us');
    const panel = await panelFor(tabId);
    const angela = panel
      .getByTestId('candidates')
      .last()
      .getByTestId('candidate')
      .filter({ hasText: 'Angela Ruiz' });
    await expect.poll(() => angela.count(), { timeout: 15_000 }).toBe(1);
    expect(await angela.textContent()).toMatch(/415\D{0,2}555\D0178/);
    await angela.getByRole('button', { name: /核对并保存/ }).click();
    const form = panel.getByTestId('contact-form');
    expect(await form.locator('textarea[name=phones]').inputValue()).toBe('+14155550178');
    expect(await form.getByTestId('phone-region').textContent()).toContain('页面语言');
    await panel.close();
  });

  it('ticks every candidate of a team page and saves them in one go, merging new details into a saved customer', async () => {
    const { tabId } = await openPage('/team');
    const panel = await panelFor(tabId);
    // Rosa was saved before from an email: her address only, no title, no phone.
    const rosaSaved = await panel.evaluate(
      async () =>
        (await chrome.runtime.sendMessage({
          type: 'save-clip',
          contact: {
            name: 'Rosa Martinez',
            emails: ['rosa@brightwave.io'],
            legalBasis: 'public-business-contact',
          },
          origin: { url: null, kind: 'manual' },
        })) as { ok: boolean; value: { kind: string } },
    );
    expect(rosaSaved).toMatchObject({ ok: true, value: { kind: 'saved' } });
    // The page's list comes after a clipped selection still waiting for review.
    const cards = panel.getByTestId('candidates').last().getByTestId('candidate');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(4);
    const before = (await storedClips()).length;
    await panel.getByRole('button', { name: '全选' }).click();
    await panel.getByRole('button', { name: '保存所选（4）' }).click();
    await expect
      .poll(() => panel.locator('.notice').first().textContent())
      .toBe('已保存 3 位；1 位已保存过，已补充新信息');
    const clips = await storedClips();
    expect(clips.length - before).toBe(3);
    expect(clips.map((c) => c.contact.name)).toEqual(
      expect.arrayContaining(['Kevin Liu', 'Rosa Martinez', "Ben O'Connor"]),
    );
    // One Rosa, who now has the page's title and phone besides her email.
    const rosas = clips.filter((c) => c.contact.emails.includes('rosa@brightwave.io'));
    expect(rosas).toHaveLength(1);
    const rosa = rosas[0]?.contact as StoredClip['contact'] & { title?: string };
    expect(rosa.title).toMatch(/^head of customer success$/i);
    expect(rosa.phones).toEqual(['+15125550124']);
    await panel.screenshot({ path: join(artifacts, 'extension-clipping-bulk.png'), fullPage: true });
    // The merged details reach her row in the sheet too.
    const rosaRow = () => {
      const [header = [], ...rows] = double.values(SPREADSHEET, 'Customers');
      const row = rows.find((r) => r.includes('rosa@brightwave.io')) ?? [];
      return row[header.indexOf('职位')];
    };
    await expect.poll(rosaRow, { timeout: 60_000 }).toBe(rosa.title);

    await cards.first().getByRole('checkbox').check();
    await panel.getByRole('button', { name: '保存所选（1）' }).click();
    await expect.poll(() => panel.locator('.notice').first().textContent()).toBe('1 位已保存过，没有新信息');
    expect((await storedClips()).length - before).toBe(3);
    await panel.close();
  });
});
