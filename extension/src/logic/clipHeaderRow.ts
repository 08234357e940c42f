import { type Cell, detectHeaderRow, mapHeader, parseEmail } from '@crm/shared';
import { CLIP_COLUMN_SYNONYMS, type ClipColumn } from './clipColumns.ts';
import type { SheetColumnPlan } from './planSheetColumns.ts';

/** The extension has no configuration of header synonyms: the core's built-in ones are used. */
const NO_HEADER_OVERRIDES = { customers: {}, orders: {}, complaints: {} };

/** Where the customer table of the sync tab has its header. */
export interface ClipHeaderRow {
  /** 1-based sheet row of the header: header writes go into it, customers are below it. */
  row: number;
  /** The header's texts by column (a two-row header's texts combined), '' where a cell is empty. */
  header: string[];
}

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const filledCells = (row: readonly unknown[] | undefined) =>
  (row ?? []).filter((cell) => cellText(cell).trim() !== '').length;

/** Whether a header row names the extension's clip-id column (it is the extension's header). */
export const namesClipId = (row: readonly unknown[]) =>
  mapHeader<ClipColumn>(row.map(cellText), CLIP_COLUMN_SYNONYMS).columns.clipId !== undefined;

/**
 * The header row of the sync tab, found among its first rows (`top`) as the CLI and the add-on
 * find it: the row naming the extension's clip-id column when there is one, else the customer
 * header the core detects below title lines (`2025年华东区客户台账`) and export notes
 * (`导出时间：2025-06-30`) (detectHeaderRow), else, for a tab holding only such one-cell title
 * lines, the row just below them, else row 1 (an empty tab, or a first row of unknown columns).
 */
export function clipHeaderRow(top: readonly (readonly unknown[])[]): ClipHeaderRow {
  const texts = top.map((row) => row.map(cellText));
  const own = texts.findIndex(namesClipId);
  if (own >= 0) return { row: own + 1, header: texts[own] ?? [] };
  const detected = detectHeaderRow(texts as Cell[][], 'customers', NO_HEADER_OVERRIDES);
  if (detected.usable)
    return { row: detected.row, header: detected.combined ?? texts[detected.row - 1] ?? [] };
  const filled = texts.map(filledCells);
  if (filled.some((n) => n > 1) || filled.every((n) => n === 0)) return { row: 1, header: texts[0] ?? [] };
  let last = filled.length;
  while (last > 0 && filled[last - 1] === 0) last--;
  return { row: last + 1, header: [] };
}

/** A clip id is one word of letters, digits and dashes (a UUID); a title line is not. */
const CLIP_ID = /^[\w-]+$/;

/** At least 7 digits and nothing but what phone numbers are written with. */
const looksLikePhone = (text: string) =>
  /^[+\d\s\-().]+$/.test(text) && (text.match(/\d/g)?.length ?? 0) >= 7;

/**
 * Whether a row above the header holds a customer rather than a title or note line: a clip id
 * (beside other cells) in the clip-id column, or an email or phone number in a contact column.
 * Such a row means a sort took the header down among the customers ("Sort sheet" moves every
 * row below the frozen ones), and writing there would put header text into a customer's row.
 */
export function holdsCustomer(row: readonly unknown[], plan: SheetColumnPlan): boolean {
  const at = (index: number | undefined) => (index === undefined ? '' : cellText(row[index]).trim());
  const { clipId, email, mobile, phone } = plan.columns;
  if (CLIP_ID.test(at(clipId)) && filledCells(row) > 1) return true;
  const mail = parseEmail(at(email) || null);
  if (mail.ok && mail.value !== null) return true;
  return [at(mobile), at(phone)].some(looksLikePhone);
}
