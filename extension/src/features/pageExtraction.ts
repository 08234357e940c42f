import { acceptPageResult, extractFromTab } from '../worker/extractFromTab.ts';
import { readSettings } from '../worker/storage.ts';
import { defineFeature, type RequestOf } from './feature.ts';

/**
 * Page extraction: the toolbar button opens the side panel (the click grants activeTab for that
 * tab), and the panel asks for the contacts on its tab; the extractor is injected only then.
 */
export const pageExtraction = defineFeature({
  id: 'page-extraction',
  install() {
    chrome.action.onClicked.addListener((tab) => {
      if (tab.id !== undefined) void chrome.sidePanel.open({ tabId: tab.id });
    });
    chrome.runtime.onMessage.addListener((message, sender) => {
      acceptPageResult(message, sender);
      return false;
    });
  },
  handlers: {
    async 'extract-page'({ tabId }: RequestOf<'extract-page'>) {
      const settings = await readSettings();
      const result = await extractFromTab(tabId, settings.region);
      return { url: result.url, title: result.title, contacts: result.contacts };
    },
  },
});
