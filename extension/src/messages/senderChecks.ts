/** The parts of chrome.runtime.MessageSender the checks read. */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

/**
 * A request from one of our own pages (side panel, options): sent by this extension and from a
 * chrome-extension://<our id>/ page, never from a content script running in a web page.
 */
export function isFromOwnPage(sender: SenderLike, extensionId: string): boolean {
  if (sender.id !== extensionId) return false;
  const page = sender.url ?? sender.origin ?? '';
  return page.startsWith(`chrome-extension://${extensionId}/`);
}

/**
 * A page result: sent by our injected script (same extension id), from the top frame of the very
 * tab we injected into. Anything else (another tab, an iframe, a forged message) is ignored.
 */
export function isFromInjectedTab(sender: SenderLike, extensionId: string, injectedTabId: number): boolean {
  return sender.id === extensionId && sender.tab?.id === injectedTabId && (sender.frameId ?? 0) === 0;
}
