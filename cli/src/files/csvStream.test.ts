import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreCsvText } from '@crm/shared';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCliLanguage } from '../texts/currentTexts.ts';
import { readCsvRows, swallowedLines } from './csvStream.ts';
import { decodeText } from './decodeText.ts';
import { papaParseCsv, parseCsv } from './parseCsv.ts';

const dir = mkdtempSync(join(tmpdir(), 'crm-csv-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cells as sheets hold them, with what makes CSV hard: quotes, delimiters and line breaks inside. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '张三',
    'C001',
    '+86 139 1234 5678',
    "'+8613912345678",
    '1,234.50',
    '¥88',
    '2025/3/5',
  ),
  fc.constantFrom('a "quoted" word', 'two\nlines', 'CR\r\nLF', 'semi;colon', 'tab\there', '合计：4 位客户'),
  fc.string({ maxLength: 6 }),
  // Long enough for the reader to copy it out of its chunk (see ownCopy).
  fc.string({ minLength: 13, maxLength: 40, unit: 'grapheme' }),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 });

const encodings: Record<string, (text: string) => Uint8Array> = {
  'UTF-8': (text) => new TextEncoder().encode(text),
  'UTF-8 with BOM': (text) => new TextEncoder().encode(`\uFEFF${text}`),
  'UTF-16LE with BOM': (text) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le')),
};

let files = 0;
function fileOf(bytes: Uint8Array): string {
  const path = join(dir, `t${files++}.csv`);
  writeFileSync(path, bytes);
  return path;
}

describe('a CSV file read as a stream', () => {
  it('gives the rows of the whole text, however the chunks fall', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', '\t', ';'),
        fc.constantFrom('\r\n', '\n'),
        fc.constantFrom(...Object.keys(encodings)),
        fc.record({
          firstChunkCharacters: fc.integer({ min: 1, max: 300 }),
          readChunkBytes: fc.integer({ min: 1, max: 97 }),
        }),
        fc.boolean(),
        async (rows, delimiter, newline, encoding, sizes, blankLines) => {
          let text = Papa.unparse(rows, { delimiter, newline });
          if (blankLines) text = `${newline}${text}${newline}${newline}`;
          const bytes = (encodings[encoding] as (text: string) => Uint8Array)(text);
          const reading = readCsvRows(fileOf(bytes), sizes);
          // When the delimiter guessed from the first line is the wrong one (a cell quoted over two
          // lines can hide it), a quote may draw lines into its cell: then the reading is refused,
          // at the quote that reading the whole text finds.
          const swallowed = swallowedLines(papaParseCsv(decodeText(bytes)));
          if (swallowed === null) expect(await reading).toEqual(parseCsv(decodeText(bytes)));
          else
            await expect(reading).rejects.toThrow(`row ${swallowed.row + 1}, column ${swallowed.column} (`);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads lines ending in CRLF and LF alike, in any mix, as the rows written', async () => {
    // No cell ends in a bare CR (the one text a mixed file cannot tell from a line end), and
    // commas only, so that the delimiter guessed from the first line is the one written.
    const tidy = table.filter((rows) =>
      rows.every((row) => row.every((c) => !c.endsWith('\r') && !c.includes(';') && !c.includes('\t'))),
    );
    await fc.assert(
      fc.asyncProperty(tidy, fc.infiniteStream(fc.constantFrom('\r\n', '\n')), async (rows, ends) => {
        const lines = rows.map((row) => Papa.unparse([row]));
        const text = lines.map((line) => `${line}${ends.next().value}`).join('');
        // What the file holds: every row as written (a one-cell row of '' is a blank line).
        const expected = rows.map((row) => row.map(restoreCsvText));
        while (expected.length > 0 && expected[expected.length - 1]?.every((c) => c === '')) expected.pop();
        const path = fileOf(new TextEncoder().encode(text));
        expect(await readCsvRows(path, { firstChunkCharacters: 7, readChunkBytes: 5 })).toEqual(expected);
        expect(parseCsv(text)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the last column as written when the header ends in LF and the rows in CRLF', async () => {
    const text = '客户编号,姓名,微信群\nC001,张伟,\r\nC002,李娜,华东客户群\r\nC003,"王芳","群\r\n二"\r\n';
    const rows = await readCsvRows(fileOf(new TextEncoder().encode(text)));
    expect(rows).toEqual([
      ['客户编号', '姓名', '微信群'],
      ['C001', '张伟', ''],
      ['C002', '李娜', '华东客户群'],
      ['C003', '王芳', '群\r\n二'],
    ]);
  });

  it.each(['customers-gbk.csv', 'crm-export-gbk.csv', 'customers-big5.csv', 'customers-cp1252.csv'])(
    'reads %s again in its legacy encoding once a byte is not UTF-8',
    async (name) => {
      const path = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', name);
      const rows = await readCsvRows(path, { firstChunkCharacters: 40, readChunkBytes: 13 });
      expect(rows).toEqual(parseCsv(decodeText(readFileSync(path))));
      expect(rows.flat().join('')).toMatch(/[\u4e00-\u9fffé]/);
      expect(rows.flat().join('')).not.toMatch(/\ufffd/);
    },
  );

  describe('a row that never ends', () => {
    beforeAll(() => setCliLanguage('en'));
    const header = '客户编号,姓名,备注\n';
    const good = 'C001,张伟,老客户\nC002,李娜,"展会,认识"\n';
    // The closing quote of 王芳's note is missing: every line after it is part of her note.
    const openQuote = `C003,王芳,"说好下周回电${'\nC004,赵磊,已联系'.repeat(200)}\n`;
    const sizes = { firstChunkCharacters: 64, readChunkBytes: 97, maxRowCharacters: 1000 };

    it('stops the reading at once, naming the row where it starts', async () => {
      const path = fileOf(new TextEncoder().encode(header + good + openQuote));
      await expect(readCsvRows(path, sizes)).rejects.toThrow(
        `cannot read ${path}: the row that starts at row 4 runs on past 1,000 characters: most likely a quote mark (") that is never closed, which makes the rest of the file one cell`,
      );
    });

    it('counts rows, not lines: a cell over several lines is one row', async () => {
      const twoLines = 'C000,王芳,"第一行\n第二行"\n';
      const path = fileOf(new TextEncoder().encode(header + twoLines + good + openQuote));
      await expect(readCsvRows(path, sizes)).rejects.toThrow(/the row that starts at row 5 runs on/);
    });

    it('says so in Chinese', async () => {
      setCliLanguage('zh');
      try {
        const path = fileOf(new TextEncoder().encode(header + openQuote));
        await expect(readCsvRows(path, sizes)).rejects.toThrow(
          `无法读取 ${path}：从第 2 行开始的一行超过 1,000 个字符仍未结束：多半是某处引号（"）没有闭合，其后的整份文件都成了一个单元格`,
        );
      } finally {
        setCliLanguage('en');
      }
    });

    it('reads a row of exactly the limit, wherever the chunks fall, and refuses one character more', async () => {
      const rowOf = (length: number) => `C009,张伟,"${'x'.repeat(length - 'C009,张伟,""'.length)}"`;
      const text = `${header}${rowOf(1000)}\n${good}`;
      for (const chunks of [{ firstChunkCharacters: 1, readChunkBytes: 1 }, sizes]) {
        const rows = await readCsvRows(fileOf(new TextEncoder().encode(text)), {
          ...chunks,
          maxRowCharacters: 1000,
        });
        expect(rows).toEqual(parseCsv(text));
      }
      const longer = fileOf(new TextEncoder().encode(`${header}${rowOf(1001)}\n${good}`));
      await expect(
        readCsvRows(longer, { firstChunkCharacters: 1, readChunkBytes: 1, maxRowCharacters: 1000 }),
      ).rejects.toThrow(/the row that starts at row 2 runs on past 1,000 characters/);
    });
  });

  describe('a quote mark that does not close its cell', () => {
    beforeAll(() => setCliLanguage('en'));
    const header = '客户编号,姓名,备注\n';
    const rows = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `C${from + i},客户${from + i},已联系\n`).join('');
    const refused = (row: number, column: string, lines: string, start: string) =>
      `row ${row}, column ${column}: a quote mark (") there does not close its cell, so ${lines} after it would be read into that one cell ("${start}"). Write a quote inside a cell as "", or close the cell's quote, and run again`;

    it.each([
      [
        'opens a cell and never closes it: the rest of the file',
        `${header}${rows(1, 40)}C041,"王芳,老客户\n${rows(42, 3)}`,
        refused(42, '2 (B)', 'the 3 lines', '王芳,老客户'),
      ],
      [
        'closes in the middle of the cell: on to the next quote',
        `${header}${rows(1, 2)}C003,"Acme "Best" Co,展会\n${rows(4, 1)}C005,"李娜",VIP\n${rows(6, 2)}`,
        refused(4, '2 (B)', 'the 2 lines', 'Acme "Best" Co,展会'),
      ],
      [
        'opens the last cell of a line: the one line after it',
        `${header}${rows(1, 1)}C002,张伟,"说好下周回电\nC003,李娜`,
        refused(3, '3 (C)', 'the line', '说好下周回电'),
      ],
    ])(
      'is refused when it %s, naming the row and column, however the chunks fall',
      async (_, text, message) => {
        const bytes = new TextEncoder().encode(text);
        for (const sizes of [{}, { firstChunkCharacters: 16, readChunkBytes: 7 }]) {
          const path = fileOf(bytes);
          await expect(readCsvRows(path, sizes)).rejects.toThrow(`cannot read ${path}: ${message}`);
        }
      },
    );

    it.each([
      ['an unclosed quote in the very last cell', `${header}${rows(1, 2)}C003,"王芳`],
      ['a quote malformed within one line', `${header}C001,"Acme "Best" Co",展会\n${rows(2, 2)}`],
      [
        'cells quoted over several lines, with quotes doubled',
        `${header}C001,"王 ""小"" 芳","北京市\r\n朝阳区"\n${rows(2, 2)}`,
      ],
    ])('reads %s as Papa Parse does: no row is lost', async (_, text) => {
      const bytes = new TextEncoder().encode(text);
      for (const sizes of [{}, { firstChunkCharacters: 16, readChunkBytes: 7 }]) {
        expect(await readCsvRows(fileOf(bytes), sizes)).toEqual(parseCsv(text));
      }
    });

    it('says so in Chinese', async () => {
      setCliLanguage('zh');
      try {
        const path = fileOf(new TextEncoder().encode(`${header}C001,"王芳,老客户\n${rows(2, 2)}`));
        await expect(readCsvRows(path)).rejects.toThrow(
          `无法读取 ${path}：第 2 行第 2 列（B 列）的引号（"）没有闭合这个单元格，其后 2 行会被读进这一个单元格（“王芳,老客户”）。单元格里的引号请写成 ""，或补上闭合的引号，再运行`,
        );
      } finally {
        setCliLanguage('en');
      }
    });
  });
});
