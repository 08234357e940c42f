/**
 * CacheService: document, user and script caches. A value may hold 100 KB and live at most six
 * hours; in a time-driven trigger an add-on has no document cache.
 * https://developers.google.com/apps-script/reference/cache/cache
 */
import { ScriptError } from './scriptError.ts';
import type { World } from './world.ts';

const VALUE_LIMIT = 100 * 1024;
const KEY_LIMIT = 250;
const MAX_SECONDS = 21_600;

export class CacheStore {
  readonly data = new Map<string, { value: string; expires: number }>();
}

export function cacheService(world: World) {
  const documents = new Map<string, CacheStore>();
  const user = new CacheStore();
  const script = new CacheStore();
  const documentStore = (bookId: string) => {
    let store = documents.get(bookId);
    if (!store) {
      store = new CacheStore();
      documents.set(bookId, store);
    }
    return store;
  };
  const cache = (store: CacheStore) => {
    const get = (key: string) => {
      const entry = store.data.get(key);
      if (!entry) return null;
      if (entry.expires <= Date.now()) {
        store.data.delete(key);
        return null;
      }
      return entry.value;
    };
    const put = (key: string, value: string, seconds = 600) => {
      if (key.length > KEY_LIMIT) throw new ScriptError('Argument too large: key');
      if (Buffer.byteLength(String(value), 'utf8') > VALUE_LIMIT)
        throw new ScriptError('Argument too large: value');
      store.data.set(key, {
        value: String(value),
        expires: Date.now() + Math.min(seconds, MAX_SECONDS) * 1000,
      });
    };
    return world.calls.wrap('Cache', {
      get,
      put,
      remove: (key: string) => {
        store.data.delete(key);
      },
      getAll: (keys: string[]) =>
        Object.fromEntries(keys.flatMap((k) => (get(k) === null ? [] : [[k, get(k) as string]]))),
      putAll: (values: Record<string, string>, seconds = 600) => {
        for (const [k, v] of Object.entries(values)) put(k, v, seconds);
      },
      removeAll: (keys: string[]) => {
        for (const k of keys) store.data.delete(k);
      },
    });
  };
  const api = world.calls.wrap('CacheService', {
    getDocumentCache: () => {
      const book = world.activeBook();
      return book ? cache(documentStore(book.id)) : null;
    },
    getUserCache: () => cache(user),
    getScriptCache: () => cache(script),
  });
  return { api, documentStore };
}
