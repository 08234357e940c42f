/// <reference types="chrome" />
// End-to-end: a year or two of clips in storage.local, in real Chromium with the built extension
// (the TEST build, see test/extension.e2e.test.ts for what it adds). Each clip lives under its own
// key beside a clip index, and Chrome refuses any storage.local write past QUOTA_BYTES (10 MB)
// unless the extension holds `unlimitedStorage`. A realistic synced clip takes about 1,460 bytes
// (its contact, origin and the cells last written to its row), and about 125 more for its key
// and its index entry, so some 6,600 clips fill 10 MB: at 20 clips a working day, well over a
// year.
// 1. The shipped build holds `unlimitedStorage`: saving and syncing go on past 10 MB.
// 2. The same build without it, as a browser that holds storage.local to a quota: a save that
//    would fill the space kept for the sync's bookkeeping is refused with a message saying how
//    many clips are stored and what to do, and the contact stays in the form; a sync that cannot
//    record what it sends fails with its own problem instead of going round, and goes through
//    once clips are deleted.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planClipMigration } from '../extension/src/logic/clipMigration.ts';
import type { Clip } from '../extension/src/model/clip.ts';
import { realisticClips } from '../extension/src/testing/realisticClips.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import {
  chromiumAvailable,
  launchWithExtension,
  liveWorker,
  saveClipByMessage,
  scrollToListEnd,
  setUpSync,
  storedClipsOf,
} from './support/chromium.ts';
import { ensureExtensionBuild } from './support/extensionBuilds.ts';

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'artifacts');
const haveChromium = chromiumAvailable('extension storage quota e2e');
/** chrome.storage.local.QUOTA_BYTES since Chrome 114. */
const QUOTA_BYTES = 10 * 1024 * 1024;

interface StoredClip {
  id: string;
  syncedAt: string | null;
}
interface StoredEntry {
  clipId: string;
  status: string;
  problem: string | null;
}
interface Reply<T> {
  ok: boolean;
  error?: string;
  storageFull?: { clips: number };
  value: T;
}

const NEW_CONTACT = {
  name: '周海燕',
  organization: '宁波港联国际物流有限公司',
  emails: ['zhou.haiyan@ganglian-logistics.cn'],
  phones: ['+8613857412369'],
  legalBasis: 'public-business-contact',
};

/** A browser with the extension loaded from a copy of the test build, its panel and the double. */
async function openBrowser(name: string, options: { withoutUnlimitedStorage: boolean }) {
  const loadedDir = mkdtempSync(join(tmpdir(), `crm-ext-${name}-`));
  cpSync(ensureExtensionBuild('test'), loadedDir, { recursive: true });
  if (options.withoutUnlimitedStorage) {
    const path = join(loadedDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { permissions: string[] };
    manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
    writeFileSync(path, JSON.stringify(manifest));
  }
  const userDataDir = mkdtempSync(join(tmpdir(), `crm-chromium-${name}-`));
  const { context, extensionId } = await launchWithExtension(userDataDir, loadedDir);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const worker = () => liveWorker(context, extensionId, panel);
  return {
    context,
    extensionId,
    panel,
    worker,
    close: async () => {
      await context.close();
      for (const dir of [userDataDir, loadedDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/**
 * Puts `clips` (and `outbox`) in storage.local as this version keeps them (a key per clip and
 * the index, in place of any clips seeded before), their notes padded so that storage holds
 * exactly `targetBytes` as Chrome counts them (getBytesInUse). Returns the bytes in use.
 */
async function seed(
  browser: Browser,
  clips: Clip[],
  outbox: StoredEntry[] | unknown[],
  targetBytes?: number,
): Promise<number> {
  const w = await browser.worker();
  const store = (data: { clips: Clip[]; outbox: unknown[] }) =>
    w.evaluate(
      async (items) => {
        const earlier = Object.keys(await chrome.storage.local.get(null)).filter(
          (k) => k.startsWith('clip:') || k === 'clipIndex' || k === 'clips',
        );
        await chrome.storage.local.remove(earlier);
        await chrome.storage.local.set(items);
        return chrome.storage.local.getBytesInUse(null);
      },
      // Region CN, as setUpSync sets it.
      { ...planClipMigration({ clips: data.clips }, 'CN').set, outbox: data.outbox },
    );
  let used = await store({ clips, outbox });
  if (targetBytes !== undefined) {
    // Notes hold at most 2,000 characters: the padding is spread over seeded clips that have a
    // note already (so the padding adds its own bytes only, no new key).
    let missing = targetBytes - used;
    expect(missing).toBeGreaterThanOrEqual(0);
    const padded = clips.map((c) => {
      const room = c.contact.note ? Math.min(missing, 1500) : 0;
      missing -= room;
      return room === 0
        ? c
        : { ...c, contact: { ...c.contact, note: `${c.contact.note ?? ''}${'x'.repeat(room)}` } };
    });
    expect(missing).toBe(0);
    used = await store({ clips: padded, outbox });
  }
  return used;
}

const pendingEntry = (clipId: string) => ({
  clipId,
  op: 'append',
  status: 'pending',
  attempts: 0,
  nextAttemptAt: 0,
  problem: null,
});

describe.skipIf(!haveChromium)('storage.local past 10 MB (built extension, in Chromium)', () => {
  const double = new SheetsRestDouble();
  const SPREADSHEET = 'e2e-storage-quota-sheet-01';
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    await double.start();
    double.addSpreadsheet(SPREADSHEET, [{ title: 'Customers', values: [] }]);
    browser = await openBrowser('unlimited', { withoutUnlimitedStorage: false });
    await setUpSync(await browser.worker(), {
      apiBaseUrl: double.url,
      spreadsheet: SPREADSHEET,
      acknowledged: true,
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await double.stop();
  });

  const stored = async () => {
    const worker = await browser.worker();
    return {
      clips: await storedClipsOf<StoredClip>(worker),
      ...(await worker.evaluate(async () => ({
        outbox: (await chrome.storage.local.get('outbox')).outbox as StoredEntry[],
        bytes: await chrome.storage.local.getBytesInUse(null),
      }))),
    };
  };

  it('saves and syncs a clip when storage already holds 10 MB of clips', async () => {
    const clips = realisticClips(6500);
    const used = await seed(browser, clips, [], QUOTA_BYTES - 500);
    expect(used).toBe(QUOTA_BYTES - 500);

    const saved = await saveClipByMessage(browser.panel, NEW_CONTACT);
    expect(saved).toMatchObject({ ok: true, value: { kind: 'saved' } });
    const id = saved.value.clip?.id ?? '';
    await expect
      .poll(async () => (await stored()).clips.find((c) => c.id === id)?.syncedAt ?? null, {
        timeout: 60_000,
      })
      .not.toBeNull();
    const after = await stored();
    expect(after.clips).toHaveLength(6501);
    expect(after.outbox).toEqual([]);
    expect(after.bytes).toBeGreaterThan(QUOTA_BYTES);
    const ids = double.values(SPREADSHEET, 'Customers').filter((r) => r.includes(id));
    expect(ids).toHaveLength(1);
  }, 300_000);
});

describe.skipIf(!haveChromium)(
  'storage.local held to its quota (built extension without unlimitedStorage)',
  () => {
    const double = new SheetsRestDouble();
    const SPREADSHEET = 'e2e-storage-quota-sheet-02';
    let browser: Browser;

    beforeAll(async () => {
      await double.start();
      double.addSpreadsheet(SPREADSHEET, [{ title: 'Customers', values: [] }]);
      browser = await openBrowser('quota', { withoutUnlimitedStorage: true });
      await setUpSync(await browser.worker(), {
        apiBaseUrl: double.url,
        spreadsheet: SPREADSHEET,
        acknowledged: true,
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await double.stop();
    });

    const stored = async () => {
      const worker = await browser.worker();
      return {
        clips: await storedClipsOf<StoredClip>(worker),
        outbox: (await worker.evaluate(
          async () => (await chrome.storage.local.get('outbox')).outbox ?? [],
        )) as StoredEntry[],
      };
    };
    const rowsWithId = (id: string) => double.values(SPREADSHEET, 'Customers').filter((r) => r.includes(id));
    const send = <T>(message: Record<string, unknown>) =>
      browser.panel.evaluate(async (m) => (await chrome.runtime.sendMessage(m)) as Reply<T>, message);

    it('near the quota, syncs what waits but refuses a new clip with a message, keeping it in the form', async () => {
      const clips = [...realisticClips(6500), ...realisticClips(1, { idPrefix: 'a11ce', synced: false })];
      const waiting = clips.at(-1)?.id ?? '';
      await seed(browser, clips, [pendingEntry(waiting)], QUOTA_BYTES - 100 * 1024);

      // The sync's bookkeeping has its room: the waiting clip lands once and is marked synced.
      const report = await send<{ synced: string[] }>({ type: 'sync-now' });
      expect(report.value.synced).toEqual([waiting]);
      expect(rowsWithId(waiting)).toHaveLength(1);
      expect((await stored()).clips.find((c) => c.id === waiting)?.syncedAt).not.toBeNull();

      // A new contact typed into the form is refused, said why in the UI language, and kept.
      const { panel } = browser;
      await panel.getByRole('button', { name: '手动添加' }).click();
      const form = panel.getByTestId('contact-form');
      await form.locator('input[name=name]').fill(NEW_CONTACT.name);
      await form.locator('input[name=organization]').fill(NEW_CONTACT.organization);
      await form.locator('textarea[name=emails]').fill(NEW_CONTACT.emails[0] ?? '');
      await form.locator('select[name=legalBasis]').selectOption('public-business-contact');
      await form.getByRole('button', { name: /保存|Save/ }).click();
      const error = form.locator('.field-error');
      await expect.poll(() => error.count(), { timeout: 60_000 }).toBeGreaterThan(0);
      const text = (await error.allTextContents()).join(' ');
      expect(text).toContain('存储空间已满');
      expect(text).toContain('已保存 6501 位联系人');
      expect(text).toContain('CSV');
      expect(await form.locator('input[name=name]').inputValue()).toBe(NEW_CONTACT.name);
      await panel.screenshot({ path: join(artifacts, 'extension-panel-storage-full.png'), fullPage: true });
      const after = await stored();
      expect(after.clips).toHaveLength(6501);
      expect(after.outbox).toEqual([]);
    }, 300_000);

    it('full to the last bytes, a sync says storage is full instead of failing as unknown, and goes through once clips are deleted', async () => {
      const clips = [...realisticClips(6550), ...realisticClips(1, { idPrefix: 'b0b', synced: false })];
      const waiting = clips.at(-1)?.id ?? '';
      await seed(browser, clips, [pendingEntry(waiting)], QUOTA_BYTES - 300);

      const report = await send<{ failed: string[] }>({ type: 'sync-now' });
      expect(report.value.failed).toEqual([waiting]);
      const entry = (await stored()).outbox.find((e) => e.clipId === waiting);
      expect(entry).toMatchObject({ status: 'failed', problem: 'storageFull' });
      expect(rowsWithId(waiting)).toEqual([]);
      // A fresh panel (the one above still holds the refused contact's form).
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await panel.getByTestId('tab-saved').click();
      const failed = panel.locator('[data-testid=clip][data-status=failed]');
      // The clip that waited is the latest, at the end of the list (which holds the cards on screen).
      await expect
        .poll(() => panel.getByTestId('tab-saved').textContent(), { timeout: 90_000 })
        .toContain(String(clips.length));
      await scrollToListEnd(panel);
      await expect.poll(() => failed.count(), { timeout: 90_000 }).toBe(1);
      expect(await failed.textContent()).toContain('存储空间已满');
      await panel.close();

      // Deleting two clips frees the space; retrying sends the clip once and marks it synced.
      for (const clip of clips.slice(0, 2)) {
        const deleted = await send<{ deleted: string }>({ type: 'delete-clip', id: clip.id });
        expect(deleted.ok).toBe(true);
      }
      const retried = await send<unknown>({ type: 'retry-clip', id: waiting });
      expect(retried.ok).toBe(true);
      await expect
        .poll(async () => (await stored()).clips.find((c) => c.id === waiting)?.syncedAt ?? null, {
          timeout: 30_000,
        })
        .not.toBeNull();
      expect(rowsWithId(waiting)).toHaveLength(1);
      const after = await stored();
      expect(after.clips.find((c) => c.id === waiting)?.syncedAt).not.toBeNull();
      expect(after.outbox.filter((e) => e.clipId === waiting)).toEqual([]);
    }, 300_000);
  },
);
