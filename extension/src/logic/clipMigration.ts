import { type Clip, ClipSchema } from '../model/clip.ts';
import { CLIP_KEY_PREFIX, clipKey, STORAGE_KEYS } from '../model/storageKeys.ts';
import { type ClipIndex, clipIndexFrom, indexEntryOf, storedClipIndex } from './clipIndex.ts';

/** What a migration writes in one set() and then removes. */
export interface ClipMigration {
  set: Record<string, unknown>;
  /** The index it writes. */
  index: ClipIndex;
  remove: string[];
  /** How many clips storage holds once the migration is done. */
  clips: number;
}

function parsedClip(raw: unknown): Clip | null {
  const parsed = ClipSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Moves the clips earlier versions kept as one array (`clips`) to a key each, with the index.
 * `stored` is all of storage.local. Safe to run again at any point: a clip already under its own
 * key is kept as it is there (it is the newer copy: only this version writes those keys), so a
 * migration stopped between its set() and its remove() finishes without losing or doubling a
 * clip. Order: the index's, then the array's clips it lacks, then clips under their own key that
 * neither lists (oldest first). Clips ClipSchema refuses are dropped, as readers always skipped
 * them, and so are the emptied keys of deleted clips (see clipStore's write).
 */
export function planClipMigration(stored: Record<string, unknown>, region: string): ClipMigration {
  const index = clipIndexFrom(stored[STORAGE_KEYS.clipIndex]);
  const legacy = stored[STORAGE_KEYS.legacyClips];

  const perKey = new Map<string, Clip>();
  const invalidKeys: string[] = [];
  // A key emptied by a delete (see clipStore's write) is the newest word on that clip too.
  const deleted = new Set<string>();
  for (const [key, raw] of Object.entries(stored)) {
    if (!key.startsWith(CLIP_KEY_PREFIX)) continue;
    if (raw === null) deleted.add(key.slice(CLIP_KEY_PREFIX.length));
    const clip = parsedClip(raw);
    if (clip && clipKey(clip.id) === key) perKey.set(clip.id, clip);
    else invalidKeys.push(key);
  }

  const order: Clip[] = [];
  const placed = new Set<string>();
  const place = (clip: Clip | null | undefined) => {
    if (!clip || placed.has(clip.id) || deleted.has(clip.id)) return;
    placed.add(clip.id);
    order.push(clip);
  };
  for (const entry of index?.clips ?? []) place(perKey.get(entry.id));
  const fromArray = new Set<string>();
  for (const raw of Array.isArray(legacy) ? legacy : []) {
    const clip = parsedClip(raw);
    if (!clip || placed.has(clip.id)) continue;
    const kept = perKey.get(clip.id) ?? clip;
    if (kept === clip) fromArray.add(clip.id);
    place(kept);
  }
  const unlisted = [...perKey.values()].filter((c) => !placed.has(c.id));
  unlisted.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const clip of unlisted) place(clip);

  // Keys stay as they were computed when the index's region is still the region; else anew.
  const keep = index?.region === region ? new Map(index.clips.map((e) => [e.id, e])) : new Map();
  const next: ClipIndex = {
    region,
    clips: order.map((c) => (!fromArray.has(c.id) && keep.get(c.id)) || indexEntryOf(c, region)),
  };
  const set: Record<string, unknown> = { [STORAGE_KEYS.clipIndex]: storedClipIndex(next) };
  for (const clip of order) if (fromArray.has(clip.id)) set[clipKey(clip.id)] = clip;
  return {
    set,
    index: next,
    remove: [STORAGE_KEYS.legacyClips, ...invalidKeys],
    clips: order.length,
  };
}
