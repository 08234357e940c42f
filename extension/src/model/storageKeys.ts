/**
 * storage.local keys. The worker writes them; the side panel and the options page read them and
 * listen for changes. Kept apart from worker/storage.ts so the pages import the names without
 * the worker's storage code (and the schemas and core parsers it pulls into a bundle).
 */
export const STORAGE_KEYS = {
  /**
   * The ordered clip ids with each clip's identity keys (logic/clipIndex.ts); each clip itself
   * is kept under its own key, clipKey(id), so a save writes one clip, not all of them.
   */
  clipIndex: 'clipIndex',
  /**
   * Where earlier versions kept every clip, as one array. Read only to move its clips to their
   * own keys (logic/clipMigration.ts), then removed.
   */
  legacyClips: 'clips',
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

/** Each clip's storage.local key is this prefix and its id. */
export const CLIP_KEY_PREFIX = 'clip:';

/** The storage.local key a clip is kept under. */
export function clipKey(id: string): string {
  return `${CLIP_KEY_PREFIX}${id}`;
}
