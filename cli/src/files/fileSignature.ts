import { closeSync, openSync, readSync } from 'node:fs';

/** A zip file's local header (PK\3\4): an .xlsx, .docx or any other zip. */
export const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The signature of an OLE compound file: .xls, .et, .doc, saved by Office 97–2003 or WPS. */
export const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * How much of the start of a file is looked at: the bytes git looks at to tell binary files
 * from text, and enough for the head of a web page to reach its first table.
 */
export const SNIFFED_BYTES = 8000;

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * What a file under a spreadsheet name (.xls, .et, .xml, .htm) really holds. Many systems (shop
 * back ends, ERPs, OA and bank systems) send their "Excel" export as a web page with a table, as
 * Excel 2003's XML Spreadsheet, or as tab-separated text, each under an .xls name; Excel and WPS
 * open all of them. Only Office 97–2003's binary compound file is a real .xls.
 */
export type FileContent = 'zip' | 'compound' | 'html' | 'spreadsheetml' | 'text' | 'binary';

/** What the first bytes of `path` say it is (see FileContent); throws what reading throws. */
export function sniffFileContent(path: string): FileContent {
  const head = readHead(path, SNIFFED_BYTES);
  return contentOfHead(head);
}

/** What a file holds, from its first bytes. */
export function contentOfHead(head: Uint8Array): FileContent {
  if (startsWith(head, ZIP)) return 'zip';
  if (startsWith(head, COMPOUND_FILE)) return 'compound';
  const utf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) return 'binary';
  // Markup is ASCII in every encoding these files come in; UTF-16's zero bytes are left out.
  let ascii = '';
  for (const byte of head) if (byte !== 0 && byte < 0x80) ascii += String.fromCharCode(byte);
  const lower = ascii.toLowerCase();
  if (/^\s*<\?xml/.test(lower) && lower.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return 'spreadsheetml';
  if (/^\s*</.test(lower) && /<(?:html|table|body|meta)\b/.test(lower)) return 'html';
  return 'text';
}

function readHead(path: string, size: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(size);
    const bytesRead = readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether an OLE compound file is an encrypted Office document: Office and WPS save a
 * password-protected .xlsx as a compound file holding the streams EncryptionInfo and
 * EncryptedPackage (MS-OFFCRYPTO 2.3.4), whose names its directory spells in UTF-16LE.
 */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, COMPOUND_FILE)) return false;
  const name = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}
