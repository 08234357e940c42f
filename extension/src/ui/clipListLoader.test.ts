import { describe, expect, it } from 'vitest';
import { storedClipIndex } from '../logic/clipIndex.ts';
import { planClipMigration } from '../logic/clipMigration.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { memoryLocalArea } from '../testing/memoryLocalArea.ts';
import { realisticClips } from '../testing/realisticClips.ts';
import { clipListLoader, type StoredClips } from './clipListLoader.ts';

const clips = realisticClips(5000);
const ids = clips.map((c) => c.id);
const index = (of: readonly string[]) =>
  storedClipIndex({ region: 'CN', clips: of.map((id) => ({ id, keys: [] })) });

/** A loader over 5,000 stored clips (as the worker keeps them), with every snapshot it published. */
function loaderOver5000() {
  const storage = memoryLocalArea(planClipMigration({ clips }, 'CN').set);
  const loader = clipListLoader((keys) => storage.area.get(keys));
  const published: StoredClips[] = [];
  loader.subscribe(() => published.push(loader.getSnapshot()));
  return { storage, loader, published };
}

describe('the panel reads 5,000 saved clips a screen first', () => {
  it('lists the first screen before the rest is read, with the count of all; then all, in order', async () => {
    const { storage, loader, published } = loaderOver5000();
    await loader.start();
    const firstWithClips = published.find((s) => s.clips.length > 0);
    expect(firstWithClips?.total).toBe(5000);
    expect(firstWithClips?.complete).toBe(false);
    expect(firstWithClips?.clips.length).toBeLessThanOrEqual(40);
    expect(firstWithClips?.clips.map((c) => c.id)).toEqual(ids.slice(0, firstWithClips?.clips.length));
    const final = loader.getSnapshot();
    expect(final.complete).toBe(true);
    expect(final.total).toBe(5000);
    expect(final.clips.map((c) => c.id)).toEqual(ids);
    // The index first, then every clip key once, in chunks of at most 500 after the first.
    const [indexRead, ...clipReads] = storage.calls.gets;
    expect(indexRead).toEqual(['clipIndex', 'clips']);
    expect(clipReads.flatMap((keys) => keys ?? [])).toEqual(ids.map((id) => `clip:${id}`));
    expect(Math.max(...clipReads.map((keys) => keys?.length ?? 0))).toBeLessThanOrEqual(500);
    expect(
      published.every((s, i) => i === 0 || s.clips.length >= (published[i - 1]?.clips.length ?? 0)),
    ).toBe(true);
  });

  it('shows a clip saved while it reads, once, and drops one deleted meanwhile', async () => {
    const storage = memoryLocalArea(planClipMigration({ clips }, 'CN').set);
    let loader: ReturnType<typeof clipListLoader> | null = null;
    const added = clipFixture('saved-while-reading');
    const deleted = ids[4000] ?? '';
    let reads = 0;
    loader = clipListLoader(async (keys) => {
      reads += 1;
      // During the third read, the worker saves one clip and deletes another (storage.onChanged).
      if (reads === 3) {
        const nextIds = [...ids.filter((id) => id !== deleted), added.id];
        loader?.changed({
          [`clip:${added.id}`]: { newValue: added },
          [`clip:${deleted}`]: {},
          clipIndex: { newValue: index(nextIds) },
        });
        await storage.area.remove(`clip:${deleted}`);
      }
      return storage.area.get(keys);
    });
    await loader.start();
    const final = loader.getSnapshot();
    expect(final.complete).toBe(true);
    expect(final.total).toBe(5000);
    expect(final.clips.map((c) => c.id)).toEqual([...ids.filter((id) => id !== deleted), added.id]);
    expect(storage.calls.gets.flat()).not.toContain(`clip:${added.id}`);
  });

  it('ends when the index lists a clip storage does not hold, showing the others', async () => {
    const storage = memoryLocalArea({
      clipIndex: index(['a', 'lost', 'b']),
      'clip:a': clipFixture('a'),
      'clip:b': clipFixture('b'),
    });
    const loader = clipListLoader((keys) => storage.area.get(keys));
    await loader.start();
    expect(loader.getSnapshot().clips.map((c) => c.id)).toEqual(['a', 'b']);
    expect(loader.getSnapshot().complete).toBe(true);
    expect(storage.calls.gets.filter((keys) => keys?.includes('clip:lost'))).toHaveLength(1);
  });

  it('says there is nothing once it knows, not before', async () => {
    const loader = clipListLoader((keys) => memoryLocalArea().area.get(keys));
    expect(loader.getSnapshot()).toMatchObject({ total: 0, complete: false });
    await loader.start();
    expect(loader.getSnapshot()).toEqual({ clips: [], total: 0, complete: true });
  });
});
