import { describe, expect, it } from 'vitest';
import { isRetryable } from '../logic/backoff.ts';
import { StorageFullError } from '../logic/storageFull.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { memorySheet } from '../testing/memorySheet.ts';
import { memorySyncStore } from '../testing/memorySyncStore.ts';
import { failureOf, runSync, SyncSetupError, type SyncStore } from './runSync.ts';
import { type SheetsClient, SheetsRequestError } from './sheetsClient.ts';

/** A memory sheet whose appends first answer with the given statuses (then succeed). */
function flakySheet(statuses: { status: number; retryAfterMs?: number }[]) {
  const sheet = memorySheet();
  let appends = 0;
  const client: SheetsClient = {
    ...sheet.client,
    async appendValues(range, values) {
      const fault = statuses[appends++];
      if (fault)
        throw new SheetsRequestError(fault.status, `${fault.status} from the API`, fault.retryAfterMs);
      await sheet.client.appendValues(range, values);
    },
  };
  return { client, rows: sheet.rows, appendCount: () => appends };
}

async function queue(store: SyncStore, ids: string[], now = 0) {
  for (const id of ids) await store.applyOutbox({ type: 'enqueue', clipId: id, op: 'append', now });
}

describe('runSync', () => {
  it('fails the batch as storageFull, sending nothing, when the cells it would send cannot be kept', async () => {
    const { store, outbox } = memorySyncStore([clipFixture('c1')]);
    await queue(store, ['c1']);
    const sheet = memorySheet();
    const full: SyncStore = {
      ...store,
      markSending: async () => {
        throw new StorageFullError(7_150, 'QUOTA_BYTES quota exceeded');
      },
    };
    const report = await runSync({
      store: full,
      client: async () => sheet.client,
      sheetName: 'S',
      language: 'zh',
      now: () => 0,
    });
    expect(report).toEqual({ synced: [], failed: ['c1'], pending: 0, nextAttemptAt: null });
    // Failed, not pending: space comes back only when the user deletes clips, then "Retry".
    expect(outbox()[0]).toMatchObject({ status: 'failed', problem: 'storageFull' });
    expect(sheet.rows.filter((r) => r.includes('c1'))).toEqual([]);
  });

  it('stops at a retryable failure and reports when to try again, without waiting', async () => {
    const { store, outbox } = memorySyncStore([clipFixture('c1')]);
    await queue(store, ['c1']);
    const sheet = flakySheet([{ status: 429, retryAfterMs: 90_000 }]);
    const report = await runSync({
      store,
      client: async () => sheet.client,
      sheetName: 'S',
      language: 'zh',
      now: () => 0,
    });
    expect(report).toEqual({ synced: [], failed: [], pending: 1, nextAttemptAt: 90_000 });
    expect(outbox()[0]).toMatchObject({ status: 'pending', attempts: 1, problem: 'quota' });
  });

  it('writes each clip exactly once across runs that each follow a 503', async () => {
    const clips = [clipFixture('c1'), clipFixture('c2', { emails: ['michael.brown@example.com'] })];
    const { store, outbox } = memorySyncStore(clips);
    await queue(store, ['c1', 'c2']);
    const sheet = flakySheet([{ status: 503 }, { status: 503 }]);
    let now = 0;
    const run = () =>
      runSync({ store, client: async () => sheet.client, sheetName: 'S', language: 'en', now: () => now });
    const first = await run();
    expect(first.nextAttemptAt).toBe(750);
    now = first.nextAttemptAt ?? 0;
    const second = await run();
    expect(second.nextAttemptAt).toBe(750 + 1500);
    now = second.nextAttemptAt ?? 0;
    const third = await run();
    expect(third.synced.sort()).toEqual(['c1', 'c2']);
    expect(third.nextAttemptAt).toBeNull();
    expect(outbox()).toEqual([]);
    expect(sheet.rows.map((r) => r[0])).toEqual(['Clip ID', 'c1', 'c2']);
    expect(clips.every((c) => c.syncedAt !== null)).toBe(true);
  });

  it('sends an entry left `sending` by a stopped worker again, without doubling its row', async () => {
    const { store } = memorySyncStore([clipFixture('c1')]);
    await queue(store, ['c1']);
    const sheet = memorySheet();
    // The stopped worker's append landed, but its success was never recorded.
    await store.applyOutbox({ type: 'start', clipIds: ['c1'] });
    const { pushClips } = await import('./pushClips.ts');
    await pushClips(sheet.client, 'S', [{ clipId: 'c1', op: 'append', clip: clipFixture('c1') }], 'zh');
    const report = await runSync({ store, client: async () => sheet.client, sheetName: 'S', language: 'zh' });
    expect(report.synced).toEqual(['c1']);
    expect(sheet.rows.filter((r) => r[0] === 'c1')).toHaveLength(1);
  });

  it('carries out a delete for a clip no longer in storage', async () => {
    const { store, outbox } = memorySyncStore([]);
    const sheet = memorySheet([
      ['Clip ID', 'Name'],
      ['c9', 'Gone'],
    ]);
    await store.applyOutbox({ type: 'enqueue', clipId: 'c9', op: 'delete', now: 0 });
    const report = await runSync({ store, client: async () => sheet.client, sheetName: 'S', language: 'en' });
    expect(report.synced).toEqual(['c9']);
    expect(outbox()).toEqual([]);
    expect(sheet.rows[1]).toEqual(['', '']);
  });

  it('marks clips failed with the problem when sign-in fails, without any request', async () => {
    const { store, outbox } = memorySyncStore([clipFixture('c1')]);
    await queue(store, ['c1']);
    const report = await runSync({
      store,
      client: async () => {
        throw new SyncSetupError('noClientId');
      },
      sheetName: 'S',
      language: 'zh',
      now: () => 0,
    });
    expect(report.failed).toEqual(['c1']);
    expect(outbox()[0]).toMatchObject({ status: 'failed', problem: 'noClientId' });
  });

  it.each([
    [0, 'offline'],
    [401, 'signInExpired'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [400, 'badRequest'],
    [429, 'quota'],
    [503, 'unavailable'],
  ] as const)('names status %i as the problem %s, never passing the API’s English on', (status, problem) => {
    const failure = failureOf(new SheetsRequestError(status, `${status} Some English from Google`, 2000));
    expect(failure).toEqual({ status, problem, retryAfterMs: 2000 });
  });

  it.each([
    [400, "Unable to parse range: '剪藏'!1:1", 'sheetMissing'],
    [
      403,
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      'protectedRange',
    ],
    [
      400,
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      'protectedRange',
    ],
    [
      400,
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
      'cellLimit',
    ],
    [400, 'Your input contains more than the maximum of 50000 characters in a single cell.', 'cellTooLong'],
    [403, 'The caller does not have permission', 'forbidden'],
    [404, 'Requested entity was not found.', 'notFound'],
  ] as const)('names a %i "%s" as the problem %s, not to be retried', (status, message, problem) => {
    const failure = failureOf(new SheetsRequestError(status, `${status} ${message}`));
    expect(failure).toEqual({ status, problem });
    expect(isRetryable(failure)).toBe(false);
  });

  it('names the tab of a refused batch, and fails an edit whose row the user deleted with its own problem', async () => {
    const deleted = clipFixture('c1', {}, { syncedAt: '2026-03-05T09:00:00.000Z' });
    const { store, outbox } = memorySyncStore([deleted, clipFixture('c2')]);
    await store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'update', now: 0 });
    const sheet = memorySheet([['姓名', '剪藏编号']]);
    const report = await runSync({
      store,
      client: async () => sheet.client,
      sheetName: '客户',
      language: 'zh',
      now: () => 0,
    });
    expect(report.failed).toEqual(['c1']);
    expect(outbox()).toEqual([
      expect.objectContaining({
        clipId: 'c1',
        status: 'failed',
        problem: 'rowDeleted',
        place: { sheet: '客户' },
      }),
    ]);
    // Retry is the user's choice to add the row again.
    await store.applyOutbox({ type: 'retry', clipId: 'c1', now: 0 });
    expect(outbox()[0]).toMatchObject({ op: 'append', status: 'pending' });
    await queue(store, ['c2']);
    const protectedSheet: SheetsClient = {
      ...sheet.client,
      async getValues() {
        throw new SheetsRequestError(
          403,
          '403 You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
        );
      },
    };
    await runSync({
      store,
      client: async () => protectedSheet,
      sheetName: '客户',
      language: 'zh',
      now: () => 0,
    });
    expect(outbox().map((e) => [e.status, e.problem, e.place])).toEqual([
      ['failed', 'protectedRange', { sheet: '客户' }],
      ['failed', 'protectedRange', { sheet: '客户' }],
    ]);
  });

  it('writes nothing into a sheet sorted with its header among the data, and names the header’s row', async () => {
    const { store, outbox } = memorySyncStore([
      clipFixture('c3', { name: '王芳', emails: ['wang.fang@example.cn'] }),
    ]);
    await queue(store, ['c3']);
    // "Sort sheet A → Z" on 姓名 with no frozen row: the header landed between the customers.
    const sorted = [
      ['刘洋', 'liu.yang@example.cn', '老客户', 'c2'],
      ['姓名', '邮箱', '备注', '剪藏编号'],
      ['陈静', 'chen.jing@yuanfan-scm.cn', '', 'c1'],
    ];
    const sheet = memorySheet(sorted);
    const report = await runSync({
      store,
      client: async () => sheet.client,
      sheetName: '客户',
      language: 'zh',
      now: () => 0,
    });
    expect(report.failed).toEqual(['c3']);
    expect(outbox()[0]).toMatchObject({
      status: 'failed',
      problem: 'headerMoved',
      place: { sheet: '客户', row: 2 },
    });
    expect(sheet.rows).toEqual(sorted);
  });
});
