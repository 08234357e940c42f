import type { LocalArea } from '../worker/clipStore.ts';

/**
 * storage.local in memory for tests: values go through JSON as Chrome stores them, set() writes
 * all its items or none, and every call is recorded (which keys each set() and remove() got).
 * `failNext` makes the next call of that kind fail before it changes anything, as a worker
 * stopped there would leave storage.
 */
export function memoryLocalArea(initial: Record<string, unknown> = {}) {
  const data = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  const calls: { sets: string[][]; removes: string[][]; gets: (string[] | null)[] } = {
    sets: [],
    removes: [],
    gets: [],
  };
  const failing = new Set<'set' | 'remove'>();
  const area: LocalArea = {
    async get(keys) {
      const list = keys === null ? null : typeof keys === 'string' ? [keys] : keys;
      calls.gets.push(list);
      const out: Record<string, unknown> = {};
      for (const key of list ?? data.keys()) {
        const raw = data.get(key);
        if (raw !== undefined) out[key] = JSON.parse(raw);
      }
      return out;
    },
    async set(items) {
      if (failing.delete('set')) throw new Error('worker stopped before set()');
      calls.sets.push(Object.keys(items).sort());
      for (const [key, value] of Object.entries(items)) data.set(key, JSON.stringify(value));
    },
    async remove(keys) {
      if (failing.delete('remove')) throw new Error('worker stopped before remove()');
      const list = typeof keys === 'string' ? [keys] : keys;
      calls.removes.push([...list].sort());
      for (const key of list) data.delete(key);
    },
  };
  return {
    area,
    calls,
    failNext: (kind: 'set' | 'remove') => failing.add(kind),
    keys: () => [...data.keys()].sort(),
    value: (key: string): unknown => {
      const raw = data.get(key);
      return raw === undefined ? undefined : JSON.parse(raw);
    },
  };
}
