import type { Language } from '@crm/shared';
import type { Clip } from '../model/clip.ts';
import { CLIP_COLUMNS, clipCells, clipHeader } from './clipColumns.ts';

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab / carriage return) as a formula:
 * prefix it with ' so it stays text (OWASP "CSV Injection"). Phones such as +86… are affected
 * too; the apostrophe is what keeps them from being computed.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF) of the clips with the sheet's header; a UTF-8 BOM so Excel reads Chinese. */
export function clipsToCsv(clips: readonly Clip[], language: Language): string {
  const lines = [
    clipHeader(language)
      .map((h) => quote(neutraliseCell(h)))
      .join(','),
  ];
  for (const clip of clips) {
    const cells = clipCells(clip);
    lines.push(CLIP_COLUMNS.map((c) => quote(neutraliseCell(cells[c]))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
