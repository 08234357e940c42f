import type { Cell } from '@crm/shared';

const EPOCH_1899 = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/**
 * A cell as the Sheets API takes it with valueInputOption RAW: strings stay text (so a name
 * like "=HYPERLINK(…)" is never run as a formula), dates become serial numbers (formatted as
 * dates by the writer), empty cells are ''.
 */
export function toApiValue(cell: Cell): string | number | boolean {
  if (cell === null) return '';
  if (cell instanceof Date) {
    const utc = Date.UTC(cell.getFullYear(), cell.getMonth(), cell.getDate());
    return Math.round((utc - EPOCH_1899) / MS_PER_DAY);
  }
  return cell;
}

/** A1 column letters for a 0-based index. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet title quoted for A1 notation. */
export function quoteSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** `{red, green, blue}` (0..1) for a #rrggbb colour. */
export function apiColor(hex: string) {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}
