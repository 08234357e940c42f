import { getAccessToken } from '../worker/accessToken.ts';
import { applyOutbox, readSettings } from '../worker/storage.ts';
import { syncOutbox } from '../worker/syncScheduler.ts';
import { defineFeature, type RequestOf } from './feature.ts';

/** Sync to the user's Google Sheet: on demand, per-clip retry, sign-in, and on browser start. */
export const sheetSync = defineFeature({
  id: 'sheet-sync',
  install() {
    chrome.runtime.onStartup.addListener(() => void syncOutbox(false).catch(() => undefined));
    globalThis.addEventListener('online', () => void syncOutbox(false).catch(() => undefined));
  },
  handlers: {
    async 'sync-now'() {
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
  },
});
