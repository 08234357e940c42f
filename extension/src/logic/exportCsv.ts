import type { Language } from '@crm/shared';
import { neutraliseCsvText } from '@crm/shared/csv';
import type { Clip } from '../model/clip.ts';
import { CLIP_COLUMNS, clipCells, clipHeader } from './clipColumns.ts';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF) of the clips with the sheet's header; a UTF-8 BOM so Excel reads Chinese.
 * Every cell goes through the toolkit's one CSV rule (neutraliseCsvText), so a phone +86… or a
 * note starting with = stays text.
 */
export function clipsToCsv(clips: readonly Clip[], language: Language): string {
  const lines = [
    clipHeader(language)
      .map((h) => quote(neutraliseCsvText(h)))
      .join(','),
  ];
  for (const clip of clips) {
    const cells = clipCells(clip);
    lines.push(CLIP_COLUMNS.map((c) => quote(neutraliseCsvText(cells[c]))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
