import { useEffect, useMemo, useState } from 'react';
import browser, { type Storage } from 'webextension-polyfill';
import type { Clip } from '../model/clip.ts';
import { STORAGE_KEYS } from '../model/storageKeys.ts';
import {
  clipsOfList,
  EMPTY_CLIP_LIST,
  missingClipKeys,
  withReadClips,
  withStorageChanges,
} from './storedClipList.ts';

/**
 * The saved clips in storage.local (one key each, ordered by the index), kept current through
 * storage.onChanged: an event carries only the keys a write changed, and only those clips are
 * replaced; the others keep their objects.
 */
export function useStoredClips(): Clip[] {
  const [list, setList] = useState(EMPTY_CLIP_LIST);
  useEffect(() => {
    let alive = true;
    void browser.storage.local.get([STORAGE_KEYS.clipIndex, STORAGE_KEYS.legacyClips]).then((got) => {
      if (!alive) return;
      setList((current) =>
        withStorageChanges(current, {
          [STORAGE_KEYS.clipIndex]: { newValue: got[STORAGE_KEYS.clipIndex] },
          [STORAGE_KEYS.legacyClips]: { newValue: got[STORAGE_KEYS.legacyClips] },
        }),
      );
    });
    const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area === 'local') setList((current) => withStorageChanges(current, changes));
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  // Clips the index lists that no change has brought (the first read, mostly) are read in one get().
  const missing = missingClipKeys(list);
  const missingKey = missing.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `missingKey` stands for `missing`'s content.
  useEffect(() => {
    if (missing.length === 0) return;
    let alive = true;
    void browser.storage.local.get(missing).then((got) => {
      if (alive) setList((current) => withReadClips(current, got));
    });
    return () => {
      alive = false;
    };
  }, [missingKey]);
  return useMemo(() => clipsOfList(list), [list]);
}
