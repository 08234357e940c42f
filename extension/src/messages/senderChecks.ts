/** The parts of runtime.MessageSender the checks read. */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

/** Who we are: runtime.id and runtime.getURL('') (chrome-extension://<id>/ or moz-extension://<uuid>/). */
export interface OwnExtension {
  id: string;
  baseUrl: string;
}

/**
 * A request from one of our own pages (side panel, options): sent by this extension and from
 * one of its own pages, never from a content script running in a web page. The page address is
 * compared with runtime.getURL(''): Firefox serves pages from moz-extension://<internal uuid>/,
 * which is not its runtime.id.
 */
export function isFromOwnPage(sender: SenderLike, own: OwnExtension): boolean {
  if (sender.id !== own.id) return false;
  const page = sender.url ?? sender.origin ?? '';
  const base = own.baseUrl.endsWith('/') ? own.baseUrl : `${own.baseUrl}/`;
  return page.startsWith(base);
}

/**
 * A page result: sent by our injected script (same extension id), from the top frame of the very
 * tab we injected into. Anything else (another tab, an iframe, a forged message) is ignored.
 */
export function isFromInjectedTab(sender: SenderLike, extensionId: string, injectedTabId: number): boolean {
  return sender.id === extensionId && sender.tab?.id === injectedTabId && (sender.frameId ?? 0) === 0;
}
