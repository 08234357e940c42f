/**
 * storage.local keys. The worker writes them; the side panel and the options page read them and
 * listen for changes. Kept apart from worker/storage.ts so the pages import the names without
 * the worker's storage code (and the schemas and core parsers it pulls into a bundle).
 */
export const STORAGE_KEYS = {
  clips: 'clips',
  outbox: 'outbox',
  settings: 'settings',
  pendingSelection: 'pendingSelection',
  /** Set by "Sign out": background syncs do not sign in again by themselves until the user does. */
  signedOut: 'signedOut',
  /** The user confirmed the cross-border notice (model/crossBorderNotice.ts): syncs may start. */
  crossBorderNotice: 'crossBorderNotice',
} as const;

/**
 * storage.session keys: kept in memory only and dropped when the browser closes, for what must
 * not outlive the session (the access token, the known-customer lookup).
 */
export const SESSION_KEYS = {
  accessToken: 'accessToken',
  knownCustomers: 'knownCustomers',
} as const;
