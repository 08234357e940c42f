import type { ContactKey } from '@crm/shared/parse';
import {
  type ClipChange,
  type ClipIndex,
  clipIndexFrom,
  emptyClipIndex,
  idsSharingKeys,
  indexEntryOf,
  storedClipIndex,
  withClipChange,
} from '../logic/clipIndex.ts';
import { planClipMigration } from '../logic/clipMigration.ts';
import { type IdentityFields, identityKeys } from '../logic/identityValues.ts';
import { type OutboxEntry, type OutboxEvent, outboxFrom, reduceOutbox } from '../logic/outbox.ts';
import { type Clip, ClipSchema } from '../model/clip.ts';
import { clipKey, STORAGE_KEYS } from '../model/storageKeys.ts';

/**
 * The part of storage.local the clip store uses (browser.storage.local in the worker, a Map in
 * tests). `set` writes all its items or none, as Chrome's does
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#method-StorageArea-set).
 */
export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function parsedClip(raw: unknown): Clip | null {
  const parsed = ClipSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The saved clips in storage.local, one key per clip plus the index (logic/clipIndex.ts): a
 * save, edit or delete writes the clips it changes, the index and the outbox in one set(),
 * whatever the number of clips stored. Every call assumes it runs alone (the worker wraps its
 * read-modify-writes in `serialized`). `region` is the settings' region, for identity keys.
 */
export function clipStore(area: LocalArea, region: () => Promise<string>) {
  /**
   * Moves an array kept by an earlier version to a key per clip (logic/clipMigration.ts), then
   * removes what it replaces. Returns the index.
   */
  async function migrateNow(): Promise<ClipIndex> {
    const plan = planClipMigration(await area.get(null), await region());
    await area.set(plan.set);
    await area.remove(plan.remove);
    return plan.index;
  }
  // One migration at a time: a read outside `serialized` (the sync's) joins the one running, so
  // a second one cannot write an index planned before a save that came in between.
  let migrating: Promise<ClipIndex> | null = null;
  function migrate(): Promise<ClipIndex> {
    migrating ??= migrateNow().finally(() => {
      migrating = null;
    });
    return migrating;
  }

  /** The index, after finishing a migration (or starting one). */
  async function index(): Promise<ClipIndex> {
    const got = await area.get([STORAGE_KEYS.clipIndex, STORAGE_KEYS.legacyClips]);
    if (got[STORAGE_KEYS.legacyClips] !== undefined) return migrate();
    const stored = clipIndexFrom(got[STORAGE_KEYS.clipIndex]);
    if (stored === null) {
      // Clips without an index (it was lost or unreadable): rebuilt from the clip keys.
      return got[STORAGE_KEYS.clipIndex] === undefined ? emptyClipIndex(await region()) : migrate();
    }
    return stored;
  }

  /** Finishes a migration (or starts it) before clips are read by id. */
  async function migrated(): Promise<void> {
    const got = await area.get(STORAGE_KEYS.legacyClips);
    if (got[STORAGE_KEYS.legacyClips] !== undefined) await migrate();
  }

  /** The stored clips of `ids` that ClipSchema accepts, in the order of `ids`. */
  async function some(ids: readonly string[]): Promise<Clip[]> {
    if (ids.length === 0) return [];
    const got = await area.get(ids.map(clipKey));
    return ids.flatMap((id) => {
      const clip = parsedClip(got[clipKey(id)]);
      return clip && clip.id === id ? [clip] : [];
    });
  }

  /** The index with identity keys as of `current`: rebuilt (one read of every clip) after a region change. */
  async function indexFor(current: string): Promise<ClipIndex> {
    const stored = await index();
    if (stored.region === current) return stored;
    const clips = await some(stored.clips.map((e) => e.id));
    const rebuilt: ClipIndex = {
      region: current,
      clips: clips.map((c) => indexEntryOf(c, current)),
    };
    await area.set({ [STORAGE_KEYS.clipIndex]: storedClipIndex(rebuilt) });
    return rebuilt;
  }

  return {
    migrate,
    index,

    /** The stored clips among `ids`, in that order; ids of deleted clips are left out. */
    async some(ids: readonly string[]): Promise<Clip[]> {
      await migrated();
      return some(ids);
    },

    /** Every stored clip, in the order they were saved. */
    async all(): Promise<Clip[]> {
      return some((await index()).clips.map((e) => e.id));
    },

    /** How many clips are stored, without reading them. */
    async count(): Promise<number> {
      const got = await area.get([STORAGE_KEYS.clipIndex, STORAGE_KEYS.legacyClips]);
      const legacy = got[STORAGE_KEYS.legacyClips];
      if (Array.isArray(legacy)) return legacy.length;
      return clipIndexFrom(got[STORAGE_KEYS.clipIndex])?.clips.length ?? 0;
    },

    /**
     * The saved clips that share an identity key with any of `contacts`, in the order they were
     * saved (what findDuplicateClip and planBulkSave need to see), read without the others.
     */
    async sharingKeys(contacts: readonly IdentityFields[], exceptId?: string): Promise<Clip[]> {
      const current = await region();
      const keys: ContactKey[] = contacts.flatMap((c) => identityKeys(c, current));
      if (keys.length === 0) return [];
      return some(idsSharingKeys(await indexFor(current), keys, exceptId));
    },

    /**
     * Writes `change` and applies outbox events in one set(): a clip is stored together with
     * its queue entry or not at all. A deleted clip's key is emptied (null) in that same set(),
     * so its data is gone and its space freed at once, even when storage is full and the set()
     * must not grow; the empty key is removed right after.
     */
    async write(change: ClipChange, events: readonly OutboxEvent[]): Promise<OutboxEntry[]> {
      const before = await index();
      const got = await area.get(STORAGE_KEYS.outbox);
      const outbox = events.reduce((entries, event) => reduceOutbox(entries, event), outboxFrom(got.outbox));
      const items: Record<string, unknown> = {
        [STORAGE_KEYS.clipIndex]: storedClipIndex(withClipChange(before, change)),
        [STORAGE_KEYS.outbox]: outbox,
      };
      for (const clip of change.put) items[clipKey(clip.id)] = clip;
      for (const id of change.remove) items[clipKey(id)] = null;
      await area.set(items);
      if (change.remove.length > 0) await area.remove(change.remove.map(clipKey));
      return outbox;
    },

    /**
     * Writes clips whose sync bookkeeping changed (the index does not change: their identity
     * keys are the same). A clip deleted meanwhile is not written back.
     */
    async mark(ids: readonly string[], update: (clips: Clip[]) => Clip[]): Promise<void> {
      await migrated();
      const current = await some(ids);
      const changed = update(current).filter((c, i) => c !== current[i]);
      if (changed.length === 0) return;
      await area.set(Object.fromEntries(changed.map((c) => [clipKey(c.id), c])));
    },
  };
}

export type ClipStore = ReturnType<typeof clipStore>;
