import { describe, expect, it } from 'vitest';
import type { SheetCells } from '../sheets/pushClips.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { withSentCells, withSynced } from './syncMarks.ts';

const AT = '2026-03-05T09:30:00.000Z';

describe('withSentCells', () => {
  it('keeps what the write carries on its clips only', () => {
    const [c1, c2] = [clipFixture('c1'), clipFixture('c2')];
    const marked = withSentCells([c1, c2], { c1: { name: '陈静', mobile: '+86 139 1234 5678' } });
    expect(marked[0]?.sentCells).toEqual({ name: '陈静', mobile: '+86 139 1234 5678' });
    expect(marked[1]).toBe(c2);
    expect(c1.sentCells).toBeUndefined();
  });
});

describe('withSynced', () => {
  it.each([
    {
      name: 'an answered write: its row cells kept, its sent cells dropped',
      clip: clipFixture('c1', {}, { sentCells: { name: '陈静' }, sheetCells: { name: '陈' } }),
      reported: { c1: { name: '陈静' } },
      expected: { syncedAt: AT, sheetCells: { name: '陈静' }, sentCells: undefined },
    },
    {
      name: 'a clip the push reports no cells for keeps the ones it had',
      clip: clipFixture('c1', {}, { sheetCells: { name: '陈静' } }),
      reported: {} as Record<string, SheetCells>,
      expected: { syncedAt: AT, sheetCells: { name: '陈静' }, sentCells: undefined },
    },
  ])('$name', ({ clip, reported, expected }) => {
    const [marked] = withSynced([clip], ['c1'], AT, reported);
    expect({
      syncedAt: marked?.syncedAt,
      sheetCells: marked?.sheetCells,
      sentCells: marked?.sentCells,
    }).toEqual(expected);
    expect(marked && 'sentCells' in marked).toBe(false);
  });

  it('leaves the clips of other ids as they are', () => {
    const other = clipFixture('c2', {}, { sentCells: { name: '王芳' } });
    expect(withSynced([other], ['c1'], AT, { c1: {} })[0]).toBe(other);
  });
});
