/**
 * PropertiesService: document, user and script stores. A value may hold 9 KB and a store 500 KB,
 * counted in bytes. In a time-driven trigger an add-on has no document, so no document store.
 * https://developers.google.com/apps-script/guides/services/quotas
 */
import type { CallCounter } from './callCounter.ts';
import { ScriptError } from './scriptError.ts';
import type { World } from './world.ts';

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_TOTAL_LIMIT = 500 * 1024;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export class PropertiesStore {
  readonly data = new Map<string, string>();
  api(calls: CallCounter) {
    const data = this.data;
    const total = () => [...data].reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
    const set = (key: string, value: string) => {
      const text = String(value);
      if (bytes(text) > PROPERTY_VALUE_LIMIT) throw new ScriptError('Argument too large: value');
      const before = data.get(key);
      data.set(key, text);
      if (total() > PROPERTY_TOTAL_LIMIT) {
        if (before === undefined) data.delete(key);
        else data.set(key, before);
        throw new ScriptError(
          'You have exceeded the property storage quota. Please remove some properties and try again.',
        );
      }
    };
    const props = calls.wrap('Properties', {
      getProperty: (key: string) => data.get(key) ?? null,
      getProperties: () => Object.fromEntries(data),
      getKeys: () => [...data.keys()],
      setProperty: (key: string, value: string) => {
        set(key, value);
        return props;
      },
      setProperties: (values: Record<string, string>, deleteAllOthers = false) => {
        if (deleteAllOthers) data.clear();
        for (const [k, v] of Object.entries(values)) set(k, v);
        return props;
      },
      deleteProperty: (key: string) => {
        data.delete(key);
        return props;
      },
      deleteAllProperties: () => {
        data.clear();
        return props;
      },
    });
    return props;
  }
}

export function propertiesService(world: World) {
  const documents = new Map<string, PropertiesStore>();
  const user = new PropertiesStore();
  const script = new PropertiesStore();
  const documentStore = (bookId: string) => {
    let store = documents.get(bookId);
    if (!store) {
      store = new PropertiesStore();
      documents.set(bookId, store);
    }
    return store;
  };
  const api = world.calls.wrap('PropertiesService', {
    getDocumentProperties: () => {
      const book = world.activeBook();
      return book ? documentStore(book.id).api(world.calls) : null;
    },
    getUserProperties: () => user.api(world.calls),
    getScriptProperties: () => script.api(world.calls),
  });
  return { api, documentStore, user, script };
}
