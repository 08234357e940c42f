import { useEffect, useState } from 'react';
import browser, { type Storage } from 'webextension-polyfill';

/**
 * A storage.local value and whether it has been read yet, kept current like useStoredValue: for
 * what must not be shown on a guess (a notice that would flash for a user who already confirmed it).
 */
export function useStoredEntry(key: string): { read: boolean; value: unknown } {
  const [entry, setEntry] = useState<{ read: boolean; value: unknown }>({ read: false, value: undefined });
  useEffect(() => {
    let alive = true;
    void browser.storage.local.get(key).then((got) => {
      if (alive) setEntry({ read: true, value: got[key] });
    });
    const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
      const change = changes[key];
      if (area === 'local' && change) setEntry({ read: true, value: change.newValue });
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [key]);
  return entry;
}
