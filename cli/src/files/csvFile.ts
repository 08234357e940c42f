import { type Cell, csvCellText } from '@crm/shared';
import Papa from 'papaparse';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';
import { withAtomicFile } from './atomicWrite.ts';
import { describeFsError } from './fileErrors.ts';

/**
 * Rows per piece of CSV text: a million rows are never one string (V8 strings stop at 2^29
 * characters). A piece is small enough (about 60 KB) for what makes it to die young: pieces of
 * 10,000 rows outlived V8's young generation, and each full collection of the million-customer
 * heap it then took cost up to a second (7 s of a 17 s write). Papa Parse builds a piece as a
 * string of many small parts, which UTF-8 encoding copies into one first; a piece of 250 rows is
 * still young and close together in memory when that happens, and the million-customer write
 * took a fifth less time than with pieces of 1,000 rows.
 */
export const CSV_ROWS_PER_WRITE = 250;

/**
 * Writes rows as CSV (see csvText) piece by piece into the new file, atomically as writeBytes
 * does: `chunks` may compute each run of rows as it is asked for, so that no copy of a large sheet
 * is held whole.
 */
export async function writeCsvFile(
  path: string,
  chunks: Iterable<readonly (readonly Cell[])[]>,
): Promise<void> {
  await writePieces(path, csvPieces(chunks));
}

/** The text of a CSV file (UTF-8 BOM, every line ended by CRLF) a run of rows at a time. */
function* csvPieces(chunks: Iterable<readonly (readonly Cell[])[]>): Generator<string> {
  let text = '\uFEFF';
  for (const rows of chunks) {
    for (let from = 0; from < rows.length; from += CSV_ROWS_PER_WRITE) {
      text += `${csvText(rows.slice(from, from + CSV_ROWS_PER_WRITE))}\r\n`;
      yield text;
      text = '';
    }
  }
  // A sheet without rows is the BOM and one line end, as Papa Parse writes an empty table.
  if (text !== '') yield `${text}\r\n`;
}

/**
 * Writes the pieces of a file's text, in order, into the new file, atomically as writeBytes does.
 * Each piece is made (asked of `pieces`) while the one before it is being written.
 */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  try {
    await withAtomicFile(path, async (temp) => {
      let writing: Promise<void> = Promise.resolve();
      try {
        for (const piece of pieces) {
          await writing;
          writing = temp.writeFile(piece);
        }
        await writing;
      } catch (error) {
        // No write may still be running when the temporary file is closed and removed.
        await writing.catch(() => undefined);
        throw error;
      }
    });
  } catch (error) {
    throw new CliError(t().files.because(t().files.cannotWrite(path), describeFsError(error)));
  }
}

/**
 * Rows as CSV text, lines joined by CRLF, every cell by the core's one CSV rule (csvCellText): a
 * cell from the user's workbook can carry =HYPERLINK(…) as text as easily as one the toolkit
 * wrote, and a CSV gives the spreadsheet that opens it no way to tell text from a formula but the
 * leading apostrophe. Each line depends on its own row alone.
 */
function csvText(rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => row.map((cell) => csvCellText(cell, csvDateText)));
  return Papa.unparse(text, { newline: '\r\n' });
}

/**
 * One cell as csvText writes it within its line: its text (csvCellText), as it is when Papa Parse
 * writes it so, else in quotes with its quotes doubled, as Papa Parse quotes a text with a line
 * break, a quote, a comma or a byte-order mark in it, or a space at either end. For a writer that
 * makes a line a cell at a time (csvLinePatch.ts), byte for byte what csvText makes of the row.
 */
export function csvField(cell: Cell): string {
  const text = csvCellText(cell, csvDateText);
  return isPlainCsvText(text) ? text : `"${text.replaceAll('"', '""')}"`;
}

function isPlainCsvText(text: string): boolean {
  const length = text.length;
  if (length === 0) return true;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(length - 1) === 0x20) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c || code === 0x22 || code === 0x0d || code === 0x0a || code === 0xfeff) return false;
  }
  return true;
}

/**
 * Each row's line of CSV text (csvText), without its line end: made as one text and split at its
 * CRLFs. Those are the line ends unless a cell holds one itself (quoted, as every cell with a
 * line break is), and then there are more of them than rows: the rows are made one by one.
 */
export function csvLines(rows: readonly (readonly Cell[])[]): string[] {
  if (rows.length === 0) return [];
  const lines = csvText(rows).split('\r\n');
  return lines.length === rows.length ? lines : rows.map((row) => csvText([row]));
}

/** A date cell as CSV writes it: YYYY-MM-DD, with the time when there is one. */
export function csvDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // exceljs dates are wall-clock times stored as UTC.
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
