// The script injected on demand into the active tab (chrome.scripting.executeScript, files:
// ['extractor.js']). Built as a separate IIFE by scripts/buildExtractor.mjs; it only defines a
// function in the extension's isolated world, which the worker then calls with a request id.
import { type ExtractedContact, extractPage } from '@crm/shared/extract';

declare global {
  var __crmClipperExtract: ((requestId: string, region: string) => void) | undefined;
}

/** The panel lists at most this many candidates (the worker's schema accepts no more). */
const MAX_CONTACTS = 200;

globalThis.__crmClipperExtract = (requestId: string, region: string) => {
  let contacts: ExtractedContact[] = [];
  let truncated = false;
  try {
    // The extractor's own time budget keeps a huge page from holding the tab; it says when it stopped.
    const result = extractPage(document, { url: location.href, region });
    contacts = result.contacts;
    truncated = result.truncated;
  } catch {
    contacts = [];
  }
  void chrome.runtime.sendMessage({
    type: 'page-contacts',
    requestId,
    url: location.href,
    title: document.title,
    contacts: contacts.slice(0, MAX_CONTACTS),
    truncated: truncated || contacts.length > MAX_CONTACTS,
  });
};
