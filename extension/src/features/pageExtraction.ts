import browser, { type Runtime } from 'webextension-polyfill';
import { acceptPageResult, extractFromTab } from '../worker/extractFromTab.ts';
import { openSidePanel } from '../worker/openSidePanel.ts';
import { readSettings } from '../worker/storage.ts';
import { defineFeature, type RequestOf } from './feature.ts';

/**
 * Page extraction: the toolbar button opens the side panel (the click grants activeTab for that
 * tab), and the panel asks for the contacts on its tab; the extractor is injected only then.
 */
export const pageExtraction = defineFeature({
  id: 'page-extraction',
  install() {
    browser.action.onClicked.addListener((tab) => {
      if (tab.id !== undefined) openSidePanel(tab.id);
    });
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
      acceptPageResult(message, sender);
      return undefined;
    });
  },
  handlers: {
    async 'extract-page'({ tabId }: RequestOf<'extract-page'>) {
      const settings = await readSettings();
      const result = await extractFromTab(tabId, settings.region);
      return { url: result.url, title: result.title, contacts: result.contacts, truncated: result.truncated };
    },
  },
});
