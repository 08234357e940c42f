import { a1Range, columnLetter, type Language } from '@crm/shared';
import { planSheetColumns, rowForClip } from '../logic/planSheetColumns.ts';
import type { Clip } from '../model/clip.ts';
import type { SheetsClient } from './sheetsClient.ts';

export interface PushResult {
  appended: string[];
  updated: string[];
  /** Already in the sheet (e.g. a retried append whose first try did land): skipped. */
  skipped: string[];
}

/**
 * Writes clips to the sheet idempotently: read the header (create it if the sheet is empty), read
 * the clip-id column, then append only clips whose id is not there and rewrite rows of edited
 * clips in place. A retry after a lost response therefore never doubles a row.
 */
export async function pushClips(
  client: SheetsClient,
  sheetName: string,
  items: readonly { clip: Clip; op: 'append' | 'update' }[],
  language: Language,
): Promise<PushResult> {
  const [header = []] = await client.getValues(a1Range(sheetName, '1:1'));
  const plan = planSheetColumns(header, language);
  if (plan.headerWrites.length > 0) {
    await client.batchUpdateValues(
      plan.headerWrites.map((w) => ({
        range: a1Range(sheetName, `${columnLetter(w.column)}1`),
        values: [[w.text]],
      })),
    );
  }
  const idColumn = columnLetter(plan.columns.clipId ?? 0);
  const ids = await client.getValues(a1Range(sheetName, `${idColumn}2:${idColumn}`));
  const rowOf = new Map<string, number>();
  ids.forEach((row, i) => {
    const id = row[0];
    if (typeof id === 'string' && id !== '' && !rowOf.has(id)) rowOf.set(id, i + 2);
  });
  const result: PushResult = { appended: [], updated: [], skipped: [] };
  const appends: string[][] = [];
  const updates: { range: string; values: string[][] }[] = [];
  const lastColumn = columnLetter(plan.width - 1);
  for (const { clip, op } of items) {
    const row = rowOf.get(clip.id);
    if (row === undefined) {
      appends.push(rowForClip(clip, plan));
      result.appended.push(clip.id);
    } else if (op === 'update') {
      // Only the clip's own cells: the user's other columns (and the managed ones) stay untouched.
      const cells = rowForClip(clip, plan);
      for (const index of Object.values(plan.columns)) {
        if (index === undefined) continue;
        updates.push({
          range: a1Range(sheetName, `${columnLetter(index)}${row}`),
          values: [[cells[index] ?? '']],
        });
      }
      result.updated.push(clip.id);
    } else {
      result.skipped.push(clip.id);
    }
  }
  if (updates.length > 0) await client.batchUpdateValues(updates);
  if (appends.length > 0) await client.appendValues(a1Range(sheetName, `A:${lastColumn}`), appends);
  return result;
}
