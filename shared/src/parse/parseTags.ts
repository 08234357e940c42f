import type { Cell } from '../model/table.ts';
import { cellToText } from './cellToText.ts';

const SEPARATORS = /[,，、;；|/\n]+/;

/** The tags of a blank cell: one array for every such cell, since a large table has many. */
const NO_TAGS: readonly string[] = Object.freeze([]);

/** Splits a tags cell on , ， 、 ; ； | / and newlines; trims, drops empty and repeated tags. */
export function parseTags(cell: Cell): readonly string[] {
  const text = cellToText(cell);
  if (text.trim() === '') return NO_TAGS;
  const tags: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const tag = part.trim().replace(/^#/, '').trim();
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
