import { type Cell, dayNumberToSerial, toDayNumber, ymdToIso } from '@crm/shared';

/**
 * A cell as the Sheets API takes it with valueInputOption RAW: strings stay text (so a name
 * like "=HYPERLINK(…)" is never run as a formula), dates become serial numbers (formatted as
 * dates by the writer), empty cells are ''.
 */
export function toApiValue(cell: Cell): string | number | boolean {
  if (cell === null) return '';
  if (cell instanceof Date) {
    return dayNumberToSerial(toDayNumber(ymdToIso(cell.getFullYear(), cell.getMonth() + 1, cell.getDate())));
  }
  return cell;
}

/** `{red, green, blue}` (0..1) for a #rrggbb colour. */
export function apiColor(hex: string) {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}
