import { type OutboxEntry, reduceOutbox } from '../logic/outbox.ts';
import { withSentCells, withSynced } from '../logic/syncMarks.ts';
import type { Clip } from '../model/clip.ts';
import type { SyncStore } from '../sheets/runSync.ts';

/**
 * The sync's storage in memory for tests: the outbox reduced as the worker reduces it (a short
 * backoff policy, no jitter) and the clips marked as the worker marks them in
 * chrome.storage.local (logic/syncMarks.ts).
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
    readClips: async (ids) => clips.filter((c) => ids.includes(c.id)),
    markSending: async (sentCells) => keepInPlace(clips, withSentCells(clips, sentCells)),
    markSynced: async (ids, at, sheetCells) => keepInPlace(clips, withSynced(clips, ids, at, sheetCells)),
  };
  return { store, outbox: () => outbox };
}

/**
 * The marked clips written back into the objects the test gave the store, which it holds and
 * edits as the panel edits stored clips.
 */
function keepInPlace(clips: Clip[], marked: readonly Clip[]): void {
  clips.forEach((clip, i) => {
    const next = marked[i] as Clip;
    if (next === clip) return;
    for (const key of Object.keys(clip) as (keyof Clip)[]) if (!(key in next)) delete clip[key];
    Object.assign(clip, next);
  });
}
