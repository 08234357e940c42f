/// <reference types="chrome" />
// End-to-end: the side panel's Saved tab with 5,000 clips stored (as sales staff keep them), in
// real Chromium with the built extension (the TEST build). The page holds only the cards on
// screen while the tab counts all 5,000; every clip is still there for the user: by search, by
// scrolling to the end, by Tab from card to card, and deleting one found by search.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planClipMigration } from '../extension/src/logic/clipMigration.ts';
import { realisticClips } from '../extension/src/testing/realisticClips.ts';
import { chromiumAvailable, launchWithExtension, storedClipsOf } from './support/chromium.ts';
import { ensureExtensionBuild } from './support/extensionBuilds.ts';

const haveChromium = chromiumAvailable('extension saved-list e2e');
const CLIPS = realisticClips(5000);
/** More than a 900-pixel-high panel shows, with a few cards around them; far fewer than 5,000. */
const MOST_CARDS_IN_PAGE = 40;

const emailOf = (n: number) => CLIPS[n]?.contact.emails[0] ?? '';

describe.skipIf(!haveChromium)('the Saved tab with 5,000 clips (built extension, in Chromium)', () => {
  let context: BrowserContext;
  let extensionId = '';
  let userDataDir = '';
  let loadedDir = '';
  let panel: Page;
  const cards = () => panel.getByTestId('clip');
  const search = (text: string) => panel.getByRole('searchbox').fill(text);

  beforeAll(async () => {
    loadedDir = mkdtempSync(join(tmpdir(), 'crm-ext-saved-list-'));
    cpSync(ensureExtensionBuild('test'), loadedDir, { recursive: true });
    userDataDir = mkdtempSync(join(tmpdir(), 'crm-chromium-saved-list-'));
    let worker: Awaited<ReturnType<typeof launchWithExtension>>['worker'];
    ({ context, extensionId, worker } = await launchWithExtension(userDataDir, loadedDir));
    await worker.evaluate(
      (items) => chrome.storage.local.set(items),
      planClipMigration({ clips: CLIPS }, 'CN').set,
    );
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByTestId('tab-saved').click();
  });

  afterAll(async () => {
    await context?.close();
    for (const dir of [userDataDir, loadedDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('counts all 5,000 and lists the first of them, with a bounded number of cards in the page', async () => {
    await expect
      .poll(() => panel.getByTestId('tab-saved').textContent(), { timeout: 30_000 })
      .toContain('5000');
    await expect.poll(() => cards().first().textContent(), { timeout: 30_000 }).toContain(emailOf(0));
    // Every clip read (the line saying how many are read is gone): still only a screen of cards.
    await panel.getByTestId('clips-loading').waitFor({ state: 'detached', timeout: 60_000 });
    const inPage = await cards().count();
    expect(inPage).toBeGreaterThan(3);
    expect(inPage).toBeLessThanOrEqual(MOST_CARDS_IN_PAGE);
  });

  it('finds clip #4,999 by its email, in any case', async () => {
    try {
      for (const query of [emailOf(4999), emailOf(4999).toUpperCase()]) {
        await search(query);
        await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(1);
        expect(await cards().textContent()).toContain(CLIPS[4999]?.contact.name);
        expect(await cards().getAttribute('aria-setsize')).toBe('1');
      }
    } finally {
      await search('');
    }
  });

  it('shows the last clip once scrolled to the end, still a screen of cards', async () => {
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.keyboard.press('End');
    await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => cards().last().textContent(), { timeout: 15_000 }).toContain(emailOf(4999));
    expect(await cards().last().getAttribute('aria-posinset')).toBe('5000');
    expect(await cards().count()).toBeLessThanOrEqual(MOST_CARDS_IN_PAGE);
  });

  it('goes on from card to card with Tab, past the cards first in the page', async () => {
    await panel.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => cards().first().textContent()).toContain(emailOf(0));
    await cards().first().getByRole('button').first().focus();
    // Two buttons a card (edit, delete) for synced clips: 60 presses reach card 31.
    for (let i = 0; i < 60; i++) await panel.keyboard.press('Tab');
    const focused = await panel.evaluate(() => {
      const card = document.activeElement?.closest('[data-testid=clip]');
      return { position: Number(card?.getAttribute('aria-posinset')), text: card?.textContent ?? '' };
    });
    expect(focused.position).toBe(31);
    expect(focused.text).toContain(emailOf(30));
    expect(await cards().count()).toBeLessThanOrEqual(MOST_CARDS_IN_PAGE);
  });

  it('deletes a clip found by search (two clicks); the count says 4,999', async () => {
    await search(emailOf(4321));
    await expect.poll(() => cards().count(), { timeout: 15_000 }).toBe(1);
    await cards().getByRole('button', { name: '删除' }).click();
    await cards().getByRole('button', { name: '确认删除' }).click();
    await expect
      .poll(() => panel.getByTestId('tab-saved').textContent(), { timeout: 15_000 })
      .toContain('4999');
    await expect.poll(() => cards().count()).toBe(0);
    expect(await panel.getByText('没有符合搜索的联系人。').count()).toBe(1);
    const stored = await storedClipsOf<{ id: string }>(
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')),
    );
    expect(stored).toHaveLength(4999);
    expect(stored.map((c) => c.id)).not.toContain(CLIPS[4321]?.id);
  });
});
