import type { ContactKey } from '@crm/shared/parse';
import type { Clip } from '../model/clip.ts';
import { identityKeys } from './identityValues.ts';

/**
 * The clip index, kept under one storage.local key beside the clips (each under its own key):
 * the clip ids in the order they were saved (the panel's list order), each with digests of its
 * identity keys as of `region` (keyDigest), so a save finds the clips that may be the same person
 * without reading every clip. Digests keep the index small and free of emails and phones; two
 * keys may share one, so the clips found are checked on their real keys (findDuplicateClip).
 */
export interface ClipIndexEntry {
  id: string;
  /** keyDigest of each identity key. */
  keys: string[];
}
export interface ClipIndex {
  region: string;
  clips: ClipIndexEntry[];
}

/**
 * The index as stored: one JSON text, each clip as `[id, ...digests]`. Chrome stores a string
 * several times faster than the same data as thousands of small objects (with 5,000 clips,
 * measured in Chromium 156: a get 10–80 ms instead of ~190 ms, a set 45–120 ms instead of
 * 250–370 ms), and a save reads and writes the index whole.
 */
export function storedClipIndex(index: ClipIndex): string {
  return JSON.stringify({ region: index.region, clips: index.clips.map((e) => [e.id, ...e.keys]) });
}

/** The stored index, or null when there is none (or it is unreadable). */
export function clipIndexFrom(stored: unknown): ClipIndex | null {
  if (typeof stored !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return null;
  }
  const { region, clips } = (parsed ?? {}) as { region?: unknown; clips?: unknown };
  if (typeof region !== 'string' || !Array.isArray(clips)) return null;
  const entries: ClipIndexEntry[] = [];
  for (const entry of clips) {
    if (!Array.isArray(entry) || !entry.every((part) => typeof part === 'string')) return null;
    const [id, ...keys] = entry as string[];
    if (!id) return null;
    entries.push({ id, keys });
  }
  return { region, clips: entries };
}

export function emptyClipIndex(region: string): ClipIndex {
  return { region, clips: [] };
}

/**
 * A short digest of an identity key: 32-bit FNV-1a (Fowler, Noll & Vo; IETF draft
 * draft-eastlake-fnv) over its UTF-16 code units, in base 36. Among 10,000 clips a few keys may
 * share a digest; that only makes a save read one more clip.
 */
export function keyDigest(key: ContactKey): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function indexEntryOf(clip: Clip, region: string): ClipIndexEntry {
  return { id: clip.id, keys: identityKeys(clip.contact, region).map(keyDigest) };
}

/** What a save, edit, merge or delete changes: clips to write (new or edited) and ids to delete. */
export interface ClipChange {
  put: readonly Clip[];
  remove: readonly string[];
}

/**
 * The index after `change`: an edited clip keeps its place with its new keys, a new one goes
 * last, a deleted one leaves.
 */
export function withClipChange(index: ClipIndex, change: ClipChange): ClipIndex {
  const put = new Map(change.put.map((c) => [c.id, indexEntryOf(c, index.region)]));
  const removed = new Set(change.remove);
  const clips = index.clips
    .filter((e) => !removed.has(e.id))
    .map((e) => {
      const next = put.get(e.id);
      if (!next) return e;
      put.delete(e.id);
      return next;
    });
  return {
    region: index.region,
    clips: [...clips, ...[...put.values()].filter((e) => !removed.has(e.id))],
  };
}

/**
 * The ids of clips that may share an identity key with `keys` (their digests match), in index
 * order, other than `exceptId`. The index's keys are as of its region: the caller rebuilds it
 * first when the region changed.
 */
export function idsSharingKeys(index: ClipIndex, keys: readonly ContactKey[], exceptId?: string): string[] {
  const wanted = new Set(keys.map(keyDigest));
  if (wanted.size === 0) return [];
  return index.clips.filter((e) => e.id !== exceptId && e.keys.some((k) => wanted.has(k))).map((e) => e.id);
}
