// Debian's Chromium as the browser tests and benches launch it (../shared/TESTING.md): no
// network beyond loopback, so the background services that phone home are switched off.
import { existsSync } from 'node:fs';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run. In CI a missing Chromium is an error (.ci/run installs
 * it); elsewhere the suite says why it skips.
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium).`);
  console.info(`[${suite}] skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
  return false;
}

/**
 * Chromium with the unpacked extension in `extensionDir` loaded, in a profile at `userDataDir`,
 * with the browser's UI language and locale set to `language` (zh_CN, en_US): the context, the
 * extension's service worker and its id.
 */
export async function launchWithExtension(
  userDataDir: string,
  extensionDir: string,
  language: 'zh_CN' | 'en_US' = 'zh_CN',
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 420, height: 900 },
    env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_ARGS,
      `--lang=${language.replace('_', '-')}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * The extension's running service worker, started again when the browser stopped it (as it
 * stops an idle one): a message sent from `extensionPage`, one of the extension's own pages,
 * wakes it. The listener is set before the message, so a quick start is not missed.
 */
export async function liveWorker(
  context: BrowserContext,
  extensionId: string,
  extensionPage: Page,
): Promise<Worker> {
  const running = context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (running) return running;
  const started = context.waitForEvent('serviceworker');
  await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
  return started;
}

/**
 * What a user enters on the options page before syncing: their spreadsheet (here the REST double
 * at `apiBaseUrl`), the 'Customers' tab, region CN, owner 李雷, and a signed-in token; with
 * `acknowledged`, the cross-border notice confirmed too (its own test: extension.crossBorder.e2e).
 */
export async function setUpSync(
  worker: Worker,
  options: { apiBaseUrl: string; spreadsheet: string; acknowledged: boolean },
): Promise<void> {
  await worker.evaluate(async ({ apiBaseUrl, spreadsheet, acknowledged }) => {
    await chrome.storage.local.set({
      settings: { spreadsheet, sheetName: 'Customers', apiBaseUrl, region: 'CN', defaultOwner: '李雷' },
      ...(acknowledged ? { crossBorderNotice: { acknowledgedAt: new Date().toISOString() } } : {}),
    });
    await chrome.storage.session.set({ testAccessToken: 'test-token' });
  }, options);
}

/** The worker's answer to a saved clip. */
export interface SavedClip {
  ok: boolean;
  value: { kind: string; clip?: { id: string } };
}

/**
 * Saves a contact through the panel's own message to the worker (what the form sends), from a
 * page at `url` or typed in (null).
 */
export function saveClipByMessage(
  panel: Page,
  contact: Record<string, unknown>,
  url: string | null = null,
): Promise<SavedClip> {
  return panel.evaluate(
    async ({ contact, url }) =>
      (await chrome.runtime.sendMessage({
        type: 'save-clip',
        contact,
        origin: { url, kind: 'manual' },
      })) as SavedClip,
    { contact, url },
  );
}

/**
 * The clips in the extension's storage.local as the worker keeps them: a key per clip
 * (`clip:<id>`), in the order the index (`clipIndex`) lists them.
 */
export function storedClipsOf<T = Record<string, unknown>>(worker: Worker): Promise<T[]> {
  return worker.evaluate(async () => {
    // The index is one JSON text: {"region":…,"clips":[[id, …digests], …]}.
    const { clipIndex } = await chrome.storage.local.get('clipIndex');
    const parsed = (typeof clipIndex === 'string' ? JSON.parse(clipIndex) : { clips: [] }) as {
      clips: string[][];
    };
    const ids = parsed.clips.map((entry) => entry[0] ?? '');
    const got = await chrome.storage.local.get(ids.map((id) => `clip:${id}`));
    return ids.flatMap((id) => (got[`clip:${id}`] === undefined ? [] : [got[`clip:${id}`]]));
  }) as Promise<T[]>;
}

/**
 * Scrolls the side panel to the end of its Saved list, as a user does to reach the latest clips:
 * the list holds only the cards on screen, placed by measured heights, so the page grows as it
 * measures them; scrolled again until it stays at its end. Waits first until every clip is read
 * (the line saying how many are read is gone), so the end is the last clip's.
 */
export async function scrollToListEnd(panel: Page): Promise<void> {
  await panel.getByTestId('clips-loading').waitFor({ state: 'detached', timeout: 120_000 });
  await panel.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let settled = 0;
    for (let i = 0; i < 100 && settled < 3; i++) {
      const end = document.documentElement.scrollHeight - window.innerHeight;
      if (Math.abs(window.scrollY - end) <= 1) settled += 1;
      else {
        settled = 0;
        window.scrollTo(0, end);
      }
      await frame();
    }
  });
}
