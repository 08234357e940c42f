import { describe, expect, it } from 'vitest';
import { realisticClips } from '../testing/realisticClips.ts';
import { clipCells } from './clipColumns.ts';
import { isQuotaError, jsonBytes, leavesSyncReserve, SYNC_RESERVE_BYTES } from './storageFull.ts';

const QUOTA = 10 * 1024 * 1024;

describe('isQuotaError', () => {
  it.each([
    ['Chrome past QUOTA_BYTES', new Error('QUOTA_BYTES quota exceeded'), true],
    ['older Chrome wording', new Error('Resource::kQuotaBytes quota exceeded'), true],
    [
      "Firefox's IndexedDB refusal",
      Object.assign(new Error('The current transaction exceeded its quota limitations.'), {
        name: 'QuotaExceededError',
      }),
      true,
    ],
    ['a DOMException-like object', { name: 'QuotaExceededError', message: '' }, true],
    [
      'a worker that went away',
      new Error('Could not establish connection. Receiving end does not exist.'),
      false,
    ],
    ['an unserialisable value', new Error('Error in invocation of storage.set: could not serialize'), false],
    ['a plain string', 'quota', false],
    ['nothing', undefined, false],
  ])('%s', (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('leavesSyncReserve', () => {
  it.each([
    [
      'no quota applies (unlimitedStorage, Firefox)',
      { bytesInUse: 50 * QUOTA, quotaBytes: null },
      1_500,
      true,
    ],
    ['plenty of room', { bytesInUse: 2 * 1024 * 1024, quotaBytes: QUOTA }, 1_500, true],
    [
      'exactly at the reserve',
      { bytesInUse: QUOTA - SYNC_RESERVE_BYTES - 1_500, quotaBytes: QUOTA },
      1_500,
      true,
    ],
    [
      'one byte into the reserve',
      { bytesInUse: QUOTA - SYNC_RESERVE_BYTES - 1_499, quotaBytes: QUOTA },
      1_500,
      false,
    ],
    ['already past the quota', { bytesInUse: QUOTA + 10, quotaBytes: QUOTA }, 0, false],
  ])('%s', (_, use, growth, expected) => {
    expect(leavesSyncReserve(use, growth)).toBe(expected);
  });
});

describe('jsonBytes', () => {
  it('counts UTF-8 bytes of the JSON, as Chrome measures storage', () => {
    expect(jsonBytes(['陈静'])).toBe(new TextEncoder().encode('"陈静"').length + 1);
    expect(jsonBytes([{ a: 1 }, { b: 'x' }])).toBe('{"a":1}'.length + '{"b":"x"}'.length + 2);
  });

  it('puts a realistic synced clip at about 1.5 KB, so 10 MB holds some 7,000 clips', () => {
    const clips = realisticClips(1000);
    expect(clips[0]?.sheetCells).toEqual(clipCells(clips[0] as (typeof clips)[number]));
    const perClip = jsonBytes(clips) / clips.length;
    expect(perClip).toBeGreaterThan(1_300);
    expect(perClip).toBeLessThan(1_600);
    const fit = Math.floor(QUOTA / perClip);
    expect(fit).toBeGreaterThan(6_500);
    expect(fit).toBeLessThan(8_000);
  });
});
