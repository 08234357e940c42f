import type { IsoDate } from '../model/dates.ts';
import type { Cell } from '../model/table.ts';
import { normalizeText } from '../parse/cellToText.ts';
import { type DateParseOptions, parseDate } from '../parse/parseDate.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';

/**
 * Ticks people type for "done": a checkbox, ✓, 是, 完成, x, yes … (compared lower-cased, with
 * traditional characters folded: 已聯繫 is 已联系).
 */
const DONE_WORDS = new Set([
  'true',
  '✓',
  '✔',
  '√',
  '☑',
  '✅',
  'x',
  '是',
  '已',
  '完成',
  '已完成',
  '已联系',
  '已联络',
  '已办',
  '好',
  '1',
  'y',
  'yes',
  'done',
  'ok',
]);

/** What a 完成/Done cell says: open, or done (on the date written in it, when it holds one). */
export type DoneMark = { done: false } | { done: true; mark: string | boolean; on: IsoDate | null };

/**
 * Reads a Done cell: a ticked checkbox (true), a tick word or a date mark the task done; a date
 * also says when. Anything else (empty, false, 否, no, a note) leaves the task open: a task is
 * only taken off the list on a clear mark.
 */
export function readDoneMark(cell: Cell, options: DateParseOptions = {}): DoneMark {
  if (cell === true) return { done: true, mark: true, on: null };
  if (cell === null || cell === false || cell === '') return { done: false };
  if (cell === 1) return { done: true, mark: '1', on: null };
  if (cell instanceof Date || typeof cell === 'number') {
    const date = parseDate(cell, options);
    return date.ok && date.value !== null
      ? { done: true, mark: date.value, on: date.value }
      : { done: false };
  }
  const text = foldTraditional(normalizeText(cell).toLowerCase());
  if (DONE_WORDS.has(text)) return { done: true, mark: cell.trim(), on: null };
  const date = parseDate(cell, options);
  return date.ok && date.value !== null ? { done: true, mark: cell.trim(), on: date.value } : { done: false };
}
