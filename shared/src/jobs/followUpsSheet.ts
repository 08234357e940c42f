import { FOLLOW_UP_COLUMN_LABELS } from '../followups/followUpColumns.ts';
import { LANGUAGES } from '../model/keys.ts';
import { SHEET_NAMES } from '../sheets/sheetNames.ts';
import { normalizeHeader } from '../table/normalizeHeader.ts';
import { headerText, type SheetGrid } from './sheetGrid.ts';

/** Rows searched for the follow-up sheet's header (the toolkit writes it on row 1). */
const HEADER_ROWS = 10;

const TASK_ID_HEADERS = new Set(LANGUAGES.map((l) => normalizeHeader(FOLLOW_UP_COLUMN_LABELS.taskId[l])));

/**
 * The follow-up sheet the last run wrote (跟进任务 / Follow-ups, by its name in either language),
 * so the next plan can read back its due dates and the user's 完成/Done marks. Its header is the
 * first row naming a 任务编号/Task ID column; a sheet of that name without one is someone else's
 * and is left alone (null).
 */
export function locateFollowUpsSheet(
  sheets: readonly SheetGrid[],
): { sheet: string; headerRow: number } | null {
  const names = new Set<string>(LANGUAGES.map((l) => SHEET_NAMES.followUps[l]));
  const sheet = sheets.find((s) => names.has(s.name.trim()));
  if (sheet === undefined) return null;
  const row = sheet.rows
    .slice(0, HEADER_ROWS)
    .findIndex((cells) => cells.some((cell) => TASK_ID_HEADERS.has(normalizeHeader(headerText(cell)))));
  return row < 0 ? null : { sheet: sheet.name, headerRow: row + 1 };
}
