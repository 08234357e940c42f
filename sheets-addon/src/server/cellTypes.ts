import { type Cell, isIsoDate, type ManagedColumnKind } from '@crm/shared';
import { DATE_FORMAT, dateSerial, wallClockSerial } from './spreadsheetDates.ts';

/**
 * Range.setValues reads a string as if typed: `=…` or `+1+1` become formulas, `00423` and
 * `+8613912345678` numbers, `2026-11-20` a date. Cells formatted as plain text (`@`) keep the
 * text, so text is written into `@` cells; dates are written as serial numbers formatted as
 * dates (calendar days in every time zone); numbers as numbers.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 * https://developers.google.com/sheets/api/guides/formats (number format patterns)
 */
export const TEXT_FORMAT = '@';

/**
 * The number format each kind of managed cell is written with: text as plain text, dates as
 * dates; numbers keep whatever format their cell has (the user may have chosen one).
 */
export const MANAGED_FORMATS: Record<ManagedColumnKind, string | null> = {
  text: TEXT_FORMAT,
  date: DATE_FORMAT,
  number: null,
};

export type SheetValue = string | number | boolean | Date;

/** A managed cell as written: a date column's ISO day as its serial number, '' for nothing. */
export function managedCell(value: Cell | undefined, kind: ManagedColumnKind): SheetValue {
  if (value === null || value === undefined) return '';
  if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) return dateSerial(value);
  return value;
}

/** A cell as it was read, to write it back: a date (read as its wall clock) as its serial number. */
export function restoredCell(value: Cell | undefined): SheetValue {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? wallClockSerial(value) : value;
}
