import { useEffect, useState } from 'react';
import browser, { type Storage } from 'webextension-polyfill';

/** A storage.local value, kept current through storage.onChanged (the worker writes it). */
export function useStoredValue<T>(key: string, fallback: T): T {
  const [value, setValue] = useState<T>(fallback);
  // The fallback is read once: callers pass literals, which would re-subscribe on every render.
  const [initial] = useState<T>(fallback);
  useEffect(() => {
    let alive = true;
    void browser.storage.local.get(key).then((got) => {
      if (alive && got[key] !== undefined) setValue(got[key] as T);
    });
    const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
      const change = changes[key];
      if (area === 'local' && change) setValue((change.newValue as T | undefined) ?? initial);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [key, initial]);
  return value;
}
