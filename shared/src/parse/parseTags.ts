import type { Cell } from '../model/table.ts';
import { cellToText } from './cellToText.ts';

const SEPARATORS = /[,，、;；|/\n]+/;

/** Splits a tags cell on , ， 、 ; ； | / and newlines; trims, drops empty and repeated tags. */
export function parseTags(cell: Cell): string[] {
  const text = cellToText(cell);
  if (text.trim() === '') return [];
  const tags: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const tag = part.trim().replace(/^#/, '').trim();
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
