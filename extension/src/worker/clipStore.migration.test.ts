import { describe, expect, it } from 'vitest';
import { clipIndexFrom, keyDigest, storedClipIndex } from '../logic/clipIndex.ts';
import type { Clip } from '../model/clip.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { memoryLocalArea } from '../testing/memoryLocalArea.ts';
import { clipStore } from './clipStore.ts';

const a = clipFixture('a', {
  name: '陈静',
  emails: ['chen.jing@yuanfan-scm.cn'],
  phones: ['+8613912345678'],
});
const aEdited = clipFixture('a', { name: '陈静（已改）', emails: ['chen.jing@yuanfan-scm.cn'], phones: [] });
const b = clipFixture('b', {
  name: 'Wang Wei',
  emails: ['wang.wei@qinghe-trade.com'],
  phones: ['+8613857412369'],
});
const c = clipFixture('c', { name: '李娜', emails: [], phones: ['+862161234567'], wechat: 'lina_sh' });
const d = clipFixture(
  'd',
  { name: '赵磊', emails: ['zhao.lei@qmx-tech.com.cn'], phones: [] },
  {
    createdAt: '2026-04-01T00:00:00.000Z',
  },
);
const e = clipFixture('e', { name: '周海燕', emails: ['zhou@ganglian-logistics.cn'], phones: [] });

/** An index as this version writes it (its keys are rebuilt where they matter). */
const indexOf = (clips: Clip[]) =>
  storedClipIndex({
    region: 'CN',
    clips: clips.map((clip) => ({
      id: clip.id,
      keys: [keyDigest(`email:${clip.contact.emails[0] ?? clip.id}`)],
    })),
  });

const cases: {
  name: string;
  stored: Record<string, unknown>;
  /** Where a first run stops: before its set(), or between its set() and its remove(). */
  stopBefore?: 'set' | 'remove';
  ids: string[];
  names?: string[];
}[] = [
  { name: 'an earlier version’s array only', stored: { clips: [a, b, c] }, ids: ['a', 'b', 'c'] },
  {
    name: 'clips under their own keys only',
    stored: { clipIndex: indexOf([b, a]), 'clip:a': a, 'clip:b': b },
    ids: ['b', 'a'],
  },
  {
    name: 'both, the same clip in each: the own-key copy wins, the index’s order first',
    stored: { clips: [a, c, b], clipIndex: indexOf([a, b]), 'clip:a': aEdited, 'clip:b': b },
    ids: ['a', 'b', 'c'],
    names: ['陈静（已改）', 'Wang Wei', '李娜'],
  },
  {
    name: 'a migration stopped between its set() and its remove()',
    stored: { clips: [a, b, c] },
    stopBefore: 'remove',
    ids: ['a', 'b', 'c'],
  },
  {
    name: 'a migration stopped before its set()',
    stored: { clips: [a, b, c] },
    stopBefore: 'set',
    ids: ['a', 'b', 'c'],
  },
  {
    name: 'invalid clips in the array and under a key are dropped, as readers always skipped them',
    stored: {
      clips: [a, { id: '' }, 'not a clip', { ...b, contact: { name: 42 } }, null, c],
      'clip:junk': { id: 'junk' },
      'clip:other': b,
    },
    ids: ['a', 'c'],
  },
  {
    name: 'a clip twice in the array is kept once',
    stored: { clips: [a, b, a, c, b] },
    ids: ['a', 'b', 'c'],
  },
  {
    name: 'a clip under its key that no index lists goes last',
    stored: { clips: [a, b], 'clip:d': d },
    ids: ['a', 'b', 'd'],
  },
  {
    name: 'a clip whose key a delete emptied stays deleted, though the array has it',
    stored: { clips: [a, e], clipIndex: indexOf([a]), 'clip:a': a, 'clip:e': null },
    ids: ['a'],
  },
];

describe('moving an earlier version’s clips array to a key per clip', () => {
  it.each(cases)('$name', async ({ stored, stopBefore, ids, names }) => {
    const storage = memoryLocalArea({ settings: { region: 'CN' }, ...stored });
    const store = clipStore(storage.area, async () => 'CN');
    if (stopBefore) {
      storage.failNext(stopBefore);
      await expect(store.index()).rejects.toThrow('worker stopped');
    }
    const clips = await store.all();
    expect(clips.map((clip) => clip.id)).toEqual(ids);
    if (names) expect(clips.map((clip) => clip.contact.name)).toEqual(names);
    // Every clip under its own key, in the index once, and nothing else left of the array.
    expect(storage.keys()).toEqual(['clipIndex', ...ids.map((id) => `clip:${id}`), 'settings'].sort());
    expect(clipIndexFrom(storage.value('clipIndex'))?.clips.map((entry) => entry.id)).toEqual(ids);
    // Done: another read writes nothing.
    const writes = storage.calls.sets.length;
    expect((await store.all()).map((clip) => clip.id)).toEqual(ids);
    expect(storage.calls.sets.length).toBe(writes);
  });

  it('writes the clips and the index in one set(), then removes the array', async () => {
    const storage = memoryLocalArea({ clips: [a, b, c] });
    await clipStore(storage.area, async () => 'CN').index();
    expect(storage.calls.sets).toEqual([['clip:a', 'clip:b', 'clip:c', 'clipIndex']]);
    expect(storage.calls.removes).toEqual([['clips']]);
  });

  it('keeps each clip’s identity keys in the index, as of the region', async () => {
    const storage = memoryLocalArea({ clips: [b, c] });
    await clipStore(storage.area, async () => 'CN').index();
    expect(clipIndexFrom(storage.value('clipIndex'))).toEqual({
      region: 'CN',
      clips: [
        { id: 'b', keys: [keyDigest('email:wang.wei@qinghe-trade.com'), keyDigest('tel:+8613857412369')] },
        { id: 'c', keys: [keyDigest('tel:+862161234567'), keyDigest('wechat:lina_sh')] },
      ],
    });
    // Digests only: the index holds no email, phone or WeChat id.
    expect(JSON.stringify(storage.value('clipIndex'))).not.toMatch(/qinghe|8613857412369|lina/);
  });

  it('leaves storage without clips alone', async () => {
    const storage = memoryLocalArea({ settings: { region: 'CN' } });
    const store = clipStore(storage.area, async () => 'CN');
    expect(await store.all()).toEqual([]);
    expect(storage.calls.sets).toEqual([]);
    expect(storage.keys()).toEqual(['settings']);
  });
});

describe('migrations started at once', () => {
  it('run once: a read outside the worker’s queue joins the migration under way', async () => {
    const storage = memoryLocalArea({ clips: [a, b, c] });
    const store = clipStore(storage.area, async () => 'CN');
    const [fromStart, fromSync] = await Promise.all([store.index(), store.some(['b'])]);
    expect(fromStart.clips.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(fromSync).toEqual([b]);
    expect(storage.calls.sets).toHaveLength(1);
    expect(storage.calls.removes).toEqual([['clips']]);
  });
});
