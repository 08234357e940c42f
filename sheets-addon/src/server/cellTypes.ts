import { type Cell, isIsoDate, type ManagedColumn, type ManagedColumnKind } from '@crm/shared';
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

/** The number format of each managed number column (dates and text have their own). */
export const MANAGED_NUMBER_FORMATS: Record<ManagedColumn, string> = {
  r: '0',
  f: '0',
  m: '0',
  segment: TEXT_FORMAT,
  group8: TEXT_FORMAT,
  lifecycle: TEXT_FORMAT,
  valueTier: TEXT_FORMAT,
  pAlive: '0.000',
  clv: '#,##0.00',
  churnRisk: TEXT_FORMAT,
  nextFollowUp: DATE_FORMAT,
};

export type SheetValue = string | number | boolean | Date;

/** A managed cell as written: a date column's ISO day as its serial number, '' for nothing. */
export function managedCell(value: Cell | undefined, kind: ManagedColumnKind): SheetValue {
  if (value === null || value === undefined) return '';
  if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) return dateSerial(value);
  return value;
}

/**
 * A cell that was read from the sheet, written back as it was: text into a text cell, a date
 * (read as its wall clock) as its serial number in a date cell, anything else with `number`.
 */
export function restoredCell(
  value: Cell | undefined,
  numberFormat: string,
): { value: SheetValue; format: string } {
  if (value === null || value === undefined || value === '') return { value: '', format: numberFormat };
  if (typeof value === 'string') return { value, format: TEXT_FORMAT };
  if (value instanceof Date) return { value: wallClockSerial(value), format: DATE_FORMAT };
  return { value, format: numberFormat };
}
