import { useEffect, useState, useSyncExternalStore } from 'react';
import browser, { type Storage } from 'webextension-polyfill';
import { clipListLoader, type StoredClips } from './clipListLoader.ts';

/**
 * The saved clips in storage.local (one key each, ordered by the index), read a screen's worth
 * first and the rest in chunks (ui/clipListLoader.ts), and kept current through
 * storage.onChanged: an event carries only the keys a write changed, and only those clips are
 * replaced; the others keep their objects.
 */
export function useStoredClips(): StoredClips {
  const [loader] = useState(() => clipListLoader((keys) => browser.storage.local.get(keys)));
  useEffect(() => {
    const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area === 'local') loader.changed(changes);
    };
    browser.storage.onChanged.addListener(listener);
    void loader.start();
    return () => {
      loader.stop();
      browser.storage.onChanged.removeListener(listener);
    };
  }, [loader]);
  return useSyncExternalStore(loader.subscribe, loader.getSnapshot);
}
