import { spreadsheetIdOf } from '../model/settings.ts';
import { runSync, type SyncReport } from '../sheets/runSync.ts';
import { createSheetsClient } from '../sheets/sheetsClient.ts';
import { uiLanguage } from '../texts/uiTexts.ts';
import { getAccessToken } from './accessToken.ts';
import { applyOutbox, readClips, readOutbox, readSettings, serialized, writeClips } from './storage.ts';

let running: Promise<SyncReport> | null = null;

/**
 * Runs the outbox against the configured sheet; a call while a run is going joins it. Does
 * nothing (entries stay pending) until a spreadsheet is configured.
 */
export function syncOutbox(interactive = false): Promise<SyncReport | null> {
  if (running) return running;
  const run = (async () => {
    const settings = await readSettings();
    const spreadsheetId = spreadsheetIdOf(settings.spreadsheet);
    if (!spreadsheetId) return { synced: [], failed: [], pending: (await readOutbox()).length };
    return runSync({
      store: {
        readOutbox,
        applyOutbox,
        readClips,
        markSynced: (ids, at) =>
          serialized(async () => {
            const set = new Set(ids);
            await writeClips((await readClips()).map((c) => (set.has(c.id) ? { ...c, syncedAt: at } : c)));
          }),
      },
      client: async () =>
        createSheetsClient({
          baseUrl: settings.apiBaseUrl,
          spreadsheetId,
          accessToken: await getAccessToken(settings, interactive),
        }),
      sheetName: settings.sheetName,
      language: uiLanguage(),
    });
  })();
  running = run;
  void run.finally(() => {
    if (running === run) running = null;
  });
  return run;
}
