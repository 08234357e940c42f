// Writing a classified CSV back: most of each line is the user's own cells, which the general way
// (csvFile.ts) turns from strings back into CSV text, a Papa Parse field at a time, then into
// UTF-8: 3-5 s of a 21-25 s run on a million customers. Here the user's part of a line is copied
// from the input file's own bytes wherever that gives the very bytes the general way writes, and
// only the cells the run changed (the managed columns) are made into text; a cell that starts a
// formula gets its apostrophe as the general way gives it one. Any line that could come out
// differently (quotes the general way would not write, a space at either end of a cell, a quote
// inside an unquoted one…) is written the general way; a file whose lines cannot be matched to
// the rows read from it is written the general way as a whole.
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import {
  type Cell,
  isFormulaStart,
  isInertMinus,
  type ManagedColumnsWrite,
  type PlacedManagedColumn,
} from '@crm/shared';
import { withAtomicFile } from './atomicWrite.ts';
import { csvField } from './csvFile.ts';
import type { CsvLayout } from './csvStream.ts';
import { fileVersion } from './fileVersion.ts';

/** A CSV input file as it was read: its layout, and its version (fileVersion) before reading. */
export interface CsvSource {
  path: string;
  layout: CsvLayout;
  version: string | null;
}

/**
 * Writes `rows` (the grid read from `source`) with the managed columns merged in, as
 * writeCsvFile(mergeManagedColumns(rows, write)) writes it, byte for byte. False, having written
 * nothing, when the source's lines cannot be used: another encoding, delimiter or line end than
 * the output's, quotes Papa Parse had to repair, a file changed since it was read, or lines that
 * turn out not to be the rows.
 */
export async function writeCsvPatchingLines(
  source: CsvSource,
  rows: readonly (readonly Cell[])[],
  write: ManagedColumnsWrite,
  outPath: string,
): Promise<boolean> {
  const { layout } = source;
  if (layout.encoding !== 'utf-8' || layout.delimiter !== ',' || layout.newline !== '\n') return false;
  if (layout.repairedQuotes || rows.length === 0) return false;
  if (source.version === null || (await fileVersion(source.path)) !== source.version) return false;
  try {
    await withAtomicFile(outPath, async (temp) => {
      const lines = await SourceLines.open(source.path, layout.checkedUtf8);
      try {
        let writing: Promise<void> = Promise.resolve();
        for await (const piece of patchedPieces(lines, rows, write)) {
          await writing;
          writing = temp.writeFile(piece);
        }
        await writing;
      } finally {
        await lines.close();
      }
    });
  } catch (error) {
    if (error instanceof LinesDoNotMatch) return false;
    throw error;
  }
  return true;
}

/** The source's lines are not the rows read from it: the general way writes the file. */
class LinesDoNotMatch extends Error {}

/** Bytes of a piece before it is written (a few hundred rows at most go past it). */
const PIECE_BYTES = 1024 * 1024;

/** The output file's bytes a piece at a time: the BOM, then each row's line ended by CRLF. */
async function* patchedPieces(
  lines: SourceLines,
  rows: readonly (readonly Cell[])[],
  write: ManagedColumnsWrite,
): AsyncGenerator<Uint8Array> {
  const out = new PieceBuffer();
  out.text('\uFEFF');
  const merge = new RowMerge(write);
  for (let i = 0; i < rows.length; i++) {
    // Most lines are at hand in the bytes already read: no await for those.
    let line = lines.next();
    while (line === undefined) {
      await lines.fill();
      line = lines.next();
    }
    if (line === null) throw new LinesDoNotMatch();
    const row = rows[i] as readonly Cell[];
    const sheetRow = i + 1;
    // The user's cells as they were, up to the first the run changes: all of them when the line
    // is kept, none when it is not; where their bytes end, and where apostrophes go in before.
    let same = 0;
    let keptEnd = line.end;
    let marks = NONE;
    if (line.utf8) {
      // A line without quotes was cut by Papa Parse at its commas: when its cells are their own
      // text as the general way writes them, and all are kept, the bytes need no going through.
      // Any other line is cut here (lineCut).
      const cells = line.plain ? plainCells(row) : CUT;
      same = cells === GENERAL ? 0 : merge.unchanged(row, sheetRow);
      if (same > 0 && !(cells === AS_THEY_ARE && same === row.length)) {
        const cut = lineCut(line, row.length);
        if (cut === null) same = 0;
        else {
          keptEnd = cut.ends[same - 1] as number;
          marks = cut.apostrophes;
        }
      }
    }
    if (same > 0) {
      let from = line.start;
      for (let k = 0; k < marks.length; k++) {
        const at = marks[k] as number;
        if (at >= keptEnd) break;
        out.bytes(line.bytes, from, at);
        out.byte(APOSTROPHE);
        from = at;
      }
      out.bytes(line.bytes, from, keptEnd);
    }
    // The cells after the kept ones (all of them when none is kept), written the general way,
    // after a comma when some were kept.
    merge.writeCellsFrom(out, row, sheetRow, same);
    out.byte(CR);
    out.byte(LF);
    if (out.length >= PIECE_BYTES) yield out.take();
  }
  // Lines after the rows must be what the reader left out: blank lines at the end of the file.
  for (;;) {
    const line = lines.next();
    if (line === undefined) await lines.fill();
    else if (line === null) break;
    else if (!isBlankLine(line)) throw new LinesDoNotMatch();
  }
  if (out.length > 0) yield out.take();
}

/** What plainCells finds of a row's cells. */
const AS_THEY_ARE = 0;
/** A cell starts a formula: the line's bytes are gone through for where its apostrophe goes. */
const CUT = 1;
/** A cell has a space at either end (the general way quotes it): the line is written the general way. */
const GENERAL = 2;
const NONE: readonly number[] = [];

/**
 * What the cells of a row read from a line without quotes, CR or byte-order mark say of it:
 * each cell is then its field's bytes (a cell with an apostrophe before a formula start read
 * without it starts a formula itself, and CUT finds the apostrophe in its bytes).
 */
function plainCells(row: readonly Cell[]): typeof AS_THEY_ARE | typeof CUT | typeof GENERAL {
  let found: typeof AS_THEY_ARE | typeof CUT = AS_THEY_ARE;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell !== 'string') return GENERAL;
    const length = cell.length;
    if (length === 0) continue;
    if (cell.charCodeAt(0) === SPACE || cell.charCodeAt(length - 1) === SPACE) return GENERAL;
    if (isFormulaStart(cell.charCodeAt(0))) found = CUT;
  }
  return found;
}

/**
 * A row with the managed columns merged in, as mergeManagedColumns merges it, told apart into the
 * user's cells it leaves as they are and the cells from the first it changes: a row outside the
 * table stays as it is; a row of the table is padded to the table's width with empty cells, and
 * each managed column gets its value (the header row, the columns' headers).
 */
class RowMerge {
  /** The managed column's number in `write.columns` for each column of the sheet, −1 for a user's. */
  private readonly managedAt: Int32Array;
  private readonly headers: Cell[];
  private readonly empty: Cell[];
  /** The first of the managed columns. */
  private readonly firstManaged: number;
  /** The sheet row valuesOf was last asked for (0: none yet), and its values. */
  private valuesRow = 0;
  private values: Cell[] = [];

  constructor(private readonly write: ManagedColumnsWrite) {
    const width = Math.max(write.width, ...write.columns.map((c) => c.column + 1));
    this.managedAt = new Int32Array(width).fill(-1);
    write.columns.forEach((column, k) => {
      this.managedAt[column.column] = k;
    });
    this.headers = write.columns.map((c) => c.header);
    this.firstManaged = Math.min(...write.columns.map((c) => c.column));
    this.empty = write.columns.map(() => '');
  }

  private inTable(sheetRow: number): boolean {
    return sheetRow >= this.write.headerRow && sheetRow <= this.write.lastRow;
  }

  private valuesOf(sheetRow: number): Cell[] {
    // Asked twice for each row (unchanged, then writeCellsFrom): made once.
    if (sheetRow !== this.valuesRow) {
      this.valuesRow = sheetRow;
      this.values =
        sheetRow === this.write.headerRow ? this.headers : (this.write.values.get(sheetRow) ?? this.empty);
    }
    return this.values;
  }

  /** How many of the row's first cells the merge leaves as they are. */
  unchanged(row: readonly Cell[], sheetRow: number): number {
    // A row shorter than the first managed column keeps all its cells (a first run's rows).
    if (!this.inTable(sheetRow) || row.length <= this.firstManaged) return row.length;
    const values = this.valuesOf(sheetRow);
    const columns = this.write.columns;
    let same = row.length;
    for (let k = 0; k < columns.length; k++) {
      const at = (columns[k] as PlacedManagedColumn).column;
      if (at < same && (values[k] ?? '') !== row[at]) same = at;
    }
    return same;
  }

  /**
   * Writes the merged row's cells from `from` on as the general way writes them (csvField), each
   * after a comma but the row's first: no array of them, and no text of the whole line, is made.
   */
  writeCellsFrom(out: PieceBuffer, row: readonly Cell[], sheetRow: number, from: number): void {
    const values = this.inTable(sheetRow) ? this.valuesOf(sheetRow) : null;
    const length = values === null ? row.length : Math.max(row.length, this.managedAt.length);
    const managed = this.managedAt.length;
    for (let j = from; j < length; j++) {
      if (j > 0) out.byte(COMMA);
      const k = values !== null && j < managed ? (this.managedAt[j] as number) : -1;
      const cell = k >= 0 ? ((values as Cell[])[k] ?? '') : j < row.length ? (row[j] as Cell) : null;
      if (cell !== null && cell !== '') out.text(csvField(cell));
    }
  }
}

/** A line of the source file: `bytes[start, end)`, its line end (CR LF or LF) left out. */
interface Line {
  bytes: Buffer;
  start: number;
  end: number;
  /** Whether its bytes are UTF-8 (else the reader read replacement characters into its cells). */
  utf8: boolean;
  /** Whether it holds no quote, CR or byte-order mark: its fields are what lies between commas. */
  plain: boolean;
}

/**
 * How a line is written back from its own bytes: where each of its fields ends (the offset of
 * the comma after it, or the line's end), and the offsets where an apostrophe goes in (before a
 * cell that starts a formula: = + - @, a tab or NUL, inside its quotes when it has them).
 */
export interface LineCut {
  ends: number[];
  apostrophes: number[];
}

/**
 * How the line is written back, when each of its `count` fields (as many as the row read from
 * it has cells) comes out of the general way as its own bytes, an apostrophe apart; else null.
 * A field does when it is plain text that needs no quotes, or a quoted text that needs them,
 * its quotes written as Papa Parse writes them. A cell that already has its apostrophe reads
 * without it, and is written with it again.
 */
export function lineCut(line: Line, count: number): LineCut | null {
  if (line.plain) return plainLineCut(line, count);
  const { bytes, end } = line;
  const ends: number[] = [];
  const apostrophes: number[] = [];
  let at = line.start;
  for (;;) {
    const quoted = bytes[at] === QUOTE;
    const fieldEnd = quoted ? quotedFieldEnd(bytes, at, end) : plainFieldEnd(bytes, at, end);
    if (fieldEnd < 0) return null;
    const first = quoted ? at + 1 : at;
    const last = quoted ? fieldEnd - 1 : fieldEnd;
    if (first < last) {
      const apostrophe = apostropheAt(bytes, first, last);
      if (apostrophe === DROPPED) return null;
      if (apostrophe === ADDED) apostrophes.push(first);
    }
    ends.push(fieldEnd);
    if (ends.length > count) return null;
    if (fieldEnd === end) break;
    at = fieldEnd + 1;
  }
  return ends.length === count ? { ends, apostrophes } : null;
}

/**
 * lineCut for a plain line (no quote, CR or byte-order mark in it): each field is plain text, so
 * only its ends matter (no space there) and its first byte (a formula start).
 */
function plainLineCut(line: Line, count: number): LineCut | null {
  const { bytes, start, end } = line;
  const ends: number[] = [];
  const apostrophes: number[] = [];
  let at = start;
  for (let i = start; ; i++) {
    if (i < end && bytes[i] !== COMMA) continue;
    if (i > at) {
      if (bytes[at] === SPACE || bytes[i - 1] === SPACE) return null;
      const apostrophe = apostropheAt(bytes, at, i);
      if (apostrophe === DROPPED) return null;
      if (apostrophe === ADDED) apostrophes.push(at);
    }
    ends.push(i);
    if (i === end) break;
    if (ends.length === count) return null;
    at = i + 1;
  }
  return ends.length === count ? { ends, apostrophes } : null;
}

/** A field's text as the general way writes it: as it is, */
const KEPT = 0;
/** with an apostrophe put in front (neutraliseCsvText), */
const ADDED = 1;
/** or without the apostrophe it has: the bytes differ, so the line is written the general way. */
const DROPPED = 2;

/**
 * What the general way does to the text from `first` to `last` (a field's bytes within its
 * quotes) as to apostrophes: a text starting a formula gets one, except a negative number or a
 * lone dash (isInertMinus), which reads back without the one a file may have put there.
 */
function apostropheAt(
  bytes: Uint8Array,
  first: number,
  last: number,
): typeof KEPT | typeof ADDED | typeof DROPPED {
  const byte = bytes[first];
  if (byte === MINUS) return inertMinus(bytes, first, last) ? KEPT : ADDED;
  if (byte === APOSTROPHE)
    return bytes[first + 1] === MINUS && inertMinus(bytes, first + 1, last) ? DROPPED : KEPT;
  return isFormulaStart(byte) ? ADDED : KEPT;
}

function inertMinus(bytes: Uint8Array, first: number, last: number): boolean {
  // Longer texts are never a number isInertMinus accepts; the text is ASCII when it is one.
  return last - first <= 32 && isInertMinus(String.fromCharCode(...bytes.subarray(first, last)));
}

const MINUS = 0x2d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const SPACE = 0x20;
const CR = 0x0d;
const LF = 0x0a;
const APOSTROPHE = 0x27;

/**
 * The end of an unquoted field from `at` (its comma, or `end`), or −1 when Papa Parse would
 * quote it: a quote, CR or byte-order mark in it, or a space at either end.
 */
function plainFieldEnd(bytes: Uint8Array, at: number, end: number): number {
  let i = at;
  for (; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte === COMMA) break;
    if (byte === QUOTE || byte === CR || byte === LF) return -1;
    // U+FEFF (EF BB BF) inside a cell: Papa Parse quotes it.
    if (byte === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) return -1;
  }
  if (i > at && (bytes[at] === SPACE || bytes[i - 1] === SPACE)) return -1;
  return i;
}

/**
 * The end of a quoted field from `at` (the comma after its closing quote, or `end`), or −1 when
 * Papa Parse would write it otherwise: text that needs no quotes (written without them), or a
 * quote that does not close the field.
 */
function quotedFieldEnd(bytes: Uint8Array, at: number, end: number): number {
  let needsQuotes = false;
  let i = at + 1;
  for (; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte === QUOTE) {
      if (bytes[i + 1] !== QUOTE) break;
      needsQuotes = true;
      i++;
      continue;
    }
    if (byte === COMMA || byte === CR || byte === LF) needsQuotes = true;
    else if (byte === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) needsQuotes = true;
  }
  // i: the closing quote, which must end the field.
  if (i >= end || (i + 1 < end && bytes[i + 1] !== COMMA)) return -1;
  const first = at + 1;
  const last = i - 1;
  // A space at either end needs the quotes too (a cell that starts a formula starts with none).
  if (last >= first && (bytes[first] === SPACE || bytes[last] === SPACE)) needsQuotes = true;
  // A last cell whose text ends in a CR loses it when read (see withoutLineEndCr).
  if (i + 1 === end && last >= first && bytes[last] === CR) return -1;
  return needsQuotes ? i + 1 : -1;
}

/** A line the reader leaves out at the end of a file: no cell in it has any text. */
function isBlankLine(line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const byte = line.bytes[i];
    if (byte !== COMMA && byte !== QUOTE) return false;
  }
  return true;
}

/** The lines of a CSV file read a megabyte at a time; quoted line breaks stay inside their line. */
class SourceLines {
  private buffer: Buffer = Buffer.alloc(0);
  private at = 0;
  private done = false;
  private first = true;
  // Where the next quote, CR and byte-order mark are in the buffer, at or after `at` (the buffer's
  // length for none): each found by one native search, and searched again once passed.
  private nextQuote = -1;
  private nextCr = -1;
  private nextBom = -1;
  /** The buffer's bytes before this offset are UTF-8 (−1: not known). */
  private utf8End = -1;

  private constructor(
    private readonly handle: Awaited<ReturnType<typeof open>>,
    /** Whether the bytes were found to be UTF-8 when read; else each line is checked. */
    private readonly checkedUtf8: boolean,
  ) {}

  static async open(path: string, checkedUtf8: boolean): Promise<SourceLines> {
    return new SourceLines(await open(path, 'r'), checkedUtf8);
  }

  close(): Promise<void> {
    return this.handle.close();
  }

  /** The next line; null after the last, undefined when more must be read first (fill). */
  next(): Line | null | undefined {
    const { buffer, at } = this;
    const quote = this.after('nextQuote', QUOTE_BYTES, at);
    let end = buffer.indexOf(LF, at);
    // A quote before the LF may be a quoted field's, which can hold line breaks.
    if (quote < (end < 0 ? buffer.length : end)) end = lineEnd(buffer, at);
    if (end < 0 && !(this.done && at < buffer.length)) return this.done ? null : undefined;
    const stop = end >= 0 ? end : buffer.length;
    this.at = end >= 0 ? end + 1 : stop;
    const last = stop > at && buffer[stop - 1] === CR ? stop - 1 : stop;
    const utf8 = this.checkedUtf8 || last <= this.utf8End || isUtf8(buffer.subarray(at, last));
    const plain =
      quote >= last &&
      this.after('nextCr', CR_BYTES, at) >= last &&
      this.after('nextBom', BOM_BYTES, at) >= last;
    return { bytes: buffer, start: at, end: last, utf8, plain };
  }

  /** The next offset of `needle` at or after `at`, kept in `field` until it is passed. */
  private after(field: 'nextQuote' | 'nextCr' | 'nextBom', needle: Buffer, at: number): number {
    let found = this[field];
    if (found < at) {
      found = this.buffer.indexOf(needle, at);
      if (found < 0) found = this.buffer.length;
      this[field] = found;
    }
    return found;
  }

  /** Reads the next megabyte behind what is left of the buffer. */
  async fill(): Promise<void> {
    const rest = this.buffer.subarray(this.at);
    const next = Buffer.allocUnsafe(rest.length + READ_BYTES);
    next.set(rest, 0);
    const { bytesRead } = await this.handle.read(next, rest.length, READ_BYTES, null);
    let start = 0;
    // The file's byte-order mark is not part of its first cell.
    if (this.first && bytesRead >= 3 && next[0] === 0xef && next[1] === 0xbb && next[2] === 0xbf) start = 3;
    this.first = false;
    this.buffer = next.subarray(start, rest.length + bytesRead);
    this.at = 0;
    this.nextQuote = this.nextCr = this.nextBom = -1;
    if (bytesRead === 0) this.done = true;
    // Its whole lines checked as UTF-8 at once (no character goes over a line end); only a file
    // with bytes that are not is checked again line by line, in the megabyte that holds them.
    if (!this.checkedUtf8) {
      const lastEnd = this.buffer.lastIndexOf(LF);
      this.utf8End = lastEnd >= 0 && isUtf8(this.buffer.subarray(0, lastEnd)) ? lastEnd : -1;
    }
  }
}

const QUOTE_BYTES = Buffer.from([0x22]);
const CR_BYTES = Buffer.from([0x0d]);
const BOM_BYTES = Buffer.from([0xef, 0xbb, 0xbf]);

const READ_BYTES = 1024 * 1024;

/**
 * The offset of the LF that ends the line starting at `from`, or −1 when the bytes end first.
 * Quotes count as Papa Parse counts them: one opens a quoted field only at the start of a field
 * (a quote inside an unquoted field is a character), and two in a quoted field stand for one.
 */
function lineEnd(bytes: Uint8Array, from: number): number {
  let fieldStart = true;
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE && fieldStart) {
      // To the closing quote: the first one not followed by another.
      for (i++; ; i++) {
        if (i >= bytes.length) return -1;
        if (bytes[i] !== QUOTE) continue;
        // What follows the quote is not read yet: it may be the second of two.
        if (i + 1 >= bytes.length) return -1;
        if (bytes[i + 1] !== QUOTE) break;
        i++;
      }
      fieldStart = false;
    } else if (byte === LF) return i;
    else fieldStart = byte === COMMA;
  }
  return -1;
}

/** The output's bytes, grown as rows are added and handed over a piece at a time. */
/** Texts of at most this many code units are tried as ASCII first (PieceBuffer.text). */
const SHORT_TEXT = 32;

class PieceBuffer {
  private buffer = Buffer.allocUnsafe(2 * PIECE_BYTES);
  length = 0;

  bytes(source: Buffer, start: number, end: number): void {
    this.room(end - start);
    this.length += source.copy(this.buffer, this.length, start, end);
  }

  byte(byte: number): void {
    this.room(1);
    this.buffer[this.length++] = byte;
  }

  text(text: string): void {
    const length = text.length;
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    this.room(length * 3);
    // Most cells written are short: an ASCII one is copied a code at a time, cheaper than a call
    // into the encoder.
    if (length <= SHORT_TEXT) {
      const buffer = this.buffer;
      let at = this.length;
      for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) {
          at = -1;
          break;
        }
        buffer[at++] = code;
      }
      if (at >= 0) {
        this.length = at;
        return;
      }
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  take(): Uint8Array {
    const piece = Uint8Array.prototype.slice.call(this.buffer, 0, this.length);
    this.length = 0;
    return piece;
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
