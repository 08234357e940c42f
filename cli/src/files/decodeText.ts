/**
 * Text of a CSV file as Chinese Excel/WPS users save it: UTF-8 with or without BOM, UTF-16
 * ("Unicode text", with BOM), else GBK. GB18030 is a superset of GBK and GB2312, so a file
 * that is not valid UTF-8 is decoded as GB18030.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // Valid UTF-8 is very unlikely to be GBK text by accident: GBK's two-byte sequences rarely
    // form valid UTF-8 continuation patterns, so a fatal decode is a reliable test.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
