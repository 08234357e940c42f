// The script injected on demand into the active tab (chrome.scripting.executeScript, files:
// ['extractor.js']). Built as a separate IIFE by scripts/buildExtractor.mjs; it only defines a
// function in the extension's isolated world, which the worker then calls with a request id.
import { extractContacts } from '@crm/shared/extract';

declare global {
  var __crmClipperExtract: ((requestId: string, region: string) => void) | undefined;
}

globalThis.__crmClipperExtract = (requestId: string, region: string) => {
  let contacts: unknown[] = [];
  try {
    contacts = extractContacts(document, { url: location.href, region });
  } catch {
    contacts = [];
  }
  void chrome.runtime.sendMessage({
    type: 'page-contacts',
    requestId,
    url: location.href,
    title: document.title,
    contacts: contacts.slice(0, 200),
  });
};
