import type { ContactKey } from '@crm/shared/parse';
import { z } from 'zod';
import type { Clip } from '../model/clip.ts';
import { identityKeys } from './identityValues.ts';

/**
 * The clip index, kept under one storage.local key beside the clips (each under its own key):
 * the clip ids in the order they were saved (the panel's list order), each with its identity
 * keys as of `region`, so a save finds a duplicate without reading every clip.
 */
export const ClipIndexSchema = z.object({
  region: z.string(),
  clips: z.array(z.object({ id: z.string().min(1), keys: z.array(z.string()) })),
});
export interface ClipIndexEntry {
  id: string;
  keys: ContactKey[];
}
export interface ClipIndex {
  region: string;
  clips: ClipIndexEntry[];
}

/** The stored index, or null when there is none (or it is unreadable). */
export function clipIndexFrom(stored: unknown): ClipIndex | null {
  const parsed = ClipIndexSchema.safeParse(stored);
  return parsed.success ? (parsed.data as ClipIndex) : null;
}

export function emptyClipIndex(region: string): ClipIndex {
  return { region, clips: [] };
}

export function indexEntryOf(clip: Clip, region: string): ClipIndexEntry {
  return { id: clip.id, keys: identityKeys(clip.contact, region) };
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
 * The ids of clips sharing an identity key with `keys`, in index order (other than `exceptId`).
 * The index's keys are as of its region: the caller rebuilds it first when the region changed.
 */
export function idsSharingKeys(index: ClipIndex, keys: readonly ContactKey[], exceptId?: string): string[] {
  const wanted = new Set(keys);
  if (wanted.size === 0) return [];
  return index.clips.filter((e) => e.id !== exceptId && e.keys.some((k) => wanted.has(k))).map((e) => e.id);
}
