import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cell, csvCellText } from '@crm/shared';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, csvLines, writeCsvFile } from './csvFile.ts';
import { readCsvRows } from './csvStream.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-write-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A sheet past several pieces of the writer, with cells that need quoting or neutralising. */
const sheet: Cell[][] = Array.from({ length: 25_003 }, (_, i) =>
  i === 0
    ? ['客户编号', '姓名', '备注', '金额']
    : [`C${i}`, i % 7 === 0 ? '张 "三"' : '李四', i % 11 === 0 ? 'two\nlines, and a comma' : '=1+1', i * 1.5],
);

describe('writeCsvFile', () => {
  it('writes in pieces exactly the text of the whole sheet at once, and it reads back', async () => {
    const path = join(dir, 'sheet.csv');
    await writeCsvFile(path, [sheet.slice(0, 12_345), [], sheet.slice(12_345)]);
    const whole = Papa.unparse(
      sheet.map((row) => row.map((cell) => csvCellText(cell))),
      { newline: '\r\n' },
    );
    expect(await readFile(path, 'utf8')).toBe(`\uFEFF${whole}\r\n`);
    const back = await readCsvRows(path);
    expect(back).toHaveLength(sheet.length);
    expect(back[7]).toEqual(['C7', '张 "三"', '=1+1', '10.5']);
  });

  it('leaves the file it replaces whole, and no temporary file, when the rows fail part way', async () => {
    const folder = await mkdtemp(join(dir, 'stopped-'));
    const path = join(folder, 'classified.csv');
    await writeFile(path, 'the last run\r\n');
    function* failing(): Generator<Cell[][]> {
      yield sheet.slice(0, 5_000);
      yield sheet.slice(5_000, 9_000);
      throw new Error('the analysis stopped');
    }
    await expect(writeCsvFile(path, failing())).rejects.toThrow(/the analysis stopped/);
    expect(await readFile(path, 'utf8')).toBe('the last run\r\n');
    expect(await readdir(folder)).toEqual(['classified.csv']);
  });

  it('writes a sheet without rows as the BOM and one line end', async () => {
    const path = join(dir, 'empty.csv');
    await writeCsvFile(path, []);
    expect(await readFile(path, 'utf8')).toBe('\uFEFF\r\n');
  });
});

describe('csvField', () => {
  // The writer that patches a file's own lines (csvLinePatch.ts) writes the cells it changes one
  // at a time: each must come out as the whole row's text (Papa Parse's unparse) has it.
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.string({
      unit: fc.constantFrom(
        'a',
        '张',
        ' ',
        ',',
        '"',
        '\n',
        '\r',
        '\ufeff',
        "'",
        '=',
        '-',
        '+',
        '@',
        '\t',
        '1',
      ),
    }),
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 0, 1)),
      noInvalidDate: false,
    }),
  );

  it('gives each cell as the whole line has it', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        expect(cells.map(csvField).join(',')).toBe(csvLines([cells])[0]);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['plain', 'plain'],
    [' padded ', '" padded "'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    ['a,b', '"a,b"'],
  ])('writes %j as %j', (text, written) => {
    expect(csvField(text)).toBe(written);
  });
});
