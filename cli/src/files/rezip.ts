// Node's zlib is loaded the first time it is used in the bundled CLI (LAZY_PACKAGES in build.mjs):
// only .xlsx files need it.
import zlib from 'node:zlib';

/**
 * A zip archive with every file entry deflated (method 8) by Node's zlib, from one whose entries
 * are stored (method 0); null when the archive is not one rewriteZip reads.
 *
 * Why: exceljs packs a workbook with JSZip, whose deflate is JavaScript (pako) and takes most of
 * the time of writing a large sheet. Asking exceljs for stored entries and deflating them here
 * gives the same files inside the archive, at the same compression level (zlib's default, 6,
 * as pako's).
 */
export function deflateZip(zip: Uint8Array): Uint8Array | null {
  return rewriteZip(zip, (entry) => {
    if (entry.method !== 0) return null;
    // Folders and empty files stay stored, as JSZip leaves them.
    if (entry.size === 0 || entry.name[entry.name.length - 1] === 0x2f) return entry;
    return { ...entry, method: 8, data: zlib.deflateRawSync(entry.data) };
  });
}

/**
 * The same archive with every entry stored, inflated by Node's zlib; null when it is not one
 * rewriteZip reads or an entry is neither stored nor deflated. JSZip then reads the workbook
 * without its JavaScript inflate.
 */
export function storeZip(zip: Uint8Array): Uint8Array | null {
  return rewriteZip(zip, (entry) => {
    if (entry.method === 0) return entry;
    if (entry.method !== 8) return null;
    let data: Buffer;
    try {
      data = zlib.inflateRawSync(entry.data);
    } catch {
      return null;
    }
    return data.length === entry.size ? { ...entry, method: 0, data } : null;
  });
}

interface ZipEntry {
  /** The file name as the archive holds it. */
  name: Buffer;
  method: number;
  /** Uncompressed size. */
  size: number;
  /** CRC-32 of the uncompressed bytes. */
  crc: number;
  /** The entry's data as the archive holds it (compressed by `method`). */
  data: Buffer;
}

/**
 * The file entries of an archive by name (a leading slash dropped, as exceljs does), their data
 * still compressed; null when the archive is not one rewriteZip reads.
 */
export function readZip(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const entries = new Map<string, ZipEntry>();
  const read = rewriteZip(
    bytes,
    (entry) => {
      const name = entry.name.toString('utf8').replace(/^\//, '');
      if (entries.has(name)) return null;
      entries.set(name, entry);
      return entry;
    },
    false,
  );
  return read === null ? null : entries;
}

/** An entry's data as rewriteZip writes it: one buffer, or the pieces of one stream in order. */
type RewrittenEntry = Omit<ZipEntry, 'data'> & { data: Buffer | readonly Buffer[] };

/** A zip entry's data deflated, with what the zip's headers say of the bytes before deflation. */
export interface DeflatedBytes {
  /** One raw deflate stream, in pieces that follow one another. */
  pieces: Buffer[];
  /** The uncompressed size and CRC-32. */
  size: number;
  crc: number;
}

/** The uncompressed bytes of an entry; null when it is neither stored nor deflated, or damaged. */
export function entryBytes(entry: ZipEntry): Buffer | null {
  if (entry.method === 0) return entry.data;
  if (entry.method !== 8) return null;
  try {
    const data = zlib.inflateRawSync(entry.data);
    return data.length === entry.size && zlib.crc32(data) === entry.crc ? data : null;
  } catch {
    return null;
  }
}

/**
 * The archive with the entries named in `replaced` holding new bytes (deflated by zlib, with
 * their CRC-32 and size), every other entry's compressed data copied as it is; null when the
 * archive is not one rewriteZip reads.
 */
export function replaceZipEntries(
  bytes: Uint8Array,
  replaced: ReadonlyMap<string, Uint8Array | DeflatedBytes>,
): Uint8Array | null {
  return rewriteZip(bytes, (entry) => {
    const data = replaced.get(entry.name.toString('utf8').replace(/^\//, ''));
    if (data === undefined) return entry;
    if ('pieces' in data) {
      // The zip's 32-bit sizes (no Zip64 here).
      if (data.size > 0xffffffff) return null;
      return { ...entry, method: 8, size: data.size, crc: data.crc, data: data.pieces };
    }
    return {
      ...entry,
      method: 8,
      size: data.length,
      crc: zlib.crc32(data),
      data: zlib.deflateRawSync(data),
    };
  });
}

/**
 * The archive rebuilt with each entry as `change` returns it (null: give up, the whole rewrite
 * gives null; `build` false: only walk the entries). Names, times, attributes, extra fields of
 * the central directory and the order of the entries are kept, and so is each entry's CRC-32 (a
 * checksum of the uncompressed bytes, unchanged by recompressing) unless `change` gives another; the local headers carry sizes and CRC themselves, so no data descriptor follows.
 * Zip64, encrypted and multi-disk archives are not read (null).
 *
 * Layout from PKWARE's APPNOTE.TXT 6.3: local file header 4.3.7, central directory header 4.3.12,
 * end of central directory record 4.3.16.
 */
function rewriteZip(
  bytes: Uint8Array,
  change: (entry: ZipEntry) => RewrittenEntry | null,
  build = true,
): Uint8Array | null {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(zip);
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || zip.readUInt16LE(end + 8) !== count) return null;
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > end)
    return null;

  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let written = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== 0x02014b50) return null;
    const flags = zip.readUInt16LE(at + 8);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const headerLength = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    if ((flags & 0x1) !== 0 || size === 0xffffffff || compressedSize === 0xffffffff) return null;
    if (localOffset + 30 > directoryOffset || zip.readUInt32LE(localOffset) !== 0x04034b50) return null;
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > directoryOffset) return null;
    const entry = change({
      name: zip.subarray(at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      size,
      crc: zip.readUInt32LE(at + 16),
      data: zip.subarray(dataStart, dataStart + compressedSize),
    });
    if (entry === null) return null;
    if (!build) {
      at += headerLength;
      continue;
    }

    const pieces: readonly Buffer[] = Buffer.isBuffer(entry.data) ? [entry.data] : entry.data;
    let dataLength = 0;
    for (const piece of pieces) dataLength += piece.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags & ~0x8, 6);
    local.writeUInt16LE(entry.method, 8);
    zip.copy(local, 10, at + 12, at + 16); // time, date
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(dataLength, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(nameLength, 26);
    parts.push(local, entry.name, ...pieces);

    const central = Buffer.from(zip.subarray(at, at + headerLength));
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags & ~0x8, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(dataLength, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt32LE(written, 42);
    directory.push(central);

    written += 30 + nameLength + dataLength;
    if (written > 0xffffffff) return null;
    at += headerLength;
  }
  if (!build) return zip;
  const record = Buffer.from(zip.subarray(end, end + 22 + zip.readUInt16LE(end + 20)));
  record.writeUInt32LE(
    directory.reduce((sum, header) => sum + header.length, 0),
    12,
  );
  record.writeUInt32LE(written, 16);
  return Buffer.concat([...parts, ...directory, record]);
}

/** Offset of the end of central directory record, searched from the end (a comment may follow it). */
function endOfCentralDirectory(zip: Buffer): number {
  const last = zip.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (zip.readUInt32LE(at) === 0x06054b50 && at + 22 + zip.readUInt16LE(at + 20) === zip.length) return at;
  }
  return -1;
}
