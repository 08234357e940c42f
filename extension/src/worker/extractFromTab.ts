import { PageReadError, pageReadProblemOf } from '../logic/pageReadProblem.ts';
import { PageEnvelopeSchema, type PageResult } from '../messages/requestSchemas.ts';
import { isFromInjectedTab, type SenderLike } from '../messages/senderChecks.ts';
import { ExtractedContactSchema } from '../model/extractedContactSchema.ts';

/** The bundled extractor (scripts/buildExtractor.mjs writes it next to manifest.json). */
export const EXTRACTOR_FILE = 'extractor.js';

const pending = new Map<string, { tabId: number; resolve: (r: PageResult) => void }>();

/**
 * Injects the extractor into one tab and waits for its result. The result must come back with
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
    await chrome.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
    await chrome.scripting.executeScript({
      target: { tabId },
      func: (id: string, r: string) => globalThis.__crmClipperExtract?.(id, r),
      args: [requestId, region],
    });
  } catch (error) {
    pending.delete(requestId);
    // The browser's text is for developers (and in English): the panel words the problem it names.
    const detail = error instanceof Error ? error.message : String(error);
    throw new PageReadError(pageReadProblemOf(detail), detail);
  }
  return result;
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

declare global {
  var __crmClipperExtract: ((requestId: string, region: string) => void) | undefined;
}
