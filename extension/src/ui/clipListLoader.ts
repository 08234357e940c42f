import type { Clip } from '../model/clip.ts';
import { STORAGE_KEYS } from '../model/storageKeys.ts';
import {
  clipsOfList,
  EMPTY_CLIP_LIST,
  missingClipKeys,
  type StoredClipList,
  withReadClips,
  withStorageChanges,
} from './storedClipList.ts';

/** What the panel shows of the saved clips at a given moment. */
export interface StoredClips {
  /** The clips read so far, in the order they were saved. */
  clips: readonly Clip[];
  /** How many clips are stored (the index's count), whether read yet or not. */
  total: number;
  /** Every clip the index lists has been read: search and export cover them all. */
  complete: boolean;
}

export interface ClipReadSizes {
  /** Clips read first, before any other: more than a screen holds. */
  first: number;
  /** Clips read at a time after that. */
  rest: number;
}

/**
 * Reading 5,000 clips takes Chromium over a second whatever the batching (measured in Chromium
 * 156: ~1.1 s for one get of every key, the same in chunks of 500), while a screen's worth comes
 * in ~20 ms. So a screen's worth is read first, and the rest follow in chunks, each shown as it
 * arrives. The reading itself is the browser's, but each answer costs the page's main thread
 * (its objects made, the list rendered again): 500 clips a time held it 100–250 ms, long enough
 * to delay a click; 150 mostly under 100 ms, for the same total. Each chunk after the first
 * also waits for the page to be idle (100 ms at most), so a click or a keystroke goes first: on
 * a 2-core machine (Playwright clicking) that brought the click on the Saved tab ~200 ms earlier.
 */
export const CLIP_READ_SIZES: ClipReadSizes = { first: 40, rest: 150 };
const IDLE_WAIT_MS = 100;

const NOT_READ: StoredClips = { clips: [], total: 0, complete: false };

/**
 * The saved clips as the panel follows them, outside React (ui/useStoredClips.ts subscribes):
 * the index and the legacy array first, then the clips the index lists in its order, a screen's
 * worth before the others; storage.onChanged's changes are applied key by key
 * (ui/storedClipList.ts) at any time, during the reading too.
 */
export function clipListLoader(
  read: (keys: string[]) => Promise<Record<string, unknown>>,
  sizes: ClipReadSizes = CLIP_READ_SIZES,
) {
  let list: StoredClipList = EMPTY_CLIP_LIST;
  let indexRead = false;
  let snapshot: StoredClips = NOT_READ;
  let stopped = false;
  let reading = false;
  // Keys the index lists but storage did not have: not asked for again (a new value comes
  // through onChanged).
  const absent = new Set<string>();
  const listeners = new Set<() => void>();

  const stillMissing = (of: StoredClipList) => missingClipKeys(of).filter((key) => !absent.has(key));

  function publish(next: StoredClipList): void {
    const complete = indexRead && stillMissing(next).length === 0;
    if (next === list && complete === snapshot.complete) return;
    list = next;
    const clips = clipsOfList(list);
    snapshot = { clips, total: list.ids?.length ?? clips.length, complete };
    for (const listener of listeners) listener();
  }

  /** Reads the clips still missing, a chunk at a time, until none is (one reader at a time). */
  async function readMissing(): Promise<void> {
    if (reading) return;
    reading = true;
    try {
      let size = list.byId.size === 0 ? sizes.first : sizes.rest;
      for (;;) {
        const keys = stillMissing(list).slice(0, size);
        if (stopped || keys.length === 0) return;
        size = sizes.rest;
        if (list.byId.size > 0 && typeof requestIdleCallback === 'function')
          await new Promise((resolve) => requestIdleCallback(resolve, { timeout: IDLE_WAIT_MS }));
        const got = await read(keys);
        if (stopped) return;
        for (const key of keys) if (got[key] === undefined || got[key] === null) absent.add(key);
        publish(withReadClips(list, got));
      }
    } finally {
      reading = false;
    }
  }

  function changed(changes: Readonly<Record<string, { newValue?: unknown }>>): void {
    if (stopped) return;
    publish(withStorageChanges(list, changes));
    if (indexRead) void readMissing();
  }

  return {
    /** Reads the index (and an earlier version's array), then the clips it lists. */
    async start(): Promise<void> {
      const got = await read([STORAGE_KEYS.clipIndex, STORAGE_KEYS.legacyClips]);
      if (stopped) return;
      indexRead = true;
      publish(
        withStorageChanges(list, {
          [STORAGE_KEYS.clipIndex]: { newValue: got[STORAGE_KEYS.clipIndex] },
          [STORAGE_KEYS.legacyClips]: { newValue: got[STORAGE_KEYS.legacyClips] },
        }),
      );
      await readMissing();
    },
    /** A storage.onChanged event of the local area. */
    changed,
    stop(): void {
      stopped = true;
      listeners.clear();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot(): StoredClips {
      return snapshot;
    },
  };
}

export type ClipListLoader = ReturnType<typeof clipListLoader>;
