import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { type Cell, restoreCsvText } from '@crm/shared';
import Papa from 'papaparse';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';
import { CellPools, ownedText } from './cellPool.ts';
import { LEGACY_SAMPLE_BYTES, legacyEncodingOf } from './decodeText.ts';
import { describeFsError } from './fileErrors.ts';
import { COMPOUND_FILE, SNIFFED_BYTES, startsWith, ZIP } from './fileSignature.ts';
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
 * chunk's room between two checks. Small enough for each decoded chunk (and Papa Parse's copy of
 * it with the line left over from the last one) to be an ordinary young-generation string: from
 * about 128 KB V8 puts a string in its large-object space, each one a new mapping of memory, and
 * decoding a 38 MB orders file in 256 KB chunks took 0.25-0.85 s where 64 KB chunks take 0.04 s
 * (and `crm classify` at 100k customers 11 % less wall time).
 */
const READ_CHUNK_BYTES = 64 * 1024;
/**
 * Bytes read from the file at a time: a Buffer lives outside V8's heap, so it can be larger than a
 * decoded chunk, and a 38 MB file is read in 38 calls rather than 600. Each is decoded
 * READ_CHUNK_BYTES at a time.
 */
const FILE_READ_BYTES = 1024 * 1024;

/**
 * Reads a CSV file as a stream, never holding its text whole: decoded as decodeText decodes a
 * whole file (a BOM names UTF-8 or UTF-16; otherwise UTF-8 when every byte sequence is valid, else
 * the legacy encoding its first bytes show: GB18030, Big5 or Windows-1252), parsed by Papa Parse
 * with the delimiter of the first non-blank line (guessDelimiter), cells the toolkit neutralised
 * ('+86…) restored. The rows are those parseCsv gives for the whole text, the trailing blank
 * ones included (the sink decides about them).
 */
export async function streamCsvFile(
  path: string,
  sink: CsvRowSink,
  sizes: ChunkSizes = {},
): Promise<CsvLayout> {
  const encoding = await encodingOf(path);
  try {
    const fatal = encoding === null;
    const read = await parseStream(path, { encoding: encoding ?? 'utf-8', fatal, ...sizes }, sink);
    return { encoding: encoding ?? 'utf-8', checkedUtf8: fatal, ...read };
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    sink.restart();
    const legacy = legacyEncodingOf(await headOf(path, LEGACY_SAMPLE_BYTES));
    const read = await parseStream(path, { encoding: legacy, fatal: false, ...sizes }, sink);
    return { encoding: legacy, checkedUtf8: false, ...read };
  }
}

/** How a CSV file was read: what its bytes must be for its lines to be written back as they are. */
export interface CsvLayout {
  /** The encoding its text was decoded from (utf-8, utf-16le, utf-16be, gb18030, big5 or windows-1252). */
  encoding: string;
  /** Whether every byte was found to be UTF-8 (a UTF-8 file with a BOM is decoded leniently). */
  checkedUtf8: boolean;
  delimiter: string;
  /** The line end rows were split on ('\n', or Papa Parse's guess for a file without LF). */
  newline: string | undefined;
  /** Whether Papa Parse met quotes it had to read its own way (a quote that does not close its cell). */
  repairedQuotes: boolean;
}

/** How much is read and parsed at a time (tests make them small, to cross many chunk boundaries). */
export interface ChunkSizes {
  firstChunkCharacters?: number;
  readChunkBytes?: number;
  /** The longest row read (MAX_ROW_CHARACTERS). */
  maxRowCharacters?: number;
}

/**
 * The longest row a CSV file may hold, in characters: 16 Mi, some 500 times the most an Excel cell
 * holds (32,767) and 300 times Google Sheets' (50,000). A longer row is no table's row: a quote mark
 * left open makes the rest of the file one cell, and a binary file without line breaks is one row.
 * Papa Parse parses an unfinished row again with each chunk, so such a row would take minutes
 * (90 MB: 16 s, and a 150 MB one fails at last with V8's "Invalid string length").
 */
const MAX_ROW_CHARACTERS = 16 * 1024 * 1024;

interface Decoding extends ChunkSizes {
  encoding: string;
  fatal: boolean;
}

class NotUtf8 extends Error {}

/**
 * The encoding a byte-order mark names, or null for none; a CliError when the first bytes show
 * that the file is not CSV text at all: a workbook under a .csv name (a zip file is an .xlsx; the
 * compound file of Office 97 an .xls or WPS's .et), or any other binary file (a NUL byte among the
 * first SNIFFED_BYTES, which no text but UTF-16 holds, and UTF-16 starts with its mark here).
 */
async function encodingOf(path: string): Promise<string | null> {
  const head = await headOf(path, SNIFFED_BYTES);
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  const notCsv = (reason: string) => new CliError(t().files.because(t().files.cannotRead(path), reason));
  const ext = extname(path) || '.csv';
  if (startsWith(head, ZIP)) throw notCsv(t().files.zipUnderCsvName(ext));
  if (startsWith(head, COMPOUND_FILE)) throw notCsv(t().files.oldWorkbookUnderCsvName(ext));
  if (head.includes(0)) throw notCsv(t().files.notText);
  return null;
}

/** The first `size` bytes of a file (all of a shorter one); a CliError when it cannot be read. */
async function headOf(path: string, size: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = new Uint8Array(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
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
  const readBytes = decoding.readChunkBytes ?? FILE_READ_BYTES;
  const decodeBytes = Math.min(readBytes, READ_CHUNK_BYTES);
  for await (const read of createReadStream(path, { highWaterMark: readBytes })) {
    const bytes = read as Buffer;
    for (let at = 0; at < bytes.length; at += decodeBytes) {
      const text = decode(bytes.subarray(at, at + decodeBytes));
      if (first) {
        pending += text;
        if (pending.length < FIRST_CHUNK_CHARACTERS) continue;
        first = false;
        yield pending;
        pending = '';
      } else if (text !== '') yield text;
    }
  }
  const rest = pending + decode();
  if (rest !== '' || first) yield rest;
}

async function parseStream(
  path: string,
  decoding: Decoding,
  sink: CsvRowSink,
): Promise<Pick<CsvLayout, 'delimiter' | 'newline' | 'repairedQuotes'>> {
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
  // What the parser has been given so far. Listening before Papa Parse does, this counts each
  // piece before Papa Parse parses it: the row it has not finished is `given - meta.cursor` long.
  let given = 0;
  input.on('data', (piece: string) => {
    given += piece.length;
  });
  const maxRow = decoding.maxRowCharacters ?? MAX_ROW_CHARACTERS;
  let repairedQuotes = false;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(input, {
      delimiter,
      newline: newline as '\r' | '\n' | '\r\n',
      skipEmptyLines: false,
      chunk: (results, parser) => {
        const reason = notATableRow(results, given, maxRow, next);
        if (reason !== null) {
          // Rejected first: aborting calls `complete`, which resolves.
          reject(new CliError(t().files.because(t().files.cannotRead(path), reason)));
          parser.abort();
          input.destroy();
          return;
        }
        if (results.errors.length > 0) repairedQuotes = true;
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
  return { delimiter, newline, repairedQuotes };
}

/**
 * Why the rows Papa Parse gave, or the row it has not finished, cannot be a table's rows: a row
 * past `maxRow` characters (the parser had `given` characters; `first` is the 0-based index of
 * the chunk's first row), or a quote that drew lines into its cell (swallowedLines). Null for
 * the rows of a table.
 */
function notATableRow(
  results: Papa.ParseResult<string[]>,
  given: number,
  maxRow: number,
  first: number,
): string | null {
  if (given - results.meta.cursor > maxRow)
    return t().files.runawayRow(first + results.data.length + 1, maxRow);
  const swallowed = results.errors.length > 0 ? swallowedLines(results) : null;
  if (swallowed === null) return null;
  return t().files.unclosedQuote(first + swallowed.row + 1, swallowed.column, swallowed.cell);
}

/**
 * The cell into which a quote mark that does not close its cell drew the lines after it, as Papa
 * Parse reads them: a quote opening a cell and never closed takes the rest of the file into it
 * (MissingQuotes), and one closed in the middle of a cell ("Acme "Best" Co,…) runs on to the next
 * quote it finds (InvalidQuotes). Either way the rows it took are lost as rows. Null when no cell
 * holds a line break that way: a quote malformed within one line loses nothing, and a quoted
 * cell over several lines is a cell.
 */
export function swallowedLines(
  results: Papa.ParseResult<string[]>,
): { row: number; column: number; cell: string } | null {
  for (const error of results.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    const row = results.data[error.row];
    if (!Array.isArray(row)) continue;
    for (let c = row.length - 1; c >= 0; c--) {
      const cell = row[c] as string;
      if (!/[\r\n]/.test(cell)) continue;
      // An unclosed quote took the rest of the file into the row's last cell; a malformed one
      // left its own quotes inside the cell it ran on in.
      if (error.code === 'MissingQuotes' ? c === row.length - 1 : cell.includes('"')) {
        return { row: error.row, column: c + 1, cell };
      }
    }
  }
  return null;
}

/** A CSV file's rows as parseCsv gives them for its whole text (trailing blank rows left out). */
export async function readCsvRows(
  path: string,
  sizes: ChunkSizes & { limit?: number } = {},
): Promise<Cell[][]> {
  return (await readCsvFile(path, sizes)).rows;
}

/** readCsvRows, with how the file was read. */
export async function readCsvFile(
  path: string,
  sizes: ChunkSizes & { limit?: number } = {},
): Promise<{ rows: Cell[][]; layout: CsvLayout }> {
  let grid: Cell[][] = [];
  let pools = new CellPools(ownedText);
  const limit = sizes.limit ?? Number.POSITIVE_INFINITY;
  const layout = await streamCsvFile(
    path,
    {
      rows(rows) {
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r] as Cell[];
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
  return { rows: grid, layout };
}
