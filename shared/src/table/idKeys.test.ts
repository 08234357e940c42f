import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdKeys } from './idKeys.ts';

/** The numbering IdKeys stands in for. */
function mapKeys(ids: readonly string[]): { keys: number[]; ids: string[] } {
  const keyOf = new Map<string, number>();
  const keys = ids.map((id) => {
    let key = keyOf.get(id);
    if (key === undefined) {
      key = keyOf.size;
      keyOf.set(id, key);
    }
    return key;
  });
  return { keys, ids: [...keyOf.keys()] };
}

function idKeys(ids: readonly string[]): { keys: number[]; ids: string[] } {
  const table = new IdKeys();
  const keys = ids.map((id) => table.keyOf(id));
  return { keys, ids: [...table.ids] };
}

describe('IdKeys', () => {
  it('numbers ids as a Map does, whatever the ids (property)', () => {
    // Short codes (packed), their near neighbours (a leading 0, one character more, other case)
    // and anything else (long, spaces, CJK, full width, empty).
    const code = fc.stringMatching(/^[0-9A-Za-z_-]{1,9}$/);
    const anyId = fc.oneof(
      code,
      code,
      fc.string({ maxLength: 12 }),
      fc.constantFrom('客户甲', 'Ｃ001', ' C001', ''),
    );
    const ids = fc
      .array(anyId, { minLength: 1, maxLength: 60 })
      .chain((distinct) =>
        fc.array(fc.constantFrom(...distinct, ...distinct.map((d) => `0${d}`)), { maxLength: 300 }),
      );
    fc.assert(
      fc.property(ids, (list) => {
        expect(idKeys(list)).toEqual(mapKeys(list));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the ids it numbered, and only those, adding none (property)', () => {
    const code = fc.stringMatching(/^[0-9A-Za-z_-]{1,9}$/);
    const anyId = fc.oneof(code, fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(
        fc.array(anyId, { maxLength: 80 }),
        fc.array(anyId, { maxLength: 80 }),
        (numbered, asked) => {
          const table = new IdKeys();
          const keys = numbered.map((id) => table.keyOf(id));
          const before = [...table.ids];
          for (const id of [...asked, ...numbered]) {
            const at = numbered.indexOf(id);
            expect(table.find(id)).toBe(at < 0 ? -1 : keys[at]);
          }
          expect(table.ids).toEqual(before);
        },
      ),
    );
  });

  it('tells apart ids that pack alike but for their length or case', () => {
    const list = [
      '0',
      '00',
      '000',
      '0000',
      '00000',
      '00000000',
      'a',
      'A',
      'aA',
      'Aa',
      '-',
      '_',
      '--',
      'C001',
      'c001',
      'C001',
      '00',
      'zzzzzzzz',
      '_________',
    ];
    expect(idKeys(list)).toEqual(mapKeys(list));
  });

  it('keeps its numbering as it grows past many thousand ids', () => {
    const list: string[] = [];
    for (let i = 0; i < 50_000; i++) list.push(`C${String((i * 7919) % 30_011).padStart(6, '0')}`);
    for (let i = 0; i < 5_000; i++) list.push(`CUSTOMER-${i}`);
    const { keys, ids } = idKeys(list);
    const expected = mapKeys(list);
    expect(ids).toEqual(expected.ids);
    expect(keys).toEqual(expected.keys);
    expect(ids.length).toBe(30_011 + 5_000);
  });
});
