import browser from 'webextension-polyfill';
import type { ClipChange } from '../logic/clipIndex.ts';
import type { IdentityFields } from '../logic/identityValues.ts';
import type { KnownCustomerCache } from '../logic/knownCustomers.ts';
import { type OutboxEntry, type OutboxEvent, outboxFrom, reduceOutbox } from '../logic/outbox.ts';
import {
  type PendingSelection,
  type PersonLike,
  pendingSelectionFrom,
  withoutPerson,
} from '../logic/pendingSelection.ts';
import { isQuotaError, jsonBytes, leavesSyncReserve, StorageFullError } from '../logic/storageFull.ts';
import type { Clip } from '../model/clip.ts';
import { acknowledgementFrom, type CrossBorderAcknowledgement } from '../model/crossBorderNotice.ts';
import { type Settings, settingsFrom } from '../model/settings.ts';
import { clipKey, SESSION_KEYS, STORAGE_KEYS } from '../model/storageKeys.ts';
import { clipStore } from './clipStore.ts';

export type { PendingSelection } from '../logic/pendingSelection.ts';

// One writer at a time: read-modify-write of a key must not interleave between handlers.
let queue: Promise<unknown> = Promise.resolve();
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function read(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

/**
 * The clips in storage.local, a key each plus the index (worker/clipStore.ts). Writes go through
 * setLocal, so a refusal for lack of space is a StorageFullError.
 */
const clipStorage = clipStore(
  {
    get: (keys) => browser.storage.local.get(keys),
    set: (items) => setLocal(items),
    remove: (keys) => browser.storage.local.remove(keys),
  },
  async () => (await readSettings()).region,
);

/** The stored clips among `ids`, in that order; ids of deleted clips are left out. */
export function readClipsById(ids: readonly string[]): Promise<Clip[]> {
  return clipStorage.some(ids);
}

/**
 * The saved clips sharing an email, phone or WeChat id with any of `contacts` (other than
 * `exceptId`), in the order they were saved, read without the others. Call it inside `serialized`.
 */
export function readClipsSharingKeys(
  contacts: readonly IdentityFields[],
  exceptId?: string,
): Promise<Clip[]> {
  return clipStorage.sharingKeys(contacts, exceptId);
}

/**
 * Moves clips an earlier version kept as one array to a key each (logic/clipMigration.ts).
 * Every read of clips does it first too; the worker calls it when it starts.
 */
export function migrateClips(): Promise<void> {
  return serialized(async () => {
    await clipStorage.index();
  });
}

/** How many clips storage holds, without reading them (for the storage-full message). */
function storedClipCount(): Promise<number> {
  return clipStorage.count().catch(() => 0);
}

/**
 * storage.local.set, with a refusal for lack of space as a StorageFullError. One set() is
 * all or nothing, quota included: Chrome checks the whole batch before writing any of it.
 */
async function setLocal(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    throw new StorageFullError(
      await storedClipCount(),
      error instanceof Error ? error.message : String(error),
    );
  }
}

/**
 * The quota storage.local is held to, or null when none applies: `unlimitedStorage` lifts
 * Chrome's, and Firefox has no fixed one (nor `QUOTA_BYTES`).
 */
async function storageUse(): Promise<{ bytesInUse: number; quotaBytes: number | null }> {
  const quota = (globalThis as { chrome?: { storage?: { local?: { QUOTA_BYTES?: unknown } } } }).chrome
    ?.storage?.local?.QUOTA_BYTES;
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  if (typeof quota !== 'number' || typeof local.getBytesInUse !== 'function')
    return { bytesInUse: 0, quotaBytes: null };
  if (await browser.permissions.contains({ permissions: ['unlimitedStorage'] }))
    return { bytesInUse: 0, quotaBytes: null };
  return { bytesInUse: await local.getBytesInUse(null), quotaBytes: quota };
}

/**
 * Refuses, as StorageFullError, a change that adds or edits `changed` clips when it would eat
 * into the space kept for the sync's bookkeeping (logic/storageFull.ts SYNC_RESERVE_BYTES).
 */
export async function ensureRoomFor(changed: readonly Clip[]): Promise<void> {
  const use = await storageUse();
  // A clip takes its JSON, its key and its entry in the index.
  const growth =
    jsonBytes(changed) + jsonBytes(changed.map((c) => [clipKey(c.id), c.contact.emails, c.contact.phones]));
  if (!leavesSyncReserve(use, growth)) {
    throw new StorageFullError(
      await storedClipCount(),
      `${use.bytesInUse} of ${use.quotaBytes} bytes in use`,
    );
  }
}

/**
 * Rewrites the clips `ids` as `update` returns them (the sync's marks: what was sent, what
 * the row holds): only those whose object `update` replaced are written. Call it inside `serialized`.
 */
export function markClips(ids: readonly string[], update: (clips: Clip[]) => Clip[]): Promise<void> {
  return clipStorage.mark(ids, update);
}

export async function readOutbox(): Promise<OutboxEntry[]> {
  return outboxFrom(await read(STORAGE_KEYS.outbox));
}

/** Applies an outbox event and persists it before resolving (the outbox-first rule). */
export function applyOutbox(event: OutboxEvent): Promise<OutboxEntry[]> {
  return serialized(async () => {
    const next = reduceOutbox(await readOutbox(), event);
    await setLocal({ [STORAGE_KEYS.outbox]: next });
    return next;
  });
}

/**
 * Writes the changed clips (`put`), deletes `remove`, and applies outbox events in one set(),
 * with the index: a clip is stored together with its queue entry or not at all, so a full
 * storage never keeps a clip that would never sync. Only the clips changed are written, however
 * many are stored. Call it inside `serialized`.
 */
export function writeClipsQueued(change: ClipChange, events: readonly OutboxEvent[]): Promise<OutboxEntry[]> {
  return clipStorage.write(change, events);
}

export async function readSettings(): Promise<Settings> {
  return settingsFrom(await read(STORAGE_KEYS.settings));
}

export async function readCrossBorderAcknowledgement(): Promise<CrossBorderAcknowledgement | null> {
  return acknowledgementFrom(await read(STORAGE_KEYS.crossBorderNotice));
}

/** Records that the user was told their clips go to Google's servers abroad, and confirmed. */
export function acknowledgeCrossBorder(at: Date): Promise<void> {
  const acknowledgement: CrossBorderAcknowledgement = { acknowledgedAt: at.toISOString() };
  return browser.storage.local.set({ [STORAGE_KEYS.crossBorderNotice]: acknowledgement });
}

/**
 * The known-customer cache lives in storage.session: in memory only, never written to disk, and
 * gone when the browser closes (https://developer.chrome.com/docs/extensions/reference/api/storage#property-session).
 */
export async function readKnownCustomers(): Promise<KnownCustomerCache | undefined> {
  const got = (await browser.storage.session.get(SESSION_KEYS.knownCustomers))[SESSION_KEYS.knownCustomers];
  return got === undefined ? undefined : (got as KnownCustomerCache);
}

export function writeKnownCustomers(cache: KnownCustomerCache): Promise<void> {
  return browser.storage.session.set({ [SESSION_KEYS.knownCustomers]: cache });
}

export function forgetKnownCustomers(): Promise<void> {
  return browser.storage.session.remove(SESSION_KEYS.knownCustomers);
}

export function writePendingSelection(selection: PendingSelection): Promise<void> {
  return browser.storage.local.set({ [STORAGE_KEYS.pendingSelection]: selection });
}

/**
 * Drops `person` (a contact just saved, merged or deleted) from the pending selection, and the
 * selection itself once nobody is left: the panel would otherwise keep offering, and storage
 * keep, that person's details. The others in the selection stay to be reviewed.
 */
export async function forgetPendingSelectionOf(person: PersonLike, region: string): Promise<void> {
  await serialized(async () => {
    const pending = pendingSelectionFrom(await read(STORAGE_KEYS.pendingSelection));
    const left = pending === null ? null : withoutPerson(pending, person, region);
    if (left === null) await browser.storage.local.remove(STORAGE_KEYS.pendingSelection);
    else if (left !== pending) await writePendingSelection(left);
  });
}

/** Every storage area the extension can write, emptied (settings included). */
export async function clearAllStorage(): Promise<void> {
  await serialized(async () => {
    await Promise.all([
      browser.storage.local.clear(),
      browser.storage.session.clear(),
      browser.storage.sync.clear(),
    ]);
  });
}
