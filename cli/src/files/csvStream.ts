import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { type Cell, restoreCsvText } from '@crm/shared';
import Papa from 'papaparse';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';
import { CellPools } from './cellPool.ts';
import { describeFsError } from './fileErrors.ts';
import { refuseWhenMemoryRunsOut } from './memoryGuard.ts';
import { guessDelimiter, lineEndOf, withoutLineEndCr } from './parseCsv.ts';

/** Where the rows of a CSV file read as a stream go. */
export interface CsvRowSink {
  /**
   * The next rows of the file; `first` is the 0-based index of the first (its sheet row − 1).
   * Returning false stops the reading there (a probe of the first rows).
   */
  rows(rows: Cell[][], first: number): boolean | undefined;
  /** The file is not UTF-8 after all: what came so far is read again, as GB18030. */
  restart(): void;
}

/**
 * Papa Parse guesses the line ending from the first megabyte of what it is given (as it does for
 * a whole string), so the first chunk is at least that long.
 */
const FIRST_CHUNK_CHARACTERS = 1024 * 1024;
/**
 * What Papa Parse is given at a time, and so how many rows are held at once before the memory
 * guard looks again: a megabyte of orders is 25,000 rows and, with a small heap, more than one
 * chunk's room between two checks.
 */
const READ_CHUNK_BYTES = 256 * 1024;

/**
 * Reads a CSV file as a stream, never holding its text whole: decoded as decodeText decodes a
 * whole file (a BOM names UTF-8 or UTF-16; otherwise UTF-8 when every byte sequence is valid, else
 * GB18030), parsed by Papa Parse with the delimiter of the first non-blank line (guessDelimiter),
 * cells the toolkit neutralised ('+86…) restored. The rows are those parseCsv gives for the whole
 * text, the trailing blank ones included (the sink decides about them).
 */
export async function streamCsvFile(path: string, sink: CsvRowSink, sizes: ChunkSizes = {}): Promise<void> {
  const encoding = await encodingOf(path);
  try {
    await parseStream(path, { encoding: encoding ?? 'utf-8', fatal: encoding === null, ...sizes }, sink);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    sink.restart();
    await parseStream(path, { encoding: 'gb18030', fatal: false, ...sizes }, sink);
  }
}

/** How much is read and parsed at a time (tests make them small, to cross many chunk boundaries). */
export interface ChunkSizes {
  firstChunkCharacters?: number;
  readChunkBytes?: number;
}

interface Decoding extends ChunkSizes {
  encoding: string;
  fatal: boolean;
}

class NotUtf8 extends Error {}

/** The encoding a byte-order mark names, or null for none. */
async function encodingOf(path: string): Promise<string | null> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const head = new Uint8Array(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    if (bytesRead >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
    if (bytesRead >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
    if (bytesRead >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
    return null;
  } catch (error) {
    throw new CliError(t().files.because(t().files.cannotRead(path), describeFsError(error)));
  } finally {
    await handle?.close();
  }
}

/** The file's text in chunks, the first one at least FIRST_CHUNK_CHARACTERS long (or the whole text). */
async function* decodedChunks(path: string, decoding: Decoding): AsyncGenerator<string> {
  const { encoding, fatal } = decoding;
  const decoder = new TextDecoder(encoding, { fatal });
  let pending = '';
  let first = true;
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw new NotUtf8(encoding);
    }
  };
  for await (const bytes of createReadStream(path, {
    highWaterMark: decoding.readChunkBytes ?? READ_CHUNK_BYTES,
  })) {
    const text = decode(bytes as Buffer);
    if (first) {
      pending += text;
      if (pending.length < FIRST_CHUNK_CHARACTERS) continue;
      first = false;
      yield pending;
      pending = '';
    } else if (text !== '') yield text;
  }
  const rest = pending + decode();
  if (rest !== '' || first) yield rest;
}

async function parseStream(path: string, decoding: Decoding, sink: CsvRowSink): Promise<void> {
  const chunks = decodedChunks(path, decoding);
  let head: IteratorResult<string>;
  try {
    head = await chunks.next();
  } catch (error) {
    if (error instanceof NotUtf8) throw error;
    throw new CliError(t().files.because(t().files.cannotRead(path), describeFsError(error)));
  }
  const firstChunk = head.done ? '' : head.value;
  // Both guessed from the start of the text, as for the whole text (Papa Parse looks at 1 MB).
  const delimiter = guessDelimiter(firstChunk);
  const newline = lineEndOf(firstChunk) ?? Papa.parse(firstChunk, { delimiter, preview: 1 }).meta.linebreak;
  const piece = decoding.firstChunkCharacters ?? Math.min(firstChunk.length, READ_CHUNK_BYTES);
  async function* all(): AsyncGenerator<string> {
    for (let at = 0; at < firstChunk.length; at += Math.max(1, piece)) yield firstChunk.slice(at, at + piece);
    yield* chunks;
  }
  let next = 0;
  const input = Readable.from(all());
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(input, {
      delimiter,
      newline: newline as '\r' | '\n' | '\r\n',
      skipEmptyLines: false,
      chunk: (results, parser) => {
        // In place: a second array per row would double the garbage of a million rows.
        const texts: string[][] = results.data;
        for (let i = 0; i < texts.length; i++) {
          const row = texts[i];
          if (!Array.isArray(row)) {
            texts[i] = [];
            continue;
          }
          withoutLineEndCr(row, newline);
          for (let j = 0; j < row.length; j++) row[j] = restoreCsvText(row[j] as string);
        }
        const rows: Cell[][] = texts;
        const more = sink.rows(rows, next);
        next += rows.length;
        if (more === false) {
          parser.abort();
          input.destroy();
          resolve();
          return;
        }
        refuseWhenMemoryRunsOut(path);
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  }).catch((error: unknown) => {
    if (error instanceof NotUtf8 || error instanceof CliError) throw error;
    throw new CliError(t().files.because(t().files.cannotRead(path), describeFsError(error)));
  });
}

/**
 * From this length V8 makes a substring a view into the string it was cut from (shorter ones are
 * copied). Papa Parse cuts every cell out of a megabyte-long chunk of the file, so a grid kept for
 * the whole run would keep every chunk alive through its addresses, company names and emails:
 * about a third of the heap of a 100k-customer analysis.
 */
const SLICED_LENGTH = 13;

/** The same text in a string of its own (JSON.parse builds a fresh flat string; exact for any text). */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A cell's text as the grid keeps it: not a view into the chunk it was cut from. */
function ownedText(text: string): string {
  return text.length >= SLICED_LENGTH ? ownCopy(text) : text;
}

/** A CSV file's rows as parseCsv gives them for its whole text (trailing blank rows left out). */
export async function readCsvRows(
  path: string,
  sizes: ChunkSizes & { limit?: number } = {},
): Promise<Cell[][]> {
  let grid: Cell[][] = [];
  let pools = new CellPools(ownedText);
  const limit = sizes.limit ?? Number.POSITIVE_INFINITY;
  await streamCsvFile(
    path,
    {
      rows(rows) {
        for (const row of rows) {
          if (grid.length === limit) return false;
          for (let c = 0; c < row.length; c++) {
            row[c] = pools.cell(c, row[c] as string);
          }
          grid.push(row);
        }
        return grid.length < limit;
      },
      restart() {
        grid = [];
        pools = new CellPools(ownedText);
      },
    },
    sizes,
  );
  while (grid.length > 0 && grid[grid.length - 1]?.every((cell) => cell === '')) grid.pop();
  return grid;
}
