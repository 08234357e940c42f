import browser from 'webextension-polyfill';
import { signOut } from '../worker/accessToken.ts';
import { clearAllStorage } from '../worker/storage.ts';
import { settleSync } from '../worker/syncScheduler.ts';
import { defineFeature } from './feature.ts';

/**
 * "Delete all data" (个人信息保护法 art. 47: the handler deletes on the person's request): every
 * clip, the outbox, the settings, the pending selection, the cross-border acknowledgement, the
 * known-customer lookup and the access token, in every storage area, and no alarm left to wake the worker. The user's own
 * Google Sheet is their document and is not touched.
 */
export const dataDeletion = defineFeature({
  id: 'data-deletion',
  handlers: {
    async 'delete-all-data'() {
      await browser.alarms.clearAll();
      // A sync in flight would write its result back after the wipe: let it finish first.
      await settleSync();
      await signOut();
      await clearAllStorage();
      await browser.alarms.clearAll();
      return { deleted: true };
    },
  },
});
