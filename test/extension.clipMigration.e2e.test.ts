/// <reference types="chrome" />
// End-to-end, in real Chromium with the built extension (the TEST build): a browser whose
// extension storage holds clips as earlier versions kept them, one array under `clips` with the
// outbox beside it, starts this version. The worker moves every clip to a key of its own with the
// clip index and removes the array; the side panel shows them all; a new clip is saved and synced
// with the clips that were waiting. None is lost or doubled, in storage or in the sheet.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const haveChromium = chromiumAvailable('extension clip migration e2e');

interface StoredClip {
  id: string;
  syncedAt: string | null;
  contact: { name: string };
}

/** 297 clips synced long ago and 3 still waiting in the outbox, as an earlier version left them. */
const SYNCED = realisticClips(297);
const WAITING = realisticClips(3, { idPrefix: 'a11ce', synced: false });
const EARLIER = [...SYNCED, ...WAITING];
const EARLIER_OUTBOX = WAITING.map((c) => ({
  clipId: c.id,
  op: 'append',
  status: 'pending',
  attempts: 0,
  nextAttemptAt: 0,
  problem: null,
}));

describe.skipIf(!haveChromium)(
  'clips kept as one array by an earlier version (built extension, in Chromium)',
  () => {
    const double = new SheetsRestDouble();
    const SPREADSHEET = 'e2e-clip-migration-sheet-01';
    let loadedDir = '';
    let userDataDir = '';
    let context: BrowserContext;
    let extensionId = '';
    let panel: Page;

    beforeAll(async () => {
      await double.start();
      double.addSpreadsheet(SPREADSHEET, [{ title: 'Customers', values: [] }]);
      loadedDir = mkdtempSync(join(tmpdir(), 'crm-ext-migration-'));
      cpSync(ensureExtensionBuild('test'), loadedDir, { recursive: true });
      userDataDir = mkdtempSync(join(tmpdir(), 'crm-chromium-migration-'));
      // First run: storage as the earlier version left it. (No sheet is set yet, so the waiting
      // clips stay queued until the test sets one up and saves.)
      const first = await launchWithExtension(userDataDir, loadedDir);
      await first.worker.evaluate(
        async ({ clips, outbox }) => {
          await chrome.storage.local.clear();
          await chrome.storage.local.set({ clips, outbox });
        },
        { clips: EARLIER, outbox: EARLIER_OUTBOX },
      );
      await first.context.close();
      // Second run: the same profile starts the extension again, as after an update.
      const second = await launchWithExtension(userDataDir, loadedDir);
      context = second.context;
      extensionId = second.extensionId;
      panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    }, 180_000);

    afterAll(async () => {
      await context?.close();
      await double.stop();
      for (const dir of [userDataDir, loadedDir]) if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const worker = () => liveWorker(context, extensionId, panel);
    const storedKeys = async () =>
      (await worker()).evaluate(async () => Object.keys(await chrome.storage.local.get(null)).sort());

    it('moves every clip to a key of its own when the worker starts, and removes the array', async () => {
      await expect.poll(async () => (await storedKeys()).includes('clips'), { timeout: 30_000 }).toBe(false);
      const keys = await storedKeys();
      expect(keys.filter((k) => k.startsWith('clip:'))).toEqual(EARLIER.map((c) => `clip:${c.id}`).sort());
      expect(keys).toContain('clipIndex');
      const stored = await storedClipsOf<StoredClip>(await worker());
      // In the order they were saved, each once, as they were; the outbox as it was.
      expect(stored.map((c) => c.id)).toEqual(EARLIER.map((c) => c.id));
      expect(stored).toEqual(EARLIER);
      const outbox = await (await worker()).evaluate(
        async () => (await chrome.storage.local.get('outbox')).outbox,
      );
      expect(outbox).toEqual(EARLIER_OUTBOX);
    });

    it('shows all of them in the side panel', async () => {
      await panel.getByTestId('tab-saved').click();
      // The tab counts them all; the list holds the cards on screen, the earliest first.
      await expect
        .poll(() => panel.getByTestId('tab-saved').textContent(), { timeout: 60_000 })
        .toContain(String(EARLIER.length));
      const cards = panel.locator('[data-testid=clip]');
      await expect
        .poll(() => cards.first().textContent(), { timeout: 60_000 })
        .toContain(SYNCED[0]?.contact.name);
      expect(await cards.first().getAttribute('aria-setsize')).toBe(String(EARLIER.length));
      // At the end of the list: the three that wait, last.
      await scrollToListEnd(panel);
      await expect.poll(() => cards.last().getAttribute('aria-posinset')).toBe(String(EARLIER.length));
      expect(await cards.last().textContent()).toContain(WAITING[2]?.contact.name);
      expect(await panel.locator('[data-testid=clip][data-status=pending]').count()).toBe(WAITING.length);
    });

    it('saves and syncs a new clip with the ones that waited; none lost or doubled', async () => {
      await setUpSync(await worker(), {
        apiBaseUrl: double.url,
        spreadsheet: SPREADSHEET,
        acknowledged: true,
      });
      const saved = await saveClipByMessage(panel, {
        name: '周海燕',
        organization: '宁波港联国际物流有限公司',
        emails: ['zhou.haiyan@ganglian-logistics.cn'],
        phones: ['+8613857412369'],
        legalBasis: 'public-business-contact',
      });
      expect(saved).toMatchObject({ ok: true, value: { kind: 'saved' } });
      const id = saved.value.clip?.id ?? '';
      const sent = [...WAITING.map((c) => c.id), id];
      await expect
        .poll(
          async () =>
            (await storedClipsOf<StoredClip>(await worker())).filter((c) => sent.includes(c.id) && c.syncedAt)
              .length,
          { timeout: 60_000 },
        )
        .toBe(sent.length);
      const stored = await storedClipsOf<StoredClip>(await worker());
      expect(stored.map((c) => c.id)).toEqual([...EARLIER.map((c) => c.id), id]);
      expect(new Set(stored.map((c) => c.id)).size).toBe(stored.length);
      const rows = double.values(SPREADSHEET, 'Customers');
      for (const clipId of sent) expect(rows.filter((r) => r.includes(clipId))).toHaveLength(1);
      // The panel counts the new clip with the others and lists it last; at the end of the list,
      // the clips that waited are synced too.
      await expect
        .poll(() => panel.getByTestId('tab-saved').textContent(), { timeout: 30_000 })
        .toContain(String(EARLIER.length + 1));
      const cards = panel.locator('[data-testid=clip]');
      await scrollToListEnd(panel);
      await expect.poll(() => cards.last().textContent(), { timeout: 30_000 }).toContain('周海燕');
      expect(await cards.last().getAttribute('aria-posinset')).toBe(String(EARLIER.length + 1));
      // The three that waited and the new one: the last four cards.
      for (let position = EARLIER.length - 2; position <= EARLIER.length + 1; position++) {
        const card = panel.locator(`[data-testid=clip][aria-posinset="${position}"]`);
        await expect.poll(() => card.getAttribute('data-status'), { timeout: 30_000 }).toBe('synced');
      }
    });
  },
);
