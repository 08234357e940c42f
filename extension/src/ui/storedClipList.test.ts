import { describe, expect, it } from 'vitest';
import { storedClipIndex } from '../logic/clipIndex.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { realisticClips } from '../testing/realisticClips.ts';
import { clipIdentityKeys, savedKeysOf } from './savedKeys.ts';
import {
  clipsOfList,
  EMPTY_CLIP_LIST,
  missingClipKeys,
  withReadClips,
  withStorageChanges,
} from './storedClipList.ts';

const clips = realisticClips(5000);
const index = (ids: readonly string[]) =>
  storedClipIndex({ region: 'CN', clips: ids.map((id) => ({ id, keys: [] })) });
const ids = clips.map((c) => c.id);
/** The panel after its first read: the index, then the clips it lists read in one get(). */
function panelWith5000() {
  const first = withStorageChanges(EMPTY_CLIP_LIST, { clipIndex: { newValue: index(ids) }, clips: {} });
  expect(missingClipKeys(first)).toHaveLength(5000);
  return withReadClips(first, Object.fromEntries(clips.map((c) => [`clip:${c.id}`, structuredClone(c)])));
}

describe('the panel’s clips, followed key by key', () => {
  it('shows the clips in the index’s order once read', () => {
    const list = panelWith5000();
    expect(missingClipKeys(list)).toEqual([]);
    expect(clipsOfList(list).map((c) => c.id)).toEqual(ids);
  });

  it('a save replaces nothing but adds the new clip; the other 5,000 stay the same objects', () => {
    const before = panelWith5000();
    const added = clipFixture('new-1');
    const after = withStorageChanges(before, {
      'clip:new-1': { newValue: added },
      clipIndex: { newValue: index([...ids, 'new-1']) },
      outbox: { newValue: [] },
    });
    const shown = clipsOfList(after);
    expect(shown).toHaveLength(5001);
    expect(shown.at(-1)).toBe(added);
    const earlier = clipsOfList(before);
    expect(shown.slice(0, 5000).every((c, i) => c === earlier[i])).toBe(true);
  });

  it('an edit replaces that clip only, in its place; a delete removes it', () => {
    const before = panelWith5000();
    const target = clipsOfList(before)[42];
    const edited = { ...clips[42], contact: { ...clips[42]?.contact, name: '改过的名字' } };
    const afterEdit = withStorageChanges(before, { [`clip:${target?.id}`]: { newValue: edited } });
    expect(clipsOfList(afterEdit)[42]?.contact.name).toBe('改过的名字');
    expect(clipsOfList(afterEdit)[41]).toBe(clipsOfList(before)[41]);
    const afterDelete = withStorageChanges(afterEdit, {
      [`clip:${target?.id}`]: { oldValue: edited } as { newValue?: unknown },
      clipIndex: { newValue: index(ids.filter((id) => id !== target?.id)) },
    });
    expect(clipsOfList(afterDelete)).toHaveLength(4999);
    expect(clipsOfList(afterDelete).map((c) => c.id)).not.toContain(target?.id);
  });

  it('a change to other keys leaves the list as it was (React skips the update)', () => {
    const before = panelWith5000();
    expect(withStorageChanges(before, { outbox: { newValue: [] }, settings: { newValue: {} } })).toBe(before);
  });

  it('a clip read late does not overwrite a newer one that a change brought meanwhile', () => {
    const first = withStorageChanges(EMPTY_CLIP_LIST, { clipIndex: { newValue: index(['a', 'b']) } });
    const newer = clipFixture('a', { name: '新的' });
    const changed = withStorageChanges(first, { 'clip:a': { newValue: newer } });
    const read = withReadClips(changed, { 'clip:a': clipFixture('a'), 'clip:b': clipFixture('b') });
    expect(clipsOfList(read).map((c) => c.contact.name)).toEqual(['新的', '陈静']);
  });

  it('shows an earlier version’s array until the worker has moved it, then the clips by key', () => {
    const legacy = withStorageChanges(EMPTY_CLIP_LIST, {
      clipIndex: { newValue: undefined },
      clips: { newValue: clips.slice(0, 3) },
    });
    expect(clipsOfList(legacy).map((c) => c.id)).toEqual(ids.slice(0, 3));
    const moved = withStorageChanges(legacy, {
      clips: {},
      clipIndex: { newValue: index(ids.slice(0, 3)) },
      ...Object.fromEntries(clips.slice(0, 3).map((c) => [`clip:${c.id}`, { newValue: c }])),
    });
    expect(clipsOfList(moved).map((c) => c.id)).toEqual(ids.slice(0, 3));
    expect(missingClipKeys(moved)).toEqual([]);
  });
});

describe('identity keys in the panel, once per contact', () => {
  it('are not computed again for a clip whose contact did not change', () => {
    const [clip] = realisticClips(1);
    if (!clip) throw new Error('no clip');
    const first = clipIdentityKeys(clip, 'CN');
    expect(clipIdentityKeys({ ...clip, syncedAt: null }, 'CN')).toBe(first);
    expect(clipIdentityKeys({ ...clip, contact: { ...clip.contact } }, 'CN')).not.toBe(first);
    expect(clipIdentityKeys(clip, 'US')).not.toBe(first);
  });

  it('cover every saved clip', () => {
    const keys = savedKeysOf(clips.slice(0, 2), 'CN');
    expect([...keys]).toEqual(
      expect.arrayContaining(['email:contact0@yuanfan-scm.cn', 'email:contact1@qinghe-trade.com']),
    );
  });
});
