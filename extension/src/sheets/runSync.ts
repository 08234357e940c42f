import type { Language } from '@crm/shared';
import type { SyncFailure } from '../logic/backoff.ts';
import { dueEntries, nextDueAt, type OutboxEntry, type OutboxEvent } from '../logic/outbox.ts';
import type { Clip } from '../model/clip.ts';
import { TEXTS } from '../texts/index.ts';
import { pushClips } from './pushClips.ts';
import { type SheetsClient, SheetsRequestError } from './sheetsClient.ts';

/** Persistence the sync needs; chrome.storage.local in the worker, a Map in tests. */
export interface SyncStore {
  readOutbox(): Promise<OutboxEntry[]>;
  /** Applies an event and persists the result before resolving. */
  applyOutbox(event: OutboxEvent): Promise<OutboxEntry[]>;
  readClips(): Promise<Clip[]>;
  markSynced(clipIds: string[], at: string): Promise<void>;
}

export interface SyncDeps {
  store: SyncStore;
  /** Resolves the client lazily (sign-in); a rejection fails the batch with its message. */
  client: () => Promise<SheetsClient>;
  sheetName: string;
  language: Language;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Waits longer than this end the run; the outbox keeps the entries for the next trigger. */
  maxWaitMs?: number;
}

export interface SyncReport {
  synced: string[];
  failed: string[];
  /** Entries still pending after the run (waiting for a later retry). */
  pending: number;
}

/** What the outbox records for a failed batch; the reason is shown next to the clip. */
export function failureOf(error: unknown, language: Language): SyncFailure {
  if (error instanceof SheetsRequestError) {
    return {
      status: error.status,
      reason: error.status === 0 ? TEXTS[language].errors.sheetsOffline(error.reason) : error.reason,
      ...(error.retryAfterMs ? { retryAfterMs: error.retryAfterMs } : {}),
    };
  }
  return { status: -1, reason: error instanceof Error ? error.message : String(error) };
}

/**
 * Sends due outbox entries, one batch per round, until nothing is due; waits out backoff delays
 * up to `maxWaitMs`. Every state change is persisted before the next request.
 */
export async function runSync(deps: SyncDeps): Promise<SyncReport> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxWait = deps.maxWaitMs ?? 30_000;
  const report: SyncReport = { synced: [], failed: [], pending: 0 };
  for (;;) {
    const entries = await deps.store.readOutbox();
    const due = dueEntries(entries, now());
    if (due.length === 0) {
      const next = nextDueAt(entries);
      if (next === null || next - now() > maxWait) {
        report.pending = entries.filter((e) => e.status !== 'failed').length;
        return report;
      }
      await sleep(Math.max(0, next - now()));
      continue;
    }
    const clips = new Map((await deps.store.readClips()).map((c) => [c.id, c]));
    for (const gone of due.filter((e) => !clips.has(e.clipId))) {
      await deps.store.applyOutbox({ type: 'remove', clipId: gone.clipId });
    }
    const items = due.flatMap((e) => {
      const clip = clips.get(e.clipId);
      return clip ? [{ clip, op: e.op }] : [];
    });
    const ids = items.map((i) => i.clip.id);
    if (ids.length === 0) continue;
    await deps.store.applyOutbox({ type: 'start', clipIds: ids });
    try {
      const client = await deps.client();
      const result = await pushClips(client, deps.sheetName, items, deps.language);
      const done = [...result.appended, ...result.updated, ...result.skipped];
      await deps.store.markSynced(done, new Date(now()).toISOString());
      await deps.store.applyOutbox({ type: 'succeeded', clipIds: done });
      report.synced.push(...done);
    } catch (error) {
      const after = await deps.store.applyOutbox({
        type: 'failed',
        clipIds: ids,
        failure: failureOf(error, deps.language),
        now: now(),
      });
      report.failed.push(
        ...after.filter((e) => e.status === 'failed' && ids.includes(e.clipId)).map((e) => e.clipId),
      );
    }
  }
}
