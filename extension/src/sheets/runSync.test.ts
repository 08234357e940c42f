import { describe, expect, it } from 'vitest';
import { type OutboxEntry, reduceOutbox } from '../logic/outbox.ts';
import type { Clip } from '../model/clip.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { failureOf, runSync, type SyncStore } from './runSync.ts';
import { type SheetsClient, SheetsRequestError } from './sheetsClient.ts';

function memoryStore(clips: Clip[]) {
  let outbox: OutboxEntry[] = [];
  const policy = { baseMs: 1000, factor: 2, maxMs: 60_000, maxAttempts: 4 };
  const store: SyncStore = {
    readOutbox: async () => outbox,
    applyOutbox: async (event) => {
      outbox = reduceOutbox(outbox, event, policy, () => 0.5);
      return outbox;
    },
    readClips: async () => clips,
    markSynced: async (ids, at) => {
      for (const c of clips) if (ids.includes(c.id)) c.syncedAt = at;
    },
  };
  return { store, outbox: () => outbox };
}

/** A sheet whose appends answer with the given statuses first (then succeed). */
function flakySheet(statuses: number[]) {
  const rows: string[][] = [];
  let appends = 0;
  const client: SheetsClient = {
    async getValues(range) {
      if (range.endsWith('1:1')) return rows[0] ? [rows[0]] : [];
      return rows.slice(1).map((r) => [r[0] ?? '']);
    },
    async batchUpdateValues(data) {
      rows[0] = data.map((d) => d.values[0]?.[0] ?? '');
    },
    async appendValues(_range, values) {
      const status = statuses[appends++];
      if (status !== undefined)
        throw new SheetsRequestError(status, `${status} The service is currently unavailable.`);
      rows.push(...values);
    },
  };
  return { client, rows, appendCount: () => appends };
}

describe('runSync', () => {
  it('retries two 503s with backoff and writes each clip exactly once', async () => {
    const clips = [
      clipFixture('c1'),
      clipFixture('c2', { name: 'Michael Brown', emails: ['michael.brown@example.com'] }),
    ];
    const { store, outbox } = memoryStore(clips);
    for (const c of clips) await store.applyOutbox({ type: 'enqueue', clipId: c.id, op: 'append', now: 0 });
    const sheet = flakySheet([503, 503]);
    let now = 0;
    const waits: number[] = [];
    const report = await runSync({
      store,
      client: async () => sheet.client,
      sheetName: 'Customers',
      language: 'en',
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    expect(waits).toEqual([750, 1500]);
    expect(report.synced.sort()).toEqual(['c1', 'c2']);
    expect(outbox()).toEqual([]);
    expect(sheet.rows.map((r) => r[0])).toEqual(['Clip ID', 'c1', 'c2']);
    expect(clips.every((c) => c.syncedAt !== null)).toBe(true);
  });

  it('marks clips failed with the reason when sign-in fails, without any request', async () => {
    const { store, outbox } = memoryStore([clipFixture('c1')]);
    await store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'append', now: 0 });
    const report = await runSync({
      store,
      client: async () => {
        throw new Error('set the OAuth client ID in the options page first');
      },
      sheetName: 'Customers',
      language: 'zh',
      now: () => 0,
    });
    expect(report.failed).toEqual(['c1']);
    expect(outbox()[0]).toMatchObject({
      status: 'failed',
      reason: 'set the OAuth client ID in the options page first',
    });
  });

  it('stops waiting when the next retry is further away than maxWaitMs, leaving the clip pending', async () => {
    const { store, outbox } = memoryStore([clipFixture('c1')]);
    await store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'append', now: 0 });
    const sheet = flakySheet([429]);
    const report = await runSync({
      store,
      client: async () => sheet.client,
      sheetName: 'Customers',
      language: 'zh',
      now: () => 0,
      maxWaitMs: 100,
    });
    expect(report).toEqual({ synced: [], failed: [], pending: 1 });
    expect(outbox()[0]).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it.each([
    ['zh', 'Sheets API 没有响应（是否离线？）：TypeError: Failed to fetch'],
    ['en', 'No answer from the Sheets API (offline?): TypeError: Failed to fetch'],
  ] as const)(
    'words a request that got no answer for people (%s), keeping the status',
    (language, reason) => {
      const failure = failureOf(new SheetsRequestError(0, 'TypeError: Failed to fetch'), language);
      expect(failure).toEqual({ status: 0, reason });
    },
  );

  it('passes the API’s own answer through', () => {
    const failure = failureOf(new SheetsRequestError(429, '429 Quota exceeded', 2000), 'zh');
    expect(failure).toEqual({ status: 429, reason: '429 Quota exceeded', retryAfterMs: 2000 });
  });
});
