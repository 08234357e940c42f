import { type Language, mapHeader } from '@crm/shared';
import type { Clip } from '../model/clip.ts';
import { TEXTS } from '../texts/index.ts';
import { CLIP_COLUMN_SYNONYMS, CLIP_COLUMNS, type ClipColumn, clipCells, clipHeader } from './clipColumns.ts';

/** Where each clip column goes in the user's sheet, and which header cells to write first. */
export interface SheetColumnPlan {
  /** Column index (0-based) per clip column; absent = the sheet has no such column. */
  columns: Partial<Record<ClipColumn, number>>;
  /** Header cells to write before appending (all of them for an empty sheet). */
  headerWrites: { column: number; text: string }[];
  /** Row width the sheet has after the header writes. */
  width: number;
}

/** The language of a sheet's own header: Chinese when any header cell is. */
export function headerLanguage(texts: readonly string[]): Language {
  return texts.some((t) => /[\u4e00-\u9fff]/.test(t)) ? 'zh' : 'en';
}

/**
 * Maps the sheet's existing header with the core's mapHeader. An empty sheet gets the full
 * header in the UI language; an existing sheet keeps its columns and order, and every clip
 * column it lacks is added at the end in the sheet's own language, so no field the extension
 * keeps is silently left out (and without the clip-id column appends could not be idempotent).
 */
export function planSheetColumns(header: readonly unknown[], language: Language): SheetColumnPlan {
  const texts = header.map((h) => (h === null || h === undefined ? '' : String(h)));
  while (texts.length > 0 && (texts[texts.length - 1] ?? '').trim() === '') texts.pop();
  if (texts.length === 0) {
    const full = clipHeader(language);
    const columns: Partial<Record<ClipColumn, number>> = {};
    CLIP_COLUMNS.forEach((c, i) => {
      columns[c] = i;
    });
    return { columns, headerWrites: full.map((text, column) => ({ column, text })), width: full.length };
  }
  const mapping = mapHeader<ClipColumn>(texts, CLIP_COLUMN_SYNONYMS);
  const columns = { ...mapping.columns };
  const headerWrites: { column: number; text: string }[] = [];
  const sheetTexts = TEXTS[headerLanguage(texts)].clipColumns;
  for (const column of CLIP_COLUMNS) {
    if (columns[column] !== undefined) continue;
    const index = texts.length + headerWrites.length;
    columns[column] = index;
    headerWrites.push({ column: index, text: sheetTexts[column] });
  }
  return { columns, headerWrites, width: texts.length + headerWrites.length };
}

/** One sheet row for a clip under the plan. */
export function rowForClip(clip: Clip, plan: SheetColumnPlan): string[] {
  const cells = clipCells(clip);
  const row: string[] = new Array<string>(plan.width).fill('');
  const { columns } = plan;
  const addToNote = (text: string) => {
    cells.note = [cells.note, text].filter((s) => s !== '').join('\n');
  };
  // A sheet with a single number column still gets every number: the mobile in it, the rest in the note.
  if (columns.mobile === undefined && cells.mobile !== '') {
    if (cells.phone !== '') addToNote(`Tel: ${cells.phone}`);
    cells.phone = cells.mobile;
    cells.mobile = '';
  }
  if (columns.phone === undefined && cells.phone !== '') {
    if (cells.mobile === '') cells.mobile = cells.phone;
    else addToNote(`Tel: ${cells.phone}`);
    cells.phone = '';
  }
  for (const column of CLIP_COLUMNS) {
    const index = columns[column];
    if (index !== undefined && index < row.length) row[index] = cells[column];
  }
  return row;
}
