import browser from 'webextension-polyfill';

/**
 * Opens the panel for a tab: Firefox's sidebar (manifest `sidebar_action`), else Chrome's side
 * panel. Both only open from a user action's handler, so call this before any `await`.
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/sidebarAction/open and
 * https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open
 */
export function openSidePanel(tabId: number): void {
  // The polyfill passes namespaces it does not know through, and Chrome has no sidebarAction.
  const sidebar: typeof browser.sidebarAction | undefined = browser.sidebarAction;
  if (sidebar) void sidebar.open().catch(() => undefined);
  else void chrome.sidePanel.open({ tabId }).catch(() => undefined);
}
