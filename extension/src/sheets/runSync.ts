import type { Language } from '@crm/shared';
import type { SyncFailure } from '../logic/backoff.ts';
import { dueEntries, nextDueAt, type OutboxEntry, type OutboxEvent } from '../logic/outbox.ts';
import { StorageFullError } from '../logic/storageFull.ts';
import { problemOfError, type SyncProblem } from '../logic/syncProblem.ts';
import type { Clip } from '../model/clip.ts';
import { HeaderMovedError, pushClips, RowsMovingError, type SheetCells, type SyncItem } from './pushClips.ts';
import { type SheetsClient, SheetsRequestError } from './sheetsClient.ts';

/** Persistence the sync needs; chrome.storage.local in the worker, a Map in tests. */
export interface SyncStore {
  readOutbox(): Promise<OutboxEntry[]>;
  /** Applies an event and persists the result before resolving. */
  applyOutbox(event: OutboxEvent): Promise<OutboxEntry[]>;
  /** The stored clips among `ids` (a clip deleted meanwhile is left out). */
  readClips(ids: readonly string[]): Promise<Clip[]>;
  /** Keeps what a write about to go out puts in each clip's row (Clip.sentCells). */
  markSending(sentCells: Record<string, SheetCells>): Promise<void>;
  /**
   * Marks clips synced at `at`, keeping what their rows now hold (Clip.sheetCells) and dropping
   * their Clip.sentCells.
   */
  markSynced(clipIds: string[], at: string, sheetCells: Record<string, SheetCells>): Promise<void>;
}

export interface SyncDeps {
  store: SyncStore;
  /** Resolves the client lazily (sign-in); a rejection fails the batch with its problem. */
  client: () => Promise<SheetsClient>;
  sheetName: string;
  language: Language;
  now?: () => number;
}

export interface SyncReport {
  synced: string[];
  failed: string[];
  /** Entries still waiting after the run (for a later retry). */
  pending: number;
  /** When the earliest waiting entry is due (epoch ms), or null when none waits. */
  nextAttemptAt: number | null;
  /** Nothing was sent: the user has not yet confirmed the cross-border notice. */
  awaitingNotice?: true;
}

/** A failure that happens before any request (sign-in), with the problem the panel words. */
export class SyncSetupError extends Error {
  constructor(readonly problem: SyncProblem) {
    super(problem);
    this.name = 'SyncSetupError';
  }
}

/** Problems of the configured tab itself, which the panel names by the tab's title. */
const SHEET_PROBLEMS: ReadonlySet<SyncProblem> = new Set([
  'sheetMissing',
  'protectedRange',
  'cellLimit',
  'badRequest',
  'headerMoved',
  'rowsMoving',
]);

/** What the outbox records for a failed batch. */
export function failureOf(error: unknown): SyncFailure {
  if (error instanceof SheetsRequestError) {
    return {
      status: error.status,
      problem: problemOfError(error.status, error.detail),
      ...(error.retryAfterMs ? { retryAfterMs: error.retryAfterMs } : {}),
    };
  }
  if (error instanceof SyncSetupError) return { status: -1, problem: error.problem };
  if (error instanceof HeaderMovedError) return { status: -1, problem: 'headerMoved' };
  if (error instanceof RowsMovingError) return { status: -1, problem: 'rowsMoving' };
  // Not retried by itself: space comes back only when the user deletes or exports clips.
  if (error instanceof StorageFullError) return { status: -1, problem: 'storageFull' };
  return { status: -1, problem: 'unknown' };
}

/** The due entries as work items; entries of clips deleted meanwhile (not as deletes) are dropped. */
async function itemsOf(store: SyncStore, due: readonly OutboxEntry[]): Promise<SyncItem[]> {
  const clips = new Map((await store.readClips(due.map((e) => e.clipId))).map((c) => [c.id, c]));
  const items: SyncItem[] = [];
  for (const entry of due) {
    const clip = clips.get(entry.clipId);
    if (entry.op === 'delete') items.push({ clipId: entry.clipId, op: 'delete', clip: null });
    else if (clip) items.push({ clipId: entry.clipId, op: entry.op, clip });
    else await store.applyOutbox({ type: 'remove', clipId: entry.clipId });
  }
  return items;
}

/**
 * Sends the due outbox entries, one batch per round, until nothing is due. It never waits for a
 * backoff: the caller schedules the next run for `nextAttemptAt` (an alarm survives the service
 * worker; a timer does not). Every state change is persisted before the next request.
 */
export async function runSync(deps: SyncDeps): Promise<SyncReport> {
  const now = deps.now ?? Date.now;
  const report: SyncReport = { synced: [], failed: [], pending: 0, nextAttemptAt: null };
  for (;;) {
    const entries = await deps.store.readOutbox();
    const due = dueEntries(entries, now());
    if (due.length === 0) {
      report.pending = entries.filter((e) => e.status === 'pending').length;
      report.nextAttemptAt = nextDueAt(entries);
      return report;
    }
    const items = await itemsOf(deps.store, due);
    const ids = items.map((i) => i.clipId);
    if (ids.length === 0) continue;
    await deps.store.applyOutbox({ type: 'start', clipIds: ids });
    try {
      const client = await deps.client();
      const result = await pushClips(client, deps.sheetName, items, deps.language, (cells) =>
        deps.store.markSending(cells),
      );
      await deps.store.markSynced(result.written, new Date(now()).toISOString(), result.sheetCells);
      const done = [...result.written, ...result.deleted];
      await deps.store.applyOutbox({ type: 'succeeded', clipIds: done });
      report.synced.push(...done);
      for (const refused of result.refused) {
        // Status -1: no request failed, and sending the clip again as it is cannot succeed.
        await deps.store.applyOutbox({
          type: 'failed',
          clipIds: [refused.clipId],
          failure: { status: -1, problem: refused.problem, place: refused.place },
          now: now(),
        });
        report.failed.push(refused.clipId);
      }
    } catch (error) {
      const failure = failureOf(error);
      const after = await deps.store.applyOutbox({
        type: 'failed',
        clipIds: ids,
        failure: SHEET_PROBLEMS.has(failure.problem)
          ? {
              ...failure,
              place: {
                sheet: deps.sheetName,
                ...(error instanceof HeaderMovedError ? { row: error.row } : {}),
              },
            }
          : failure,
        now: now(),
      });
      report.failed.push(
        ...after.filter((e) => e.status === 'failed' && ids.includes(e.clipId)).map((e) => e.clipId),
      );
    }
  }
}
