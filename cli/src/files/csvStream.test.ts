import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreCsvText } from '@crm/shared';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCliLanguage } from '../texts/currentTexts.ts';
import { readCsvRows } from './csvStream.ts';
import { decodeText } from './decodeText.ts';
import { parseCsv } from './parseCsv.ts';

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
          expect(await readCsvRows(fileOf(bytes), sizes)).toEqual(parseCsv(decodeText(bytes)));
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

  it.each(['customers-gbk.csv', 'crm-export-gbk.csv'])(
    'reads %s again as GB18030 once a byte is not UTF-8',
    async (name) => {
      const path = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', name);
      const rows = await readCsvRows(path, { firstChunkCharacters: 40, readChunkBytes: 13 });
      expect(rows).toEqual(parseCsv(decodeText(readFileSync(path))));
      expect(rows.flat().join('')).toMatch(/[\u4e00-\u9fff]/);
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
});
