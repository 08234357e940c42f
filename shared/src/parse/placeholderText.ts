import { toNfkc } from './nfkc.ts';

/**
 * What people type into a cell to say "nothing here": dashes, a slash, N/A, 无, 暂无 … They mean
 * the same as an empty cell and are read as one, never flagged as an invalid value.
 */
const PLACEHOLDERS = new Set([
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '/',
  '\\',
  'n/a',
  'na',
  '无',
  '暂无',
  '没有',
  '空',
  '未知',
  'none',
  'nil',
  'null',
  '(blank)',
  '(空)',
]);

/** Whether a cell's text is a placeholder for "no value" (compared after NFKC, trimmed, lower case). */
export function isPlaceholderText(text: string): boolean {
  if (text.length > 8) return false;
  return PLACEHOLDERS.has(toNfkc(text).trim().toLowerCase());
}
