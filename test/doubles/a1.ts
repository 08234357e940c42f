/**
 * A1 notation as the Sheets API v4 reads it: `Sheet1!A1:D10`, `'My sheet'!A:D`, `Sheet1!2:5`,
 * `Sheet1` (the whole sheet) or `A1:B2` (the first sheet).
 * https://developers.google.com/sheets/api/guides/concepts#cell
 */
export interface GridRange {
  sheetTitle: string | null;
  /** 0-based, inclusive start; end is exclusive; null = unbounded. */
  startRow: number | null;
  endRow: number | null;
  startColumn: number | null;
  endColumn: number | null;
}

export function columnToIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

export function indexToColumn(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const CELL = /^([A-Za-z]{0,3})(\d*)$/;

/** Parses A1 notation; returns null when it cannot be parsed (the API answers 400). */
export function parseA1(range: string): GridRange | null {
  let sheetTitle: string | null = null;
  let cells = range;
  const bang = range.lastIndexOf('!');
  if (bang >= 0) {
    sheetTitle = unquoteSheetTitle(range.slice(0, bang));
    cells = range.slice(bang + 1);
  } else if (!/^[A-Za-z]{0,3}\d*(:[A-Za-z]{0,3}\d*)?$/.test(range) || range === '') {
    return {
      sheetTitle: unquoteSheetTitle(range),
      startRow: null,
      endRow: null,
      startColumn: null,
      endColumn: null,
    };
  }
  const [from = '', to] = cells.split(':');
  const a = CELL.exec(from);
  const b = to === undefined ? a : CELL.exec(to);
  if (!a || !b || (a[1] === '' && a[2] === '')) return null;
  const startColumn = a[1] ? columnToIndex(a[1]) : null;
  const startRow = a[2] ? Number(a[2]) - 1 : null;
  const endColumn = b[1] ? columnToIndex(b[1]) + 1 : null;
  const endRow = b[2] ? Number(b[2]) : null;
  if ((startRow !== null && startRow < 0) || (endRow !== null && endRow < 1)) return null;
  return { sheetTitle, startRow, endRow, startColumn, endColumn };
}

function unquoteSheetTitle(text: string): string {
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

/** Quotes a sheet title the way the API writes it back in ranges. */
export function quoteSheetTitle(title: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(title) ? title : `'${title.replace(/'/g, "''")}'`;
}

export function formatA1(
  title: string,
  startRow: number,
  startColumn: number,
  endRowExclusive: number,
  endColumnExclusive: number,
): string {
  return `${quoteSheetTitle(title)}!${indexToColumn(startColumn)}${startRow + 1}:${indexToColumn(endColumnExclusive - 1)}${endRowExclusive}`;
}
