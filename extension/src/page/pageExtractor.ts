// The script injected on demand into the active tab (chrome.scripting.executeScript, files:
// ['extractor.js']). Built as a separate IIFE by scripts/buildExtractor.mjs; it only defines a
// function in the extension's isolated world, which the worker then calls with a request id for
// this read and every later one of the same document (residentExtractor.ts).
import { type ExtractedContact, extractPage } from '@crm/shared/extract';
import type { ResidentExtractor } from './residentExtractor.ts';

/** The panel lists at most this many candidates (the worker's schema accepts no more). */
const MAX_CONTACTS = 200;

function readPage(requestId: string, region: string): void {
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
}

const resident: ResidentExtractor = Object.assign(readPage, {
  version: chrome.runtime.getManifest().version,
});
globalThis.__crmClipperExtract = resident;
