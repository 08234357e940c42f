import { type Cell, restoreCsvText } from '@crm/shared';
import Papa from 'papaparse';

/**
 * CSV text as rows of strings; the delimiter is guessed from the first line. A cell the toolkit
 * neutralised when writing ('+86…) reads as the text it was written from.
 */
export function parseCsv(text: string): Cell[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guessDelimiter(text) });
  const rows = parsed.data.map((row) => (Array.isArray(row) ? row.map(restoreCsvText) : []));
  // Papa gives a final [''] for the newline that ends the file.
  while (rows.length > 0 && rows[rows.length - 1]?.every((cell) => cell === '')) rows.pop();
  return rows;
}

/**
 * The delimiter of the first non-blank line: comma, tab (Excel's "Unicode text") or semicolon
 * (European Excel). Papa Parse's own guess gives up on files that end with a blank line.
 */
export function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
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
