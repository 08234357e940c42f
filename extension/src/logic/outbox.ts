import {
  type BackoffPolicy,
  backoffDelay,
  DEFAULT_BACKOFF,
  isRetryable,
  type SyncFailure,
} from './backoff.ts';

/**
 * The sync outbox: an entry is written to chrome.storage.local before any request, so a closed
 * browser or a service worker that Chrome stops between events never loses a clip. States:
 *
 *   pending ──start──▶ sending ──succeeded──▶ (removed; the clip is synced)
 *      ▲                  │
 *      └──retryable fail──┤ (attempts + 1, next attempt after backoff)
 *                         └──final fail──▶ failed ──retry──▶ pending
 *
 * A `sending` entry found after a restart is due again: the clip-id column makes a repeated
 * append harmless.
 */
export type OutboxStatus = 'pending' | 'sending' | 'failed';

export interface OutboxEntry {
  clipId: string;
  /** append: a new row; update: rewrite the row that holds this clip id. */
  op: 'append' | 'update';
  status: OutboxStatus;
  attempts: number;
  /** Epoch ms before which a pending entry is not sent. */
  nextAttemptAt: number;
  reason: string | null;
}

export type OutboxEvent =
  | { type: 'enqueue'; clipId: string; op: 'append' | 'update'; now: number }
  | { type: 'start'; clipIds: string[] }
  | { type: 'succeeded'; clipIds: string[] }
  | { type: 'failed'; clipIds: string[]; failure: SyncFailure; now: number }
  | { type: 'retry'; clipId: string; now: number }
  | { type: 'remove'; clipId: string };

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
      // An edit of a clip whose append is still queued stays an append: the row does not exist yet.
      const op = existing?.op === 'append' ? 'append' : event.op;
      const fresh: OutboxEntry = {
        clipId: event.clipId,
        op,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: event.now,
        reason: null,
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
        if (!retry || attempts >= policy.maxAttempts) {
          return { ...e, status: 'failed', attempts, reason: event.failure.reason };
        }
        const delay = backoffDelay(attempts, policy, random, event.failure.retryAfterMs);
        return {
          ...e,
          status: 'pending',
          attempts,
          nextAttemptAt: event.now + delay,
          reason: event.failure.reason,
        };
      });
    }
    case 'retry':
      return entries.map((e) =>
        e.clipId === event.clipId ? { ...e, status: 'pending', attempts: 0, nextAttemptAt: event.now } : e,
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
  | { status: 'pending'; attempts: number; reason: string | null; nextAttemptAt: number }
  | { status: 'failed'; reason: string | null }
  | { status: 'synced'; at: string }
  | { status: 'local' };

export function syncStateOf(
  clip: { id: string; syncedAt: string | null },
  entries: readonly OutboxEntry[],
): ClipSyncState {
  const entry = entries.find((e) => e.clipId === clip.id);
  if (entry?.status === 'failed') return { status: 'failed', reason: entry.reason };
  if (entry)
    return {
      status: 'pending',
      attempts: entry.attempts,
      reason: entry.reason,
      nextAttemptAt: entry.nextAttemptAt,
    };
  return clip.syncedAt ? { status: 'synced', at: clip.syncedAt } : { status: 'local' };
}
