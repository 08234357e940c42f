import { type OutboxEntry, reduceOutbox } from '../logic/outbox.ts';
import type { Clip } from '../model/clip.ts';
import type { SyncStore } from '../sheets/runSync.ts';

/**
 * The sync's storage in memory for tests: the outbox reduced as the worker reduces it (a short
 * backoff policy, no jitter) and the clips kept as the worker keeps them in chrome.storage.local.
 */
export function memorySyncStore(clips: Clip[]) {
  let outbox: OutboxEntry[] = [];
  const policy = { baseMs: 1000, factor: 2, maxMs: 60_000, maxAttempts: 4 };
  const store: SyncStore = {
    readOutbox: async () => outbox,
    applyOutbox: async (event) => {
      outbox = reduceOutbox(outbox, event, policy, () => 0.5);
      return outbox;
    },
    readClips: async () => clips,
    markSending: async (sentCells) => {
      for (const c of clips) if (sentCells[c.id] !== undefined) c.sentCells = sentCells[c.id];
    },
    markSynced: async (ids, at, sheetCells) => {
      for (const c of clips)
        if (ids.includes(c.id)) {
          Object.assign(c, { syncedAt: at, sheetCells: sheetCells[c.id] });
          delete c.sentCells;
        }
    },
  };
  return { store, outbox: () => outbox };
}
