import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deflateZip, storeZip } from './rezip.ts';
import { workbookBytes } from './workbookBytes.ts';

/** A workbook with what users' files hold: two sheets, styles, a formula, a date, rich text, CJK. */
async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const customers = workbook.addWorksheet('客户');
  customers.addRow(['客户编号', '姓名', '最近购买日期', '消费金额', '合计']);
  for (let i = 1; i <= 300; i++) {
    customers.addRow([
      `C${String(i).padStart(4, '0')}`,
      i % 7 === 0 ? { richText: [{ text: '王', font: { bold: true } }, { text: '明' }] } : `客户${i}`,
      new Date(Date.UTC(2025, i % 12, 1 + (i % 28))),
      i * 12.5,
      { formula: `D${i + 1}*2`, result: i * 25 },
    ]);
  }
  customers.getCell('A1').font = { bold: true, color: { argb: 'FFFF0000' } };
  customers.getColumn(4).numFmt = '#,##0.00';
  workbook.addWorksheet('Orders').addRow(['客户编号', '日期', '金额']);
  return workbook;
}

/**
 * Every file of an archive by name, uncompressed, read entry by entry from the local headers
 * (APPNOTE 4.3.7: sizes in the header, as exceljs and rezip write them), each checked against
 * its CRC-32.
 */
function filesOf(zip: Uint8Array): Map<string, string> {
  const bytes = Buffer.from(zip);
  const files = new Map<string, string>();
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    const method = bytes.readUInt16LE(at + 8);
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const raw = bytes.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(crc32(data), name).toBe(bytes.readUInt32LE(at + 14));
    expect(data.length, name).toBe(bytes.readUInt32LE(at + 22));
    files.set(name, data.toString('base64'));
    at = start + size;
  }
  return files;
}

/** The compression method of each entry, from the central directory (APPNOTE 4.3.12). */
function methods(zip: Uint8Array): number[] {
  const bytes = Buffer.from(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  const found: number[] = [];
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    found.push(bytes.readUInt16LE(at + 10));
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return found;
}

describe('storeZip and deflateZip', () => {
  it('give the files of an exceljs workbook unchanged, stored and then deflated again', async () => {
    const original = new Uint8Array(await (await sampleWorkbook()).xlsx.writeBuffer());
    const stored = storeZip(original);
    expect(stored).not.toBeNull();
    expect(new Set(methods(stored as Uint8Array))).toEqual(new Set([0]));
    const deflated = deflateZip(stored as Uint8Array);
    expect(deflated).not.toBeNull();
    expect(methods(deflated as Uint8Array)).toContain(8);
    const files = filesOf(original);
    expect(files.has('xl/worksheets/sheet1.xml')).toBe(true);
    // filesOf checks that each entry's kept checksum is the checksum of its new bytes.
    expect(filesOf(stored as Uint8Array)).toEqual(files);
    expect(filesOf(deflated as Uint8Array)).toEqual(files);
    expect((deflated as Uint8Array).length).toBeLessThan((stored as Uint8Array).length);
  });

  it('deflates only an archive of stored entries, and reads only zip archives', async () => {
    const original = new Uint8Array(await (await sampleWorkbook()).xlsx.writeBuffer());
    expect(deflateZip(original)).toBeNull();
    expect(storeZip(new TextEncoder().encode('客户编号,姓名\nC001,张三\n'))).toBeNull();
    expect(storeZip(original.subarray(0, original.length - 10))).toBeNull();
  });
});

describe('workbookBytes', () => {
  it('gives the workbook exceljs writes itself, cell by cell and style by style', async () => {
    const workbook = await sampleWorkbook();
    const expected = filesOf(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const ours = await workbookBytes(workbook);
    expect(filesOf(ours)).toEqual(expected);

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(ours as unknown as ArrayBuffer);
    const sheet = read.getWorksheet('客户');
    expect(sheet?.getCell('A1').font).toEqual({ bold: true, color: { argb: 'FFFF0000' } });
    expect(sheet?.getCell('D3').numFmt).toBe('#,##0.00');
    expect(sheet?.getCell('E3').value).toEqual({ formula: 'D3*2', result: 50 });
    expect(sheet?.getCell('C2').value).toEqual(new Date(Date.UTC(2025, 1, 2)));
  });
});
