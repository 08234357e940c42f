import saxes, { type SaxesTagPlain } from 'saxes';

/** What a part's parse is told: tags as saxes gives them (prefixed names kept, as exceljs sees them). */
export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  text?(text: string): void;
  close(name: string): void;
}

/** Decoded a megabyte at a time, so a large sheet never becomes one string. */
const CHUNK = 1 << 20;

/**
 * Parses one part of a workbook with saxes, the parser exceljs reads with, fed as exceljs feeds
 * it (UTF-8, BOM dropped; CDATA left out, as exceljs listens to tags and text only). Throws what
 * saxes throws on malformed XML.
 */
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = xmlParser(handlers);
  parser.write(bytes);
  parser.end();
}

/** parseXml for a part given a piece at a time, as it is inflated (see partPieces). */
export async function parseXmlPieces(
  pieces: AsyncIterable<Uint8Array>,
  handlers: XmlHandlers,
): Promise<void> {
  const parser = xmlParser(handlers);
  for await (const piece of pieces) parser.write(piece);
  parser.end();
}

/** A saxes parser telling `handlers`, written the bytes of a part in order, then ended. */
function xmlParser(handlers: XmlHandlers): { write(bytes: Uint8Array): void; end(): void } {
  const parser = new saxes.SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => handlers.open(tag as SaxesTagPlain));
  if (handlers.text) parser.on('text', handlers.text);
  parser.on('closetag', (tag) => handlers.close(tag.name));
  const decoder = new TextDecoder('utf-8');
  return {
    write(bytes) {
      for (let at = 0; at < bytes.length; at += CHUNK) {
        parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
        if (failure) throw failure;
      }
    },
    end() {
      parser.write(decoder.decode());
      parser.close();
      if (failure) throw failure;
    },
  };
}
