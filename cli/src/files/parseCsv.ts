import { type Cell, restoreCsvText } from '@crm/shared';
import Papa from 'papaparse';

/**
 * CSV text as rows of strings; the delimiter is guessed from the first line. A cell the toolkit
 * neutralised when writing ('+86…) reads as the text it was written from.
 */
export function parseCsv(text: string): Cell[][] {
  const newline = lineEndOf(text);
  const parsed = papaParseCsv(text);
  const rows = parsed.data.map((row) =>
    Array.isArray(row) ? withoutLineEndCr(row, newline).map(restoreCsvText) : [],
  );
  // Papa gives a final [''] for the newline that ends the file.
  while (rows.length > 0 && rows[rows.length - 1]?.every((cell) => cell === '')) rows.pop();
  return rows;
}

/** What Papa Parse makes of a whole CSV text, with the delimiter and line end readCsvRows uses. */
export function papaParseCsv(text: string): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: guessDelimiter(text),
    newline: lineEndOf(text),
  });
}

/**
 * The delimiter of the first non-blank line: comma, tab (Excel's "Unicode text") or semicolon
 * (European Excel). Papa Parse's own guess gives up on files that end with a blank line.
 */
export function guessDelimiter(text: string): string {
  const firstLine = firstFilledLine(text);
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', '\t', ';']) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The first line of a text that is not blank ('' for none), found without splitting the whole
 * text (a streamed CSV's first chunk is a megabyte).
 */
function firstFilledLine(text: string): string {
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const line = text.slice(start, found === null ? text.length : found.index);
    if (line.trim() !== '') return line;
    if (found === null) return '';
    start = lineBreak.lastIndex;
  }
}

/**
 * The line end to split on: LF wherever the text has one. Files get lines with both ends when
 * rows are appended by another program (a header written with LF above rows exported with CRLF).
 * Papa Parse guesses one from the start of the text: guessing LF left a CR in every row's last
 * cell (written back as a stray character), guessing CRLF would join the LF-ended lines into one
 * row. Split on LF, the CR of a CRLF end is taken off the row's last cell (withoutLineEndCr);
 * quoted cells keep their line breaks either way. Only a text without any LF (old Mac files) is
 * left to Papa Parse's guess.
 */
export function lineEndOf(text: string): '\n' | undefined {
  return text.includes('\n') ? '\n' : undefined;
}

/**
 * A row split on LF (`newline`) without the CR a CRLF line end leaves on its last cell (Papa
 * Parse drops it after a quoted cell already); a row split otherwise as it is. A quoted last cell
 * whose text itself ends in a CR loses that CR too: a character no spreadsheet puts at the end of
 * a cell.
 */
export function withoutLineEndCr(row: string[], newline: string | undefined): string[] {
  if (newline !== '\n') return row;
  const last = row.length - 1;
  const cell = row[last];
  if (cell !== undefined && cell.charCodeAt(cell.length - 1) === 13) row[last] = cell.slice(0, -1);
  return row;
}
