import { z } from 'zod';
import {
  type BackoffPolicy,
  backoffDelay,
  DEFAULT_BACKOFF,
  isRetryable,
  type SyncFailure,
} from './backoff.ts';
import { SYNC_PROBLEMS, type SyncPlace, SyncPlaceSchema, type SyncProblem } from './syncProblem.ts';

/**
 * The sync outbox: an entry is written to chrome.storage.local before any request, so a closed
 * browser or a service worker that the browser stops between events never loses a clip. States:
 *
 *   pending ──start──▶ sending ──succeeded──▶ (removed; the clip is synced)
 *      ▲                  │
 *      └──retryable fail──┤ (attempts + 1, next attempt after backoff)
 *                         └──final fail──▶ failed ──retry──▶ pending
 *
 * A `sending` entry found after a restart is due again: rows are found by clip id, so a
 * repeated append or delete is harmless.
 */
export const OUTBOX_STATUSES = ['pending', 'sending', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * append: a new row; update: rewrite the row holding the clip id, except cells edited in the
 * sheet since; overwrite: rewrite it over such edits too (the user chose to); delete: clear it.
 */
export const OUTBOX_OPS = ['append', 'update', 'overwrite', 'delete'] as const;
export type OutboxOp = (typeof OUTBOX_OPS)[number];

export const OutboxEntrySchema = z.object({
  clipId: z.string().min(1),
  op: z.enum(OUTBOX_OPS),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int().min(0),
  /** Epoch ms before which a pending entry is not sent. */
  nextAttemptAt: z.number(),
  /** Why the last attempt failed (worded by the panel), or null. */
  problem: z.enum(SYNC_PROBLEMS).nullable().catch('unknown'),
  /** Where the last problem is (tab, row, column), when the sync could tell. */
  place: SyncPlaceSchema.optional().catch(undefined),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/** The stored outbox, keeping every well-formed entry (storage is read, never trusted). */
export function outboxFrom(stored: unknown): OutboxEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = OutboxEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export type OutboxEvent =
  | { type: 'enqueue'; clipId: string; op: OutboxOp; now: number }
  | { type: 'start'; clipIds: string[] }
  | { type: 'succeeded'; clipIds: string[] }
  | { type: 'failed'; clipIds: string[]; failure: SyncFailure; now: number }
  | { type: 'retry'; clipId: string; now: number }
  /** "Sync now": everything waiting is due at once, failed entries included. */
  | { type: 'retry-all'; now: number }
  | { type: 'remove'; clipId: string };

/** The op an entry gets when a clip is queued again before its last change was sent. */
function mergedOp(existing: OutboxOp | undefined, next: OutboxOp): OutboxOp {
  // An edit of a clip whose append is still queued stays an append: the row may not exist yet.
  if (existing === 'append' && next === 'update') return 'append';
  return next;
}

/** Applies one event; returns a new list (entries are never mutated). */
export function reduceOutbox(
  entries: readonly OutboxEntry[],
  event: OutboxEvent,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): OutboxEntry[] {
  switch (event.type) {
    case 'enqueue': {
      const existing = entries.find((e) => e.clipId === event.clipId);
      // A clip deleted before its append was ever tried has no row to clear.
      if (
        event.op === 'delete' &&
        existing?.op === 'append' &&
        existing.status === 'pending' &&
        existing.attempts === 0
      )
        return entries.filter((e) => e !== existing);
      const fresh: OutboxEntry = {
        clipId: event.clipId,
        op: mergedOp(existing?.op, event.op),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: event.now,
        problem: null,
      };
      return existing ? entries.map((e) => (e === existing ? fresh : e)) : [...entries, fresh];
    }
    case 'start': {
      const ids = new Set(event.clipIds);
      return entries.map((e) => (ids.has(e.clipId) ? { ...e, status: 'sending' } : e));
    }
    case 'succeeded': {
      const ids = new Set(event.clipIds);
      // Only what was sent: a clip edited while its request was in flight was re-queued as pending.
      return entries.filter((e) => !(ids.has(e.clipId) && e.status === 'sending'));
    }
    case 'failed': {
      const ids = new Set(event.clipIds);
      const retry = isRetryable(event.failure);
      return entries.map((e) => {
        if (!ids.has(e.clipId) || e.status !== 'sending') return e;
        const attempts = e.attempts + 1;
        const { place } = event.failure;
        if (!retry || attempts >= policy.maxAttempts) {
          return { ...e, status: 'failed', attempts, problem: event.failure.problem, place };
        }
        const delay = backoffDelay(attempts, policy, random, event.failure.retryAfterMs);
        return {
          ...e,
          status: 'pending',
          attempts,
          nextAttemptAt: event.now + delay,
          problem: event.failure.problem,
          place,
        };
      });
    }
    case 'retry':
      // Retrying a clip whose row the user deleted is the user's choice to add it again; one
      // whose row was edited in the sheet, their choice to write the clip over those edits.
      return entries.map((e) =>
        e.clipId === event.clipId
          ? {
              ...e,
              op: e.problem === 'rowDeleted' ? 'append' : e.problem === 'editedInSheet' ? 'overwrite' : e.op,
              status: 'pending',
              attempts: 0,
              nextAttemptAt: event.now,
            }
          : e,
      );
    case 'retry-all':
      return entries.map((e) =>
        e.status === 'sending'
          ? e
          : {
              ...e,
              status: 'pending',
              attempts: e.status === 'failed' ? 0 : e.attempts,
              nextAttemptAt: event.now,
            },
      );
    case 'remove':
      return entries.filter((e) => e.clipId !== event.clipId);
  }
}

/** Entries to send now: pending and due, or left `sending` by a worker that stopped mid-request. */
export function dueEntries(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries.filter((e) => e.status === 'sending' || (e.status === 'pending' && e.nextAttemptAt <= now));
}

/** The earliest time a pending entry becomes due, or null when none waits. */
export function nextDueAt(entries: readonly OutboxEntry[]): number | null {
  let next: number | null = null;
  for (const e of entries) {
    if (e.status === 'pending' && (next === null || e.nextAttemptAt < next)) next = e.nextAttemptAt;
  }
  return next;
}

/** What the panel shows for a clip: its outbox state, or synced / not queued. */
export type ClipSyncState =
  | {
      status: 'pending';
      attempts: number;
      problem: SyncProblem | null;
      nextAttemptAt: number;
      place?: SyncPlace | undefined;
    }
  | { status: 'failed'; problem: SyncProblem | null; place?: SyncPlace | undefined }
  | { status: 'synced'; at: string }
  | { status: 'local' };

/** The outbox's entries by clip id (a clip has one entry at most), for many look-ups. */
export function outboxByClip(entries: readonly OutboxEntry[]): ReadonlyMap<string, OutboxEntry> {
  return new Map(entries.map((e) => [e.clipId, e]));
}

/**
 * A clip's state from the outbox, given as its entries or, for many clips, by clip id
 * (outboxByClip): a search through the list for each of thousands of clips would be quadratic.
 */
export function syncStateOf(
  clip: { id: string; syncedAt: string | null },
  entries: readonly OutboxEntry[] | ReadonlyMap<string, OutboxEntry>,
): ClipSyncState {
  const entry = 'get' in entries ? entries.get(clip.id) : entries.find((e) => e.clipId === clip.id);
  if (entry?.status === 'failed') return { status: 'failed', problem: entry.problem, place: entry.place };
  if (entry)
    return {
      status: 'pending',
      attempts: entry.attempts,
      problem: entry.problem,
      nextAttemptAt: entry.nextAttemptAt,
      place: entry.place,
    };
  return clip.syncedAt ? { status: 'synced', at: clip.syncedAt } : { status: 'local' };
}
