/**
 * storage.local is full: a write the browser refused for its quota. Chrome refuses any set()
 * past `storage.local.QUOTA_BYTES` (10 MB since Chrome 114) unless the extension holds the
 * `unlimitedStorage` permission
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-local-QUOTA_BYTES);
 * Firefox keeps storage.local in IndexedDB and refuses at its storage limits
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/storage/local).
 * `clips` is how many clips are stored, for the message that says what to do.
 */
export class StorageFullError extends Error {
  constructor(
    readonly clips: number,
    readonly detail: string,
  ) {
    super(`storage.local is full (${clips} clips stored): ${detail}`);
    this.name = 'StorageFullError';
  }
}

/**
 * Whether a rejected storage write was refused for lack of space. Chrome rejects with
 * "QUOTA_BYTES quota exceeded" (older wording "Resource::kQuotaBytes quota exceeded"); Firefox
 * with IndexedDB's QuotaExceededError ("…exceeded its quota limitations").
 */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && typeof error !== 'object') return false;
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') return true;
  return typeof message === 'string' && /quota/i.test(message);
}

/**
 * Kept free for the sync's own bookkeeping (the cells a write carries, marking clips synced,
 * the outbox's states): new and edited clips stop this far below the quota, so a full storage
 * never leaves a clip sent but not marked synced, nor the outbox unable to record a failure.
 * 256 KiB holds the bookkeeping of some 400 clips at once.
 */
export const SYNC_RESERVE_BYTES = 256 * 1024;

export interface StorageUse {
  /** Bytes storage.local holds now (Chrome's getBytesInUse). */
  bytesInUse: number;
  /** The browser's quota for storage.local, or null when none applies (unlimitedStorage, Firefox). */
  quotaBytes: number | null;
}

/**
 * Whether a write adding about `growth` bytes of clips leaves the sync its reserve. Chrome
 * measures a value as its JSON text plus the key's length, so the growth of a clip is the
 * length of its JSON.
 */
export function leavesSyncReserve(use: StorageUse, growth: number): boolean {
  if (use.quotaBytes === null) return true;
  return use.bytesInUse + growth <= use.quotaBytes - SYNC_RESERVE_BYTES;
}

/** The bytes a list of values takes in storage as Chrome measures them (UTF-8 of their JSON). */
export function jsonBytes(values: readonly unknown[]): number {
  const encoder = new TextEncoder();
  return values.reduce<number>((sum, v) => sum + encoder.encode(JSON.stringify(v)).length + 1, 0);
}
