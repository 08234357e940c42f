import { clipIndexFrom } from '../logic/clipIndex.ts';
import type { Clip } from '../model/clip.ts';
import { CLIP_KEY_PREFIX, clipKey, STORAGE_KEYS } from '../model/storageKeys.ts';

/**
 * The saved clips as the panel holds them: the index's order and each clip by id, kept from
 * storage.onChanged's changes key by key, so a clip that did not change stays the same object
 * (and what is derived from it, memoised by object, is not computed again). Before the worker
 * has moved an earlier version's array to a key per clip (no index yet), that array is shown.
 */
export interface StoredClipList {
  /** Clip ids in the order they were saved, or null while there is no index. */
  ids: readonly string[] | null;
  byId: ReadonlyMap<string, Clip>;
  legacy: readonly Clip[];
}

export const EMPTY_CLIP_LIST: StoredClipList = { ids: null, byId: new Map(), legacy: [] };

/** The ids an index lists, or null when the value is not an index. */
function idsOfIndex(value: unknown): string[] | null {
  return clipIndexFrom(value)?.clips.map((e) => e.id) ?? null;
}

/**
 * The list after a storage.onChanged event of the local area (or the first read, given as
 * changes). The same object when no clip key changed, so React skips the update.
 */
export function withStorageChanges(
  list: StoredClipList,
  changes: Readonly<Record<string, { newValue?: unknown }>>,
): StoredClipList {
  let { ids, legacy } = list;
  let byId: Map<string, Clip> | null = null;
  const edit = () => {
    byId ??= new Map(list.byId);
    return byId;
  };
  let changed = false;
  for (const [key, change] of Object.entries(changes)) {
    if (key === STORAGE_KEYS.clipIndex) {
      ids = idsOfIndex(change.newValue);
      changed = true;
    } else if (key === STORAGE_KEYS.legacyClips) {
      legacy = Array.isArray(change.newValue) ? (change.newValue as Clip[]) : [];
      changed = true;
    } else if (key.startsWith(CLIP_KEY_PREFIX)) {
      const id = key.slice(CLIP_KEY_PREFIX.length);
      if (change.newValue === undefined || change.newValue === null) edit().delete(id);
      else edit().set(id, change.newValue as Clip);
      changed = true;
    }
  }
  if (!changed) return list;
  if (ids !== list.ids && ids !== null) {
    // Clips the index no longer lists are let go.
    const listed = new Set(ids);
    for (const id of (byId ?? list.byId).keys()) if (!listed.has(id)) edit().delete(id);
  }
  return { ids, byId: byId ?? list.byId, legacy };
}

/** The storage keys of clips the index lists but the panel has not read yet. */
export function missingClipKeys(list: StoredClipList): string[] {
  return (list.ids ?? []).filter((id) => !list.byId.has(id)).map(clipKey);
}

/**
 * The list with clips read by key (`got`, storage.local.get's answer) added where still missing:
 * a clip that arrived meanwhile through onChanged is newer, and one no longer listed is dropped.
 */
export function withReadClips(list: StoredClipList, got: Readonly<Record<string, unknown>>): StoredClipList {
  const listed = new Set(list.ids ?? []);
  const added = Object.entries(got).flatMap(([key, value]) => {
    const id = key.slice(CLIP_KEY_PREFIX.length);
    return value !== undefined && value !== null && listed.has(id) && !list.byId.has(id)
      ? [[id, value as Clip] as const]
      : [];
  });
  if (added.length === 0) return list;
  return { ...list, byId: new Map([...list.byId, ...added]) };
}

/** The clips in the order they were saved (an earlier version's array until there is an index). */
export function clipsOfList(list: StoredClipList): Clip[] {
  if (list.ids === null) return [...list.legacy];
  return list.ids.flatMap((id) => {
    const clip = list.byId.get(id);
    return clip ? [clip] : [];
  });
}
