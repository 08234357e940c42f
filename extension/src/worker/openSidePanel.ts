import browser from 'webextension-polyfill';

/**
 * Opens the panel for a tab: Firefox's sidebar (manifest `sidebar_action`), else Chrome's side
 * panel. Both only open from a user action's handler, so call this before any `await`.
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/sidebarAction/open and
 * https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open
 */
export function openSidePanel(tabId: number): void {
  // Plasmo inlines the build's browser (https://docs.plasmo.com/framework/env#built-in-environment-variables),
  // so each build keeps only its own call: Firefox has no sidePanel, Chrome no sidebarAction.
  if (process.env.PLASMO_BROWSER === 'firefox') void browser.sidebarAction.open().catch(() => undefined);
  else void chrome.sidePanel.open({ tabId }).catch(() => undefined);
}
