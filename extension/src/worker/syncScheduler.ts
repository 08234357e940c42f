import browser from 'webextension-polyfill';
import { nextDueAt } from '../logic/outbox.ts';
import { withSentCells, withSynced } from '../logic/syncMarks.ts';
import { sheetsApiBaseOf, spreadsheetIdOf } from '../model/settings.ts';
import { runSync, type SyncReport } from '../sheets/runSync.ts';
import { createSheetsClient } from '../sheets/sheetsClient.ts';
import { uiLanguage } from '../texts/uiTexts.ts';
import { getAccessToken } from './accessToken.ts';
import {
  applyOutbox,
  markClips,
  readClipsById,
  readCrossBorderAcknowledgement,
  readOutbox,
  readSettings,
  serialized,
} from './storage.ts';

/** The alarm that wakes the worker for the next retry. */
export const SYNC_ALARM = 'sync-retry';

/**
 * While a run is going, the alarm stands this far ahead as a watchdog: a worker stopped
 * mid-request (the browser stops idle or long-running workers) leaves its batch `sending`, and
 * the alarm brings a new worker back to send it. 30 s is Chrome's shortest alarm for a packed
 * extension; a finished run replaces the alarm with its own next attempt.
 */
const WATCHDOG_MS = 30_000;

let running: Promise<SyncReport> | null = null;

/**
 * Sets the retry alarm for the earliest waiting entry, or clears it. An alarm, unlike a timer,
 * outlives the service worker: the browser starts the worker again to deliver it
 * (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle).
 * Browsers may deliver it later than asked (Chrome: no sooner than 30 s for a packed
 * extension), never sooner, so a server's Retry-After is honoured.
 */
export async function scheduleRetry(at: number | null): Promise<void> {
  if (at === null) await browser.alarms.clear(SYNC_ALARM);
  else browser.alarms.create(SYNC_ALARM, { when: Math.max(at, Date.now() + 1000) });
}

async function runOnce(interactive: boolean): Promise<SyncReport> {
  const settings = await readSettings();
  const spreadsheetId = spreadsheetIdOf(settings.spreadsheet);
  if (!spreadsheetId) {
    const entries = await readOutbox();
    return { synced: [], failed: [], pending: entries.length, nextAttemptAt: null };
  }
  if (!(await readCrossBorderAcknowledgement())) {
    // Not one request to Google (sign-in included) before the user has read the cross-border
    // notice: the clips wait in the outbox, and confirming the notice starts the sync.
    const entries = await readOutbox();
    await scheduleRetry(null);
    return { synced: [], failed: [], pending: entries.length, nextAttemptAt: null, awaitingNotice: true };
  }
  await scheduleRetry(Date.now() + WATCHDOG_MS);
  const report = await runSync({
    store: {
      readOutbox,
      applyOutbox,
      readClips: readClipsById,
      // Only the clips a round sends or marks synced are rewritten.
      markSending: (sentCells) =>
        serialized(() => markClips(Object.keys(sentCells), (clips) => withSentCells(clips, sentCells))),
      markSynced: (ids, at, sheetCells) =>
        serialized(() => markClips(ids, (clips) => withSynced(clips, ids, at, sheetCells))),
    },
    client: async () =>
      createSheetsClient({
        baseUrl: sheetsApiBaseOf(settings),
        spreadsheetId,
        accessToken: await getAccessToken(settings, interactive),
      }),
    sheetName: settings.sheetName,
    language: uiLanguage(),
  });
  await scheduleRetry(report.nextAttemptAt);
  return report;
}

/**
 * Runs the outbox against the configured sheet; a call while a run is going joins it. Does
 * nothing (entries stay pending) until a spreadsheet is configured and the user has confirmed
 * the cross-border notice. Whatever is left waiting gets the retry alarm, so the sync finishes
 * by itself.
 */
export function syncOutbox(interactive = false): Promise<SyncReport> {
  if (running) return running;
  const run = runOnce(interactive);
  running = run;
  void run.finally(() => {
    if (running === run) running = null;
  });
  return run;
}

/** Resolves when no sync is running (whatever its outcome). */
export async function settleSync(): Promise<void> {
  await running?.catch(() => undefined);
}

/**
 * After the worker (re)starts: anything due, or left `sending` by a worker that was stopped
 * mid-request, is sent now; anything waiting keeps its alarm.
 */
export async function resumeSync(): Promise<void> {
  const entries = await readOutbox();
  if (entries.length === 0) return;
  const due = nextDueAt(entries);
  if (entries.some((e) => e.status === 'sending') || (due !== null && due <= Date.now())) {
    await syncOutbox(false);
  } else {
    await scheduleRetry(due);
  }
}
