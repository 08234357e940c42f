// Benchmark of the extension's clip storage in real Chromium with the built extension (the TEST
// build): with 1,000 and 5,000 realistic synced clips stored, how long one save takes (the
// panel's message answered) and until it is synced to a local Sheets double, and how soon the
// side panel lists 5,000 clips and finds the last of them. Figures, not tests.
//
// CRM_BENCH_OLD_EXTENSION=<folder of an earlier build> measures that build too, its storage
// seeded as it kept clips (one array under `clips`), for a side-by-side comparison;
// CRM_BENCH_OTHER_EXTENSION=<folder of another build keeping a key per clip> (main's, say) measures
// that one too, with the same storage; CRM_BENCH_PANEL_ONLY=1 times the side panel only.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planClipMigration } from '../extension/src/logic/clipMigration.ts';
import { realisticClips } from '../extension/src/testing/realisticClips.ts';
import { SheetsRestDouble } from '../test/doubles/sheetsRestDouble.ts';
import {
  chromiumAvailable,
  launchWithExtension,
  liveWorker,
  saveClipByMessage,
  setUpSync,
} from '../test/support/chromium.ts';
import { ensureExtensionBuild } from '../test/support/extensionBuilds.ts';

const SIZES = (process.env.CRM_BENCH_PANEL_ONLY ? [] : [1000, 5000]) as readonly number[];
const SAVES = 3;
const PANEL_CLIPS = 5000;
/** The host is shared and noisy: the panel's figures are medians of this many runs. */
const PANEL_RUNS = 3;

type Layout = 'array' | 'keys';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const round = (ms: number) => Math.round(ms);

/** Storage items holding `count` synced clips the way `layout` keeps them (region CN). */
function seedItems(count: number, layout: Layout): Record<string, unknown> {
  const clips = realisticClips(count);
  return layout === 'array' ? { clips } : planClipMigration({ clips }, 'CN').set;
}

async function withExtension<T>(
  extensionDir: string,
  task: (browser: Awaited<ReturnType<typeof launchWithExtension>>) => Promise<T>,
): Promise<T> {
  const loaded = mkdtempSync(join(tmpdir(), 'crm-bench-ext-'));
  cpSync(extensionDir, loaded, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'crm-bench-chromium-'));
  const browser = await launchWithExtension(userDataDir, loaded);
  try {
    return await task(browser);
  } finally {
    await browser.context.close();
    for (const dir of [userDataDir, loaded]) rmSync(dir, { recursive: true, force: true });
  }
}

/** Median time of one save (answered, and synced) with `count` clips stored. */
async function timeSaves(extensionDir: string, layout: Layout, count: number) {
  const double = new SheetsRestDouble();
  await double.start();
  double.addSpreadsheet('bench-clip-storage', [{ title: 'Customers', values: [] }]);
  try {
    return await withExtension(extensionDir, async ({ context, extensionId, worker }) => {
      await setUpSync(worker, {
        apiBaseUrl: double.url,
        spreadsheet: 'bench-clip-storage',
        acknowledged: true,
      });
      await worker.evaluate((items) => chrome.storage.local.set(items), seedItems(count, layout));
      const panel = await context.newPage();
      // Saved from the side panel, as a user does: it follows storage while the worker writes.
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      const answered: number[] = [];
      const synced: number[] = [];
      for (let i = 0; i < SAVES; i++) {
        const started = performance.now();
        const saved = await saveClipByMessage(panel, {
          name: `周海燕${i}`,
          organization: '宁波港联国际物流有限公司',
          emails: [`zhou.haiyan.${i}@ganglian-logistics.cn`],
          phones: [`+86138574123${String(i).padStart(2, '0')}`],
          legalBasis: 'public-business-contact',
        });
        answered.push(performance.now() - started);
        const id = saved.value.clip?.id ?? '';
        for (;;) {
          const w = await liveWorker(context, extensionId, panel);
          const done = await w.evaluate(
            async ({ id, layout }) => {
              if (layout === 'array') {
                const { clips } = await chrome.storage.local.get('clips');
                return Boolean(
                  (clips as { id: string; syncedAt: string | null }[]).find((c) => c.id === id)?.syncedAt,
                );
              }
              const got = await chrome.storage.local.get(`clip:${id}`);
              return Boolean((got[`clip:${id}`] as { syncedAt: string | null } | undefined)?.syncedAt);
            },
            { id, layout },
          );
          if (done) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        synced.push(performance.now() - started);
      }
      return { answeredMs: round(median(answered)), syncedMs: round(median(synced)) };
    });
  } finally {
    await double.stop();
  }
}

/**
 * The side panel with `count` clips stored: from opening it (and clicking its Saved tab) to the
 * first clip listed; to the last clip found by searching its email (every clip read and
 * searchable); then, the list scrolled to its end and the search cleared, from a save to the new
 * clip listed there. The panel lists only the cards on screen (SavedClipsView), so these replace
 * counting all the cards in the page. The same steps time any build, earlier ones included.
 * Playwright's own round trips (its click waits for the tab to be stable) weigh on the first
 * figure on a loaded host, so the page's clock times it too: from navigation start, and from the
 * click on the Saved tab, to the first card in the page.
 */
/** Records in the page when the Saved tab is clicked and when the first card appears. */
const PAGE_CLOCK = `
  window.panelClock = { clickAt: NaN, firstAt: NaN };
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-testid=tab-saved]'))
      window.panelClock.clickAt = performance.now();
  }, true);
  new MutationObserver((records, observer) => {
    if (document.querySelector('[data-testid=clip]')) {
      window.panelClock.firstAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function timePanel(extensionDir: string, layout: Layout, count: number) {
  return withExtension(extensionDir, async ({ context, extensionId, worker }) => {
    const clips = realisticClips(count);
    await worker.evaluate(
      (items) => chrome.storage.local.set(items),
      layout === 'array' ? { clips } : planClipMigration({ clips }, 'CN').set,
    );
    const panel = await context.newPage();
    await panel.addInitScript({ content: PAGE_CLOCK });
    const listedWith = (text: string) =>
      panel.waitForFunction(
        (text) =>
          Array.from(document.querySelectorAll('[data-testid=clip]')).some((card) =>
            card.textContent?.includes(text),
          ),
        text,
        { timeout: 300_000, polling: 20 },
      );
    const started = performance.now();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByTestId('tab-saved').click();
    await panel.waitForFunction(() => document.querySelector('[data-testid=clip]') !== null, null, {
      timeout: 300_000,
      polling: 20,
    });
    const firstMs = round(performance.now() - started);
    const page = (await panel.evaluate('window.panelClock')) as { clickAt: number; firstAt: number };
    const lastEmail = clips.at(-1)?.contact.emails[0] ?? '';
    await panel.getByRole('searchbox').fill(lastEmail);
    await listedWith(lastEmail);
    const lastMs = round(performance.now() - started);
    await panel.getByRole('searchbox').fill('');
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid=clip]').length > n, 1, {
      timeout: 300_000,
      polling: 20,
    });
    await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await listedWith(lastEmail);
    const saving = performance.now();
    await saveClipByMessage(panel, {
      name: '周海燕',
      organization: '宁波港联国际物流有限公司',
      emails: ['zhou.haiyan.bench@ganglian-logistics.cn'],
      legalBasis: 'public-business-contact',
    });
    await listedWith('zhou.haiyan.bench@ganglian-logistics.cn');
    return {
      firstMs,
      pageFirstMs: round(page.firstAt),
      afterClickMs: round(page.firstAt - page.clickAt),
      lastMs,
      saveShownMs: round(performance.now() - saving),
    };
  });
}

export async function run(): Promise<void> {
  if (!chromiumAvailable('clip storage bench')) return;
  const builds: { name: string; dir: string; layout: Layout }[] = [
    { name: 'this build (a key per clip)', dir: ensureExtensionBuild('test'), layout: 'keys' },
  ];
  const old = process.env.CRM_BENCH_OLD_EXTENSION;
  if (old) builds.push({ name: 'earlier build (one array)', dir: old, layout: 'array' });
  const other = process.env.CRM_BENCH_OTHER_EXTENSION;
  if (other) builds.push({ name: `build in ${other} (a key per clip)`, dir: other, layout: 'keys' });
  for (const build of builds) {
    for (const count of SIZES) {
      const { answeredMs, syncedMs } = await timeSaves(build.dir, build.layout, count);
      console.log(
        `clip storage, ${build.name}: one save with ${count} clips stored: answered in ${answeredMs} ms, ` +
          `synced in ${syncedMs} ms (medians of ${SAVES})`,
      );
    }
    const runs: Awaited<ReturnType<typeof timePanel>>[] = [];
    for (let i = 0; i < PANEL_RUNS; i++) runs.push(await timePanel(build.dir, build.layout, PANEL_CLIPS));
    const of = (pick: (run: (typeof runs)[number]) => number) => median(runs.map(pick));
    console.log(
      `clip storage, ${build.name}: side panel with ${PANEL_CLIPS} clips: first clip listed in ` +
        `${of((r) => r.firstMs)} ms (page's clock: ${of((r) => r.pageFirstMs)} ms from navigation, ` +
        `${of((r) => r.afterClickMs)} ms after the click on Saved), ` +
        `the last one found by a search in ${of((r) => r.lastMs)} ms; ` +
        `a save is listed there ${of((r) => r.saveShownMs)} ms after it is sent (medians of ${PANEL_RUNS})`,
    );
  }
}
