import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, isRetryable } from './backoff.ts';
import {
  dueEntries,
  nextDueAt,
  type OutboxEntry,
  outboxByClip,
  outboxFrom,
  reduceOutbox,
  syncStateOf,
} from './outbox.ts';

const policy = { baseMs: 1000, factor: 2, maxMs: 60_000, maxAttempts: 3 };
const half = () => 0.5;
const fail503 = { status: 503, problem: 'unavailable' } as const;

function queued(now = 0): OutboxEntry[] {
  return reduceOutbox([], { type: 'enqueue', clipId: 'a', op: 'append', now });
}

describe('backoff schedule', () => {
  it.each([
    [1, 750],
    [2, 1500],
    [3, 3000],
    [4, 6000],
    [10, 45_000],
  ])('waits %i failures → %i ms with the jitter at its middle', (failures, ms) => {
    expect(backoffDelay(failures, policy, half)).toBe(ms);
  });

  it('honours a longer Retry-After', () => {
    expect(backoffDelay(1, policy, half, 30_000)).toBe(30_000);
  });

  it('stays between half the ceiling and the ceiling for any jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (n, r) => {
        const ceiling = Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.baseMs * 2 ** (n - 1));
        const d = backoffDelay(n, DEFAULT_BACKOFF, () => r);
        return d >= Math.floor(ceiling / 2) && d <= ceiling;
      }),
    );
  });

  it.each([
    [429, true],
    [500, true],
    [503, true],
    [0, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
  ])('treats status %i as retryable: %s', (status, retry) => {
    expect(isRetryable({ status, problem: 'unknown' })).toBe(retry);
  });
});

describe('outbox state machine', () => {
  it('queues a clip as pending and due at once', () => {
    const entries = queued(100);
    expect(entries).toEqual([
      { clipId: 'a', op: 'append', status: 'pending', attempts: 0, nextAttemptAt: 100, problem: null },
    ]);
    expect(dueEntries(entries, 100)).toHaveLength(1);
  });

  it('removes a sent clip on success', () => {
    const sending = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    expect(reduceOutbox(sending, { type: 'succeeded', clipIds: ['a'] })).toEqual([]);
  });

  it('schedules a retry after a 503 and gives up after maxAttempts with the problem', () => {
    let entries = queued();
    for (let attempt = 1; attempt <= 3; attempt++) {
      entries = reduceOutbox(entries, { type: 'start', clipIds: ['a'] }, policy, half);
      entries = reduceOutbox(
        entries,
        { type: 'failed', clipIds: ['a'], failure: fail503, now: 1000 },
        policy,
        half,
      );
    }
    expect(entries[0]).toMatchObject({ status: 'failed', attempts: 3, problem: 'unavailable' });
    const first = reduceOutbox(
      reduceOutbox(queued(), { type: 'start', clipIds: ['a'] }),
      { type: 'failed', clipIds: ['a'], failure: fail503, now: 1000 },
      policy,
      half,
    );
    expect(first[0]).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: 1750 });
    expect(dueEntries(first, 1749)).toHaveLength(0);
    expect(nextDueAt(first)).toBe(1750);
  });

  it('fails at once on a 403 (a setting must change, retrying will not help)', () => {
    const sending = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    const after = reduceOutbox(sending, {
      type: 'failed',
      clipIds: ['a'],
      failure: { status: 403, problem: 'forbidden' },
      now: 0,
    });
    expect(after[0]).toMatchObject({ status: 'failed', problem: 'forbidden' });
  });

  it('keeps an edit made while the request was in flight', () => {
    let entries = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    entries = reduceOutbox(entries, { type: 'enqueue', clipId: 'a', op: 'update', now: 5 });
    entries = reduceOutbox(entries, { type: 'succeeded', clipIds: ['a'] });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: 'pending', op: 'append' });
  });

  it('treats an entry left sending by a stopped worker as due', () => {
    const entries = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    expect(dueEntries(entries, 0)).toHaveLength(1);
  });

  it('retries a failed clip from zero attempts', () => {
    let entries = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    entries = reduceOutbox(entries, {
      type: 'failed',
      clipIds: ['a'],
      failure: { status: 401, problem: 'signInExpired' },
      now: 0,
    });
    entries = reduceOutbox(entries, { type: 'retry', clipId: 'a', now: 9 });
    expect(entries[0]).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: 9 });
  });

  it('derives each clip status: pending, failed, synced, local', () => {
    const failed = reduceOutbox(reduceOutbox(queued(), { type: 'start', clipIds: ['a'] }), {
      type: 'failed',
      clipIds: ['a'],
      failure: { status: 400, problem: 'badRequest' },
      now: 0,
    });
    expect(syncStateOf({ id: 'a', syncedAt: null }, queued()).status).toBe('pending');
    expect(syncStateOf({ id: 'a', syncedAt: null }, failed)).toEqual({
      status: 'failed',
      problem: 'badRequest',
    });
    expect(syncStateOf({ id: 'b', syncedAt: '2026-01-01T00:00:00Z' }, failed).status).toBe('synced');
    expect(syncStateOf({ id: 'b', syncedAt: null }, []).status).toBe('local');
    // The same states looked up by clip id, as the panel does for thousands of clips.
    for (const entries of [queued(), failed, []]) {
      for (const clip of [
        { id: 'a', syncedAt: null },
        { id: 'b', syncedAt: '2026-01-01T00:00:00Z' },
      ]) {
        expect(syncStateOf(clip, outboxByClip(entries))).toEqual(syncStateOf(clip, entries));
      }
    }
  });

  it('waits out a Retry-After longer than the backoff', () => {
    const sending = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    const after = reduceOutbox(
      sending,
      {
        type: 'failed',
        clipIds: ['a'],
        failure: { status: 429, problem: 'quota', retryAfterMs: 90_000 },
        now: 0,
      },
      policy,
      half,
    );
    expect(after[0]).toMatchObject({ status: 'pending', problem: 'quota', nextAttemptAt: 90_000 });
  });

  it('"Sync now" makes everything waiting due at once, failed clips from zero attempts', () => {
    const b = reduceOutbox(queued(), { type: 'enqueue', clipId: 'b', op: 'append', now: 0 });
    let entries = reduceOutbox(b, { type: 'start', clipIds: ['a', 'b'] });
    entries = reduceOutbox(
      entries,
      { type: 'failed', clipIds: ['a'], failure: fail503, now: 0 },
      policy,
      half,
    );
    entries = reduceOutbox(
      entries,
      { type: 'failed', clipIds: ['b'], failure: { status: 403, problem: 'forbidden' }, now: 0 },
      policy,
      half,
    );
    expect(dueEntries(entries, 10)).toHaveLength(0);
    entries = reduceOutbox(entries, { type: 'retry-all', now: 10 });
    expect(dueEntries(entries, 10).map((e) => e.clipId)).toEqual(['a', 'b']);
    expect(entries.map((e) => e.attempts)).toEqual([1, 0]);
  });

  it('leaves an entry being sent alone on "Sync now"', () => {
    const sending = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    expect(reduceOutbox(sending, { type: 'retry-all', now: 5 })).toEqual(sending);
  });

  it('turns a queued clip into a delete of its row, unless its append was never tried', () => {
    expect(reduceOutbox(queued(), { type: 'enqueue', clipId: 'a', op: 'delete', now: 1 })).toEqual([]);
    const tried = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    expect(reduceOutbox(tried, { type: 'enqueue', clipId: 'a', op: 'delete', now: 1 })[0]).toMatchObject({
      op: 'delete',
      status: 'pending',
    });
  });

  it('reads stored entries leniently: malformed ones are dropped, an unknown problem becomes unknown', () => {
    const good = queued()[0];
    expect(
      outboxFrom([good, { clipId: 'x' }, 'junk', { ...good, clipId: 'b', problem: 'old text' }]),
    ).toEqual([good, { ...good, clipId: 'b', problem: 'unknown' }]);
    expect(outboxFrom(undefined)).toEqual([]);
  });
});

describe('Retry on a clip the sheet refused: the user’s choice', () => {
  it.each([
    ['rowDeleted', 'append'],
    ['editedInSheet', 'overwrite'],
    ['protectedRange', 'update'],
  ] as const)('after %s, Retry sends the clip as %s', (problem, op) => {
    let entries = reduceOutbox([], { type: 'enqueue', clipId: 'a', op: 'update', now: 0 });
    entries = reduceOutbox(entries, { type: 'start', clipIds: ['a'] });
    entries = reduceOutbox(entries, {
      type: 'failed',
      clipIds: ['a'],
      failure: { status: -1, problem, place: { sheet: '客户', row: 7 } },
      now: 0,
    });
    expect(entries[0]).toMatchObject({ status: 'failed', problem, place: { sheet: '客户', row: 7 } });
    entries = reduceOutbox(entries, { type: 'retry', clipId: 'a', now: 5 });
    expect(entries[0]).toMatchObject({ op, status: 'pending' });
    // A new edit in the extension is checked against the sheet again.
    expect(reduceOutbox(entries, { type: 'enqueue', clipId: 'a', op: 'update', now: 6 })[0]?.op).toBe(
      op === 'append' ? 'append' : 'update',
    );
  });
});
