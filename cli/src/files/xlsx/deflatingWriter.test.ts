import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryBytes, readZip, replaceZipEntries } from '../rezip.ts';
import { DeflatingWriter } from './deflatingWriter.ts';

type Write = { bytes: Uint8Array; from: number; to: number } | { text: string };

const write = fc.oneof(
  fc
    .uint8Array({ maxLength: 200 })
    .chain((bytes) =>
      fc
        .tuple(fc.nat(bytes.length), fc.nat(bytes.length))
        .map(([a, b]) => ({ bytes, from: Math.min(a, b), to: Math.max(a, b) })),
    ),
  // Any UTF-16, lone surrogates too, and the CJK and tags a sheet holds.
  fc.string({ unit: 'binary', maxLength: 60 }).map((text) => ({ text })),
  fc.constantFrom({ text: '<c r="R2"><v>5</v></c>' }, { text: '重要价值客户' }, { text: '' }),
);

/** What the writes put one after another, as bytes. */
function expected(writes: readonly Write[]): Buffer {
  return Buffer.concat(
    writes.map((w) =>
      'text' in w ? Buffer.from(w.text, 'utf8') : Buffer.from(w.bytes.subarray(w.from, w.to)),
    ),
  );
}

function written(writes: readonly Write[], pieceBytes?: number) {
  const writer = new DeflatingWriter(pieceBytes);
  for (const w of writes) {
    if ('text' in w) writer.text(w.text);
    else writer.bytes(Buffer.from(w.bytes), w.from, w.to);
  }
  return writer.finish();
}

describe('DeflatingWriter', () => {
  it('gives one raw deflate stream of what was written, with its size and CRC-32, whatever the pieces (property)', () => {
    fc.assert(
      fc.property(
        fc.array(write, { maxLength: 40 }),
        fc.integer({ min: 1, max: 97 }),
        (writes, pieceBytes) => {
          const bytes = expected(writes);
          const { pieces, size, crc } = written(writes, pieceBytes);
          expect(inflateRawSync(Buffer.concat(pieces)).equals(bytes)).toBe(true);
          expect(size).toBe(bytes.length);
          expect(crc).toBe(crc32(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a large part into pieces of its own size, which still read as one stream', () => {
    const row = (r: number) =>
      `<row r="${r}"><c r="A${r}" t="str"><v>客户${r}</v></c><c r="B${r}"><v>${r * 7}</v></c></row>`;
    const writes: Write[] = [];
    for (let r = 1; r <= 120_000; r++) writes.push({ text: row(r) });
    const bytes = expected(writes);
    const { pieces, size, crc } = written(writes);
    // About 8 MB of XML: three pieces of the default 4 MB.
    expect(pieces.length).toBe(Math.ceil(bytes.length / (4 * 2 ** 20)));
    expect(inflateRawSync(Buffer.concat(pieces)).equals(bytes)).toBe(true);
    expect({ size, crc }).toEqual({ size: bytes.length, crc: crc32(bytes) });
  });

  it('writes a sheet that exceljs (JSZip) reads back, cut into many pieces', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    for (let r = 1; r <= 2_000; r++) sheet.addRow([`C${r}`, `客户${r}`, r * 1.5]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const path = 'xl/worksheets/sheet1.xml';
    const entry = readZip(bytes)?.get(path);
    const xml = entry ? entryBytes(entry) : null;
    if (xml === null) throw new Error('no sheet');
    const writer = new DeflatingWriter(1_000);
    writer.bytes(xml);
    const deflated = writer.finish();
    expect(deflated.pieces.length).toBeGreaterThan(50);
    const rewritten = replaceZipEntries(bytes, new Map([[path, deflated]]));
    if (rewritten === null) throw new Error('not rewritten');
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(rewritten) as unknown as ArrayBuffer);
    const cells = read.getWorksheet('客户')?.getRow(2_000).values;
    expect(cells).toEqual([undefined, 'C2000', '客户2000', 3000]);
  });
});
