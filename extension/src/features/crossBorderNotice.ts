import { acknowledgeCrossBorder } from '../worker/storage.ts';
import { syncOutbox } from '../worker/syncScheduler.ts';
import { defineFeature } from './feature.ts';

/**
 * Cross-border notice (个人信息保护法 art. 38–39): the user's Google Sheet is stored on Google's
 * servers outside mainland China. The sync sends nothing until the user has read that in the
 * panel and confirmed; the confirmation is kept with its time (and goes with "Delete all data"),
 * then everything that waited is sent.
 */
export const crossBorderNotice = defineFeature({
  id: 'cross-border-notice',
  handlers: {
    async 'acknowledge-cross-border'() {
      await acknowledgeCrossBorder(new Date());
      return syncOutbox(true);
    },
  },
});
