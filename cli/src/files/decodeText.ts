import chardet from 'chardet';

/**
 * Text of a CSV file as Excel/WPS users save it: UTF-8 with or without BOM, UTF-16 ("Unicode
 * text", with BOM), else in the legacy encoding of the system that saved it (legacyEncodingOf):
 * GB18030 on the mainland (a superset of GBK and GB2312), Big5 in Taiwan and Hong Kong,
 * Windows-1252 in the West.
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
    // Decoded as a stream and flushed: Node 20's one-shot decode of windows-1252 loses the
    // characters at 0x80–0x9F (– “ ” ™), which its streaming decode keeps.
    const decoder = new TextDecoder(legacyEncodingOf(bytes.subarray(0, LEGACY_SAMPLE_BYTES)));
    return decoder.decode(bytes, { stream: true }) + decoder.decode();
  }
}

/** The legacy encodings a spreadsheet's CSV file may be in, as TextDecoder names them. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'windows-1252';

/** How much of a file legacyEncodingOf is given: enough rows for chardet's statistics to settle. */
export const LEGACY_SAMPLE_BYTES = 256 * 1024;

/**
 * The legacy encoding bytes that are not UTF-8 are most likely in, by chardet's analysis (byte
 * and character frequencies): Big5 or Windows-1252 when chardet is more confident of it than of
 * GB18030, else GB18030, the encoding of the toolkit's first users and its answer when in doubt.
 * Read as GB18030, a Big5 file's 客戶 would be 姣氛 and a Western file's Café 'Caf' with a
 * CJK character: both decode without error, so the choice must be made before, not after.
 */
export function legacyEncodingOf(sample: Uint8Array): LegacyEncoding {
  let best: LegacyEncoding = 'gb18030';
  let bestConfidence = 0;
  for (const match of chardet.analyse(sample)) {
    const encoding = LEGACY_NAMES[match.name];
    if (encoding === undefined) continue;
    if (
      match.confidence > bestConfidence ||
      (match.confidence === bestConfidence && encoding === 'gb18030')
    ) {
      best = encoding;
      bestConfidence = match.confidence;
    }
  }
  return best;
}

/** chardet's names of the legacy encodings (ISO-8859-1 is what it calls Windows-1252 without its C1 letters). */
const LEGACY_NAMES: Record<string, LegacyEncoding> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
};
