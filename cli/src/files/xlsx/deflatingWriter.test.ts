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

/**
 * The writes through a writer, its pieces deflated by its thread when `threaded`, the writer
 * waiting for the thread as the sheet patch does when `drain`.
 */
async function written(writes: readonly Write[], pieceBytes?: number, threaded = true, drain = false) {
  const writer = new DeflatingWriter(pieceBytes, threaded);
  for (const w of writes) {
    if (drain && writer.backlogged) await writer.drained();
    if ('text' in w) writer.text(w.text);
    else writer.bytes(Buffer.from(w.bytes), w.from, w.to);
  }
  return await writer.finish();
}

describe('DeflatingWriter', () => {
  it('gives one raw deflate stream of what was written, with its size and CRC-32, whatever the pieces (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(write, { maxLength: 40 }),
        fc.integer({ min: 1, max: 97 }),
        // A thread in one run of five (each starts one), waiting for it or not.
        fc.nat(4).map((n) => n === 0),
        fc.boolean(),
        async (writes, pieceBytes, threaded, drain) => {
          const bytes = expected(writes);
          const { pieces, size, crc } = await written(writes, pieceBytes, threaded, drain);
          expect(inflateRawSync(Buffer.concat(pieces)).equals(bytes)).toBe(true);
          expect(size).toBe(bytes.length);
          expect(crc).toBe(crc32(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a large part into pieces of its own size, which still read as one stream', async () => {
    const row = (r: number) =>
      `<row r="${r}"><c r="A${r}" t="str"><v>客户${r}</v></c><c r="B${r}"><v>${r * 7}</v></c></row>`;
    const writes: Write[] = [];
    for (let r = 1; r <= 120_000; r++) writes.push({ text: row(r) });
    const bytes = expected(writes);
    const { pieces, size, crc } = await written(writes);
    // About 8 MB of XML: three pieces of the default 4 MB.
    expect(pieces.length).toBe(Math.ceil(bytes.length / (4 * 2 ** 20)));
    expect(inflateRawSync(Buffer.concat(pieces)).equals(bytes)).toBe(true);
    expect({ size, crc }).toEqual({ size: bytes.length, crc: crc32(bytes) });
  });

  it('leaves pieces to its thread while the caller writes on, a few at a time', async () => {
    const writer = new DeflatingWriter(1_000);
    const row = Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>客户</t></is></c></row>'.repeat(20));
    // Written without a pause: the thread has not finished a piece when a fourth waits for it.
    let rows = 0;
    for (; rows < 8 && !writer.backlogged; rows++) writer.bytes(row, 0, 1_000);
    expect(writer.backlogged).toBe(true);
    await writer.drained();
    expect(writer.backlogged).toBe(false);
    // Past the limit, a piece is deflated on the caller's thread: the stream is whole either way.
    for (let i = 0; i < 10; i++, rows++) writer.bytes(row, 0, 1_000);
    const { pieces, size } = await writer.finish();
    const whole = Buffer.concat(Array.from({ length: rows }, () => row.subarray(0, 1_000)));
    expect(inflateRawSync(Buffer.concat(pieces)).equals(whole)).toBe(true);
    expect(size).toBe(whole.length);
  });

  it('stops waiting and fails when its thread stops with pieces in hand', async () => {
    const writer = new DeflatingWriter(1_000);
    const row = Buffer.alloc(1_000, 'x');
    for (let i = 0; i < 8 && !writer.backlogged; i++) writer.bytes(row);
    expect(writer.backlogged).toBe(true);
    // As if the thread died (out of memory, killed): its pieces never come back.
    (writer as unknown as { thread: { stop(): void } }).thread.stop();
    await writer.drained();
    expect(writer.backlogged).toBe(false);
    await expect(writer.finish()).rejects.toThrow(/stopped before its pieces were done/);
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
    const deflated = await writer.finish();
    expect(deflated.pieces.length).toBeGreaterThan(50);
    const rewritten = replaceZipEntries(bytes, new Map([[path, deflated]]));
    if (rewritten === null) throw new Error('not rewritten');
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(rewritten) as unknown as ArrayBuffer);
    const cells = read.getWorksheet('客户')?.getRow(2_000).values;
    expect(cells).toEqual([undefined, 'C2000', '客户2000', 3000]);
  });
});
