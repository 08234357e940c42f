import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellToText } from '../parse/cellToText.ts';
import { appendToLogGrid, hashPersonKey, personalDataLogAppend, utf8Bytes } from './personalDataLog.ts';

const key = { kind: 'email', value: 'zhang.wei@example.com' } as const;
const entry = {
  date: '2026-02-10',
  request: 'erase',
  key,
  places: 17,
  rowsDeleted: 4,
  cellsChanged: 9,
  sheets: 8,
} as const;

describe('the personal data log', () => {
  it('hashes the normalised key with SHA-256, or HMAC-SHA-256 with a secret (checked against Python hashlib)', () => {
    expect(hashPersonKey(key)).toEqual({
      hash: '291e2ee1269d0e626873f296256b62bbed9ef5a17c7d24ce879d7f67ba9ce252',
      method: 'SHA-256',
    });
    expect(hashPersonKey(key, 'our-secret')).toEqual({
      hash: 'e80f0f41835f1d7ca5b955e448e97c751515d828f08aefc8b8b466fb3420036b',
      method: 'HMAC-SHA-256',
    });
  });

  it('starts a log in the language asked, and appends to one in either language', () => {
    const fresh = personalDataLogAppend([{ name: '客户' }], entry, 'zh');
    expect(fresh.sheet).toBe('个人信息处理记录');
    expect(fresh.header?.[0]).toBe('日期');
    expect(fresh.row).toEqual([
      '2026-02-10',
      '删除',
      '邮箱',
      hashPersonKey(key).hash,
      'SHA-256',
      17,
      4,
      9,
      8,
    ]);
    for (const name of [
      'Personal data log',
      'personal data log',
      'PERSONAL DATA LOG ',
      ' 个人信息处理记录',
    ]) {
      const existing = personalDataLogAppend([{ name: '客户' }, { name }], entry, 'zh');
      expect(existing).toMatchObject({ sheet: name, header: null });
    }
    expect(personalDataLogAppend([{ name: 'Personal data log 2' }], entry, 'en').header).not.toBeNull();
  });

  it('writes no personal data, and appends below the last entry', () => {
    const first = appendToLogGrid(undefined, personalDataLogAppend([], entry, 'en'));
    const second = appendToLogGrid(
      { ...first, rows: [...first.rows, [], []] },
      personalDataLogAppend([first], { ...entry, request: 'export' }, 'en'),
    );
    expect(second.rows.map((r) => r[1])).toEqual(['Request', 'Erasure', 'Copy']);
    const text = second.rows.flat().map(cellToText).join(' ');
    expect(text).not.toContain('zhang');
    expect(text).not.toContain('@');
  });
});

/** The platform's encoder (Node here); the core's types know no platform. */
const encoder = new (
  globalThis as unknown as { TextEncoder: new () => { encode(text: string): Uint8Array } }
).TextEncoder();

describe('utf8Bytes (Apps Script has no TextEncoder)', () => {
  it('gives the bytes TextEncoder gives, for any text (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect([...utf8Bytes(text)]).toEqual([...encoder.encode(text)]);
      }),
    );
    expect([...utf8Bytes('张伟 😀')]).toEqual([...encoder.encode('张伟 😀')]);
  });
});
