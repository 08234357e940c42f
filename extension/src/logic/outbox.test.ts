import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, isRetryable } from './backoff.ts';
import { dueEntries, nextDueAt, type OutboxEntry, reduceOutbox, syncStateOf } from './outbox.ts';

const policy = { baseMs: 1000, factor: 2, maxMs: 60_000, maxAttempts: 3 };
const half = () => 0.5;
const fail503 = { status: 503, reason: '503 The service is currently unavailable.' };

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
    expect(isRetryable({ status, reason: '' })).toBe(retry);
  });
});

describe('outbox state machine', () => {
  it('queues a clip as pending and due at once', () => {
    const entries = queued(100);
    expect(entries).toEqual([
      { clipId: 'a', op: 'append', status: 'pending', attempts: 0, nextAttemptAt: 100, reason: null },
    ]);
    expect(dueEntries(entries, 100)).toHaveLength(1);
  });

  it('removes a sent clip on success', () => {
    const sending = reduceOutbox(queued(), { type: 'start', clipIds: ['a'] });
    expect(reduceOutbox(sending, { type: 'succeeded', clipIds: ['a'] })).toEqual([]);
  });

  it('schedules a retry after a 503 and gives up after maxAttempts with the reason', () => {
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
    expect(entries[0]).toMatchObject({ status: 'failed', attempts: 3, reason: fail503.reason });
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
      failure: { status: 403, reason: '403 denied' },
      now: 0,
    });
    expect(after[0]).toMatchObject({ status: 'failed', reason: '403 denied' });
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
      failure: { status: 401, reason: 'x' },
      now: 0,
    });
    entries = reduceOutbox(entries, { type: 'retry', clipId: 'a', now: 9 });
    expect(entries[0]).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: 9 });
  });

  it('derives each clip status: pending, failed, synced, local', () => {
    const failed = reduceOutbox(reduceOutbox(queued(), { type: 'start', clipIds: ['a'] }), {
      type: 'failed',
      clipIds: ['a'],
      failure: { status: 400, reason: 'bad range' },
      now: 0,
    });
    expect(syncStateOf({ id: 'a', syncedAt: null }, queued()).status).toBe('pending');
    expect(syncStateOf({ id: 'a', syncedAt: null }, failed)).toEqual({
      status: 'failed',
      reason: 'bad range',
    });
    expect(syncStateOf({ id: 'b', syncedAt: '2026-01-01T00:00:00Z' }, failed).status).toBe('synced');
    expect(syncStateOf({ id: 'b', syncedAt: null }, []).status).toBe('local');
  });
});
