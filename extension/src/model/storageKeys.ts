/**
 * chrome.storage.local keys. The worker writes them; the side panel and the options page read
 * them and listen for changes. Kept apart from worker/storage.ts so the pages import the names
 * without the worker's storage code (and the schemas and core parsers it pulls into a bundle).
 */
export const STORAGE_KEYS = {
  clips: 'clips',
  outbox: 'outbox',
  settings: 'settings',
  knownCustomers: 'knownCustomers',
  pendingSelection: 'pendingSelection',
  /**
   * Test hook: an access token used in place of launchWebAuthFlow, read ONLY when the configured
   * Sheets API base URL is a loopback address (a local REST double). Never used for Google.
   */
  devAccessToken: 'devAccessToken',
} as const;
