import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellPools, ownedText } from './cellPool.ts';
import { collectGarbage } from './memoryGuard.ts';

/** A pool whose `keep` counts the texts it is asked to keep (each one a string the grid holds). */
function countingPools() {
  const kept: string[] = [];
  const pools = new CellPools((text) => {
    kept.push(text);
    return text;
  });
  return { pools, kept };
}

describe('CellPools', () => {
  it('gives back every text unchanged, whatever the columns hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: 5 }),
            fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('张丽', '李娜', '')),
          ),
          {
            maxLength: 3_000,
          },
        ),
        (cells) => {
          const { pools } = countingPools();
          for (const [column, text] of cells) expect(pools.cell(column, text)).toBe(text);
        },
      ),
    );
  });

  it('keeps one string per value of a column that repeats (owners, titles, dates)', () => {
    const { pools, kept } = countingPools();
    const owners = ['张丽', '李娜', '王强', 'Hannah Lim', '陈静', '刘洋'];
    const titles = ['采购经理', '采购专员', '总经理'];
    for (let i = 0; i < 10_000; i++) {
      pools.cell(0, owners[i % owners.length] as string);
      pools.cell(1, titles[i % titles.length] as string);
      pools.cell(2, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`);
    }
    expect(kept).toHaveLength(owners.length + titles.length + 28);
  });

  it('stops pooling a column whose values mostly differ (customer ids, phones)', () => {
    const { pools, kept } = countingPools();
    for (let i = 0; i < 10_000; i++) pools.cell(0, `C${String(i).padStart(7, '0')}`);
    // Every id is kept as it comes: after the sample, no pool holds the column's values.
    expect(kept).toHaveLength(10_000);
    // A column that repeats only later is not pooled again: the decision is made once.
    for (let i = 0; i < 1_000; i++) pools.cell(0, 'C0000001');
    expect(kept).toHaveLength(11_000);
  });

  it('pools columns apart: a value repeated in another column is kept there too', () => {
    const { pools, kept } = countingPools();
    for (let i = 0; i < 100; i++) {
      pools.cell(0, '已解决');
      pools.cell(3, '已解决');
    }
    expect(kept).toEqual(['已解决', '已解决']);
  });

  it('leaves empty and long texts out of the pools', () => {
    const { pools, kept } = countingPools();
    const address = '广州市天河区天河路134号创业园905室，收货请先电话联系前台王小姐，谢谢配合';
    for (let i = 0; i < 3; i++) {
      pools.cell(0, address);
      pools.cell(1, '');
    }
    expect(kept).toEqual([address, '', address, '', address, '']);
  });
});

describe('ownedText', () => {
  it('gives back the same text, Latin-1 letters, lone surrogates and all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60, unit: 'binary' }),
          fc.string({
            maxLength: 60,
            unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)),
          }),
        ),
        (text) => {
          expect(ownedText(text)).toBe(text);
        },
      ),
    );
    // Longer than the scratch buffer ownCopy writes Latin-1 text into.
    const long = 'Café Müller GmbH, '.repeat(5_000);
    expect(ownedText(long)).toBe(long);
  });

  it('keeps no view into the text the cell was cut from', () => {
    /** A piece of file text (18 MB) and cells cut out of it, each a view of 13 or more characters. */
    const cut = (): string[] => {
      const lines: string[] = [];
      for (let i = 0; i < 200_000; i++)
        lines.push(`广州泰和电子科技集团有限公司${i},mwang@taihe-elec.com.cn`);
      const piece = lines.join('\n');
      const cells: string[] = [];
      for (let at = 0; at < 1_000; at++) cells.push(ownedText(piece.slice(at * 7, at * 7 + 13 + (at % 30))));
      return cells;
    };
    expect(collectGarbage()).toBe(true);
    const before = process.memoryUsage().heapUsed;
    const cells = cut();
    collectGarbage();
    // The thousand cells hold about 60 KB of text; a view would hold the whole piece.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(2_000_000);
    expect(cells[999]).toHaveLength(13 + (999 % 30));
  });

  it('keeps no view into the pieces of text its pooled cells were cut from', () => {
    // A column of 13–32-character values that keep coming (contact times, short notes), each cut
    // out of its own piece of the file as the CSV reader cuts them: what the pool keeps, its
    // lookup keys included, must let every piece go.
    const pools = new CellPools(ownedText);
    expect(collectGarbage()).toBe(true);
    const before = process.memoryUsage().heapUsed;
    for (let p = 0; p < 40; p++) {
      const piece = [`2025-06-${String(p).padStart(2, '0')} 09:30 回访`, '客户'.repeat(500_000)].join(',');
      pools.cell(0, piece.slice(0, piece.indexOf(',')));
    }
    collectGarbage();
    // 40 pieces of 2 MB each; the values kept are about 2 KB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8_000_000);
  });

  it('keeps text that fits in one byte a character in one byte a character', () => {
    // V8 serialises a string as it holds it: one byte or two a character, plus a few bytes.
    const bytesPerCharacter = (text: string) => Math.round(serialize(text).length / text.length);
    // A chunk holding CJK is a two-byte string, and so is every cell cut out of it.
    const chunk = `王明晓,${'m.wang@taihe-elec.com.cn'.repeat(10)},Café Müller,广州泰和电子科技集团有限公司`;
    const [, email = '', latin1 = '', company = ''] = chunk.split(',');
    expect(bytesPerCharacter(email)).toBe(2);
    expect(bytesPerCharacter(ownedText(email))).toBe(1);
    expect(bytesPerCharacter(ownedText(latin1.repeat(10)))).toBe(1);
    expect(bytesPerCharacter(ownedText(company))).toBe(2);
  });
});
