import browser from 'webextension-polyfill';
import { getAccessToken, signOut } from '../worker/accessToken.ts';
import { applyOutbox, forgetKnownCustomers, readSettings } from '../worker/storage.ts';
import { resumeSync, SYNC_ALARM, scheduleRetry, syncOutbox } from '../worker/syncScheduler.ts';
import { defineFeature, type RequestOf } from './feature.ts';

const quietly = (task: Promise<unknown>) => void task.catch(() => undefined);

/**
 * Sync to the user's Google Sheet: retries by alarm (so a backoff or a Retry-After is waited out
 * even when the worker is stopped meanwhile), resumed whenever the worker starts, on demand,
 * per clip; sign-in and sign-out.
 */
export const sheetSync = defineFeature({
  id: 'sheet-sync',
  install() {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) quietly(syncOutbox(false));
    });
    browser.runtime.onStartup.addListener(() => quietly(resumeSync()));
    globalThis.addEventListener('online', () => quietly(syncOutbox(false)));
    // Every start of the worker: a clip left `sending` by a stopped worker is not left waiting.
    quietly(resumeSync());
  },
  handlers: {
    /** Everything waiting (backoff or failed) is tried at once. */
    async 'sync-now'() {
      await applyOutbox({ type: 'retry-all', now: Date.now() });
      return syncOutbox(true);
    },
    async 'retry-clip'({ id }: RequestOf<'retry-clip'>) {
      await applyOutbox({ type: 'retry', clipId: id, now: Date.now() });
      return syncOutbox(true);
    },
    async 'sign-in'() {
      await getAccessToken(await readSettings(), true);
      return { signedIn: true };
    },
    /** Forgets the token and everything read from the sheet; clips and settings stay. */
    async 'sign-out'() {
      await signOut();
      await forgetKnownCustomers();
      await scheduleRetry(null);
      return { signedOut: true };
    },
  },
});
