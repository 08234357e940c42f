import { beforeAll, describe, expect, it } from 'vitest';
import { clipIndexFrom } from '../logic/clipIndex.ts';
import { withSentCells, withSynced } from '../logic/syncMarks.ts';
import type { Clip } from '../model/clip.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { memoryLocalArea } from '../testing/memoryLocalArea.ts';
import { realisticClips } from '../testing/realisticClips.ts';
import { clipStore } from './clipStore.ts';

const STORED = realisticClips(5000);
const NEW = clipFixture('new-1', {
  name: '周海燕',
  emails: ['zhou.haiyan@ganglian-logistics.cn'],
  phones: ['+8613857412369'],
});
const enqueue = (clipId: string, op: 'append' | 'update' | 'delete') =>
  ({ type: 'enqueue', clipId, op, now: 1_767_000_000_000 }) as const;

/** Storage as an earlier version left it, 5,000 clips, moved to a key per clip; calls counted from here. */
async function storageWith5000() {
  const storage = memoryLocalArea({ clips: STORED, settings: { region: 'CN' } });
  const region = { current: 'CN' };
  const store = clipStore(storage.area, async () => region.current);
  await store.index();
  storage.calls.sets.length = 0;
  storage.calls.removes.length = 0;
  storage.calls.gets.length = 0;
  return { storage, store, region };
}

/** The most clip keys any one get() asked for (null: all of storage). */
const widestRead = (gets: (string[] | null)[]) =>
  Math.max(
    0,
    ...gets.map((keys) =>
      keys === null ? Number.POSITIVE_INFINITY : keys.filter((k) => k.startsWith('clip:')).length,
    ),
  );

describe('a key per clip: a change writes only what it changes (5,000 clips stored)', () => {
  let target: Clip;
  beforeAll(() => {
    target = STORED[1234] as Clip;
  });

  it('a save writes the new clip, the index and the outbox in one set(), and reads no other clip', async () => {
    const { storage, store } = await storageWith5000();
    expect(await store.sharingKeys([NEW.contact])).toEqual([]);
    await store.write({ put: [NEW], remove: [] }, [enqueue(NEW.id, 'append')]);
    expect(storage.calls.sets).toEqual([['clip:new-1', 'clipIndex', 'outbox']]);
    expect(storage.calls.removes).toEqual([]);
    expect(widestRead(storage.calls.gets)).toBe(0);
    const all = await store.all();
    expect(all).toHaveLength(5001);
    expect(all.at(-1)).toEqual(NEW);
    expect(storage.value('outbox')).toEqual([
      expect.objectContaining({ clipId: 'new-1', op: 'append', status: 'pending' }),
    ]);
  });

  it('a duplicate is found through the index, reading only the clip it matches', async () => {
    const { storage, store } = await storageWith5000();
    const again = { emails: target.contact.emails.map((e) => e.toUpperCase()), phones: [] };
    expect((await store.sharingKeys([again])).map((c) => c.id)).toEqual([target.id]);
    expect(widestRead(storage.calls.gets)).toBe(1);
    expect(storage.calls.sets).toEqual([]);
  });

  it('an edit rewrites that clip in its place, with the index and the outbox', async () => {
    const { storage, store } = await storageWith5000();
    const edited: Clip = {
      ...target,
      contact: { ...target.contact, emails: ['new.address@yuanfan-scm.cn'] },
    };
    await store.write({ put: [edited], remove: [] }, [enqueue(target.id, 'update')]);
    expect(storage.calls.sets).toEqual([[`clip:${target.id}`, 'clipIndex', 'outbox']]);
    const all = await store.all();
    expect(all.map((c) => c.id)).toEqual(STORED.map((c) => c.id));
    expect(all[1234]).toEqual(edited);
    // The index follows the new address: the old one no longer matches, the new one does.
    expect(await store.sharingKeys([{ emails: target.contact.emails, phones: [] }])).toEqual([]);
    expect(await store.sharingKeys([{ emails: ['new.address@yuanfan-scm.cn'], phones: [] }])).toEqual([
      edited,
    ]);
  });

  it('a delete empties the clip’s key with the index and the outbox in one set(), then removes it', async () => {
    const { storage, store } = await storageWith5000();
    await store.write({ put: [], remove: [target.id] }, [enqueue(target.id, 'delete')]);
    expect(storage.calls.sets).toEqual([[`clip:${target.id}`, 'clipIndex', 'outbox']]);
    expect(storage.calls.removes).toEqual([[`clip:${target.id}`]]);
    expect(storage.value(`clip:${target.id}`)).toBeUndefined();
    expect(clipIndexFrom(storage.value('clipIndex'))?.clips.map((e) => e.id)).not.toContain(target.id);
    expect(await store.all()).toHaveLength(4999);
  });

  it('a delete stopped before its key is removed leaves no data of the clip', async () => {
    const { storage, store } = await storageWith5000();
    storage.failNext('remove');
    await expect(store.write({ put: [], remove: [target.id] }, [])).rejects.toThrow('worker stopped');
    expect(storage.value(`clip:${target.id}`)).toBeNull();
    expect((await store.all()).map((c) => c.id)).not.toContain(target.id);
  });

  it('a sync round rewrites only the clips it marks, not the index', async () => {
    const { storage, store } = await storageWith5000();
    const ids = [STORED[10]?.id ?? '', STORED[20]?.id ?? ''];
    const cells = Object.fromEntries(ids.map((id) => [id, { name: 'x' }]));
    await store.mark(ids, (clips) => withSentCells(clips, cells));
    await store.mark(ids, (clips) => withSynced(clips, ids, '2026-12-05T00:00:00.000Z', cells));
    expect(storage.calls.sets).toEqual([
      ids.map((id) => `clip:${id}`).sort(),
      ids.map((id) => `clip:${id}`).sort(),
    ]);
    expect(widestRead(storage.calls.gets)).toBe(2);
    const [first] = await store.some([ids[0] ?? '']);
    expect(first).toMatchObject({ syncedAt: '2026-12-05T00:00:00.000Z', sheetCells: { name: 'x' } });
    expect(first?.sentCells).toBeUndefined();
  });

  it('a sync mark does not bring back a clip deleted meanwhile', async () => {
    const { storage, store } = await storageWith5000();
    await store.write({ put: [], remove: [target.id] }, []);
    await store.mark([target.id], (clips) => withSynced(clips, [target.id], '2026-12-05T00:00:00.000Z', {}));
    expect(storage.value(`clip:${target.id}`)).toBeUndefined();
  });

  it('after a region change, the index’s keys are rebuilt once for the new region', async () => {
    const storage = memoryLocalArea({});
    const region = { current: 'CN' };
    const store = clipStore(storage.area, async () => region.current);
    const local = clipFixture('us-1', { emails: [], phones: ['+12025550143'] });
    await store.write({ put: [local], remove: [] }, []);
    region.current = 'US';
    // Typed without a country code: a US number in the US region.
    expect((await store.sharingKeys([{ emails: [], phones: ['(202) 555-0143'] }])).map((c) => c.id)).toEqual([
      'us-1',
    ]);
    expect(clipIndexFrom(storage.value('clipIndex'))).toMatchObject({ region: 'US' });
  });

  it('counts the clips without reading them', async () => {
    const { storage, store } = await storageWith5000();
    expect(await store.count()).toBe(5000);
    expect(widestRead(storage.calls.gets)).toBe(0);
  });
});
