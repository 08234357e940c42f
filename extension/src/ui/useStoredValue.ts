import { useEffect, useState } from 'react';

/** A chrome.storage.local value, kept current through storage.onChanged (the worker writes it). */
export function useStoredValue<T>(key: string, fallback: T): T {
  const [value, setValue] = useState<T>(fallback);
  // The fallback is read once: callers pass literals, which would re-subscribe on every render.
  const [initial] = useState<T>(fallback);
  useEffect(() => {
    let alive = true;
    void chrome.storage.local.get(key).then((got) => {
      if (alive && got[key] !== undefined) setValue(got[key] as T);
    });
    const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      const change = changes[key];
      if (area === 'local' && change) setValue((change.newValue as T | undefined) ?? initial);
    };
    chrome.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      chrome.storage.onChanged.removeListener(listener);
    };
  }, [key, initial]);
  return value;
}
