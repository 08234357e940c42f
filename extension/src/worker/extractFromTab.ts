import { PageReadError, pageReadProblemOf } from '../logic/pageReadProblem.ts';
import { PageEnvelopeSchema, type PageResult } from '../messages/requestSchemas.ts';
import { isFromInjectedTab, type SenderLike } from '../messages/senderChecks.ts';
import { ExtractedContactSchema } from '../model/extractedContactSchema.ts';
import type {} from '../page/residentExtractor.ts';

/** The bundled extractor (scripts/buildExtractor.mjs writes it next to manifest.json). */
export const EXTRACTOR_FILE = 'extractor.js';

const pending = new Map<string, { tabId: number; resolve: (r: PageResult) => void }>();

/**
 * Reads one tab with the extractor (injected first when the tab holds none of this version's) and
 * waits for its result. The result must come back with
 * the request id we generated, from the top frame of that tab (see isFromInjectedTab). The
 * extractor stops reading a page after its own time budget, well within this timeout. A page
 * that cannot be read rejects with a PageReadError naming why.
 */
export async function extractFromTab(tabId: number, region: string, timeoutMs = 15_000): Promise<PageResult> {
  const requestId = crypto.randomUUID();
  const result = new Promise<PageResult>((resolve, reject) => {
    pending.set(requestId, { tabId, resolve });
    setTimeout(() => {
      if (pending.delete(requestId)) reject(new PageReadError('timeout', ''));
    }, timeoutMs);
  });
  try {
    // The extractor a read of this document left behind, if it is this version's; else the script
    // is injected (a new document, or an extension updated since) and called.
    if (!(await callResident(tabId, requestId, region))) {
      await chrome.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
      if (!(await callResident(tabId, requestId, region)))
        throw new PageReadError('unknown', `${EXTRACTOR_FILE} did not define its reader`);
    }
  } catch (error) {
    pending.delete(requestId);
    if (error instanceof PageReadError) throw error;
    // The browser's text is for developers (and in English): the panel words the problem it names.
    const detail = error instanceof Error ? error.message : String(error);
    throw new PageReadError(pageReadProblemOf(detail), detail);
  }
  return result;
}

/**
 * Calls the extractor left in the tab's isolated world when it is this extension version's (an
 * extractor whose extension was reloaded or updated has lost its connection to the worker, and
 * its code may be the old one's). False when there is none to call.
 */
async function callResident(tabId: number, requestId: string, region: string): Promise<boolean> {
  const [frame] = await chrome.scripting.executeScript({
    target: { tabId },
    // Runs in the page, serialised: it can use nothing from this module.
    func: (id: string, r: string, version: string) => {
      const extract = globalThis.__crmClipperExtract;
      if (extract?.version !== version || chrome.runtime?.id === undefined) return false;
      extract(id, r);
      return true;
    },
    args: [requestId, region, chrome.runtime.getManifest().version],
  });
  return frame?.result === true;
}

/**
 * onMessage hook for page results; true when the message was a page result we were waiting for.
 * Contacts are checked one by one: a malformed one is dropped, the others are kept.
 */
export function acceptPageResult(message: unknown, sender: SenderLike): boolean {
  const parsed = PageEnvelopeSchema.safeParse(message);
  if (!parsed.success) return false;
  const waiting = pending.get(parsed.data.requestId);
  if (!waiting || !isFromInjectedTab(sender, chrome.runtime.id, waiting.tabId)) return false;
  pending.delete(parsed.data.requestId);
  const contacts = parsed.data.contacts.flatMap((c) => {
    const contact = ExtractedContactSchema.safeParse(c);
    return contact.success ? [contact.data] : [];
  });
  waiting.resolve({ ...parsed.data, contacts });
  return true;
}
