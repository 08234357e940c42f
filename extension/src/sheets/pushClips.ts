import { a1Range, columnLetter, type Language } from '@crm/shared';
import type { OutboxOp } from '../logic/outbox.ts';
import { planSheetColumns, rowForClip, type SheetColumnPlan } from '../logic/planSheetColumns.ts';
import type { SyncPlace, SyncProblem } from '../logic/syncProblem.ts';
import type { Clip } from '../model/clip.ts';
import type { SheetsClient } from './sheetsClient.ts';

/** One outbox entry to carry out; a deleted clip has no clip any more, only its id. */
export type SyncItem =
  | { clipId: string; op: 'append' | 'update'; clip: Clip }
  | { clipId: string; op: Extract<OutboxOp, 'delete'>; clip: null };

/** A clip the push did not write, and why: sending it again as it is cannot succeed. */
export interface RefusedClip {
  clipId: string;
  problem: Extract<SyncProblem, 'rowDeleted' | 'cellTooLong'>;
  place: SyncPlace;
}

export interface PushResult {
  /** Clips whose row now holds their current values (appended or rewritten in place). */
  written: string[];
  /** Deleted clips whose rows were cleared (or were never in the sheet). */
  deleted: string[];
  /** Clips left for the user to act on; the others of the batch are written all the same. */
  refused: RefusedClip[];
}

/** "Cells can contain at most 50,000 characters": one longer cell refuses the whole request. */
export const MAX_CELL_CHARACTERS = 50_000;

/**
 * Reads the header, creating the clip columns the sheet lacks (and widening the grid first when
 * they would not fit: values writes do not grow a sheet, only append does).
 */
async function prepareColumns(
  client: SheetsClient,
  sheetName: string,
  language: Language,
): Promise<{ plan: SheetColumnPlan; header: string[] }> {
  const [read = []] = await client.getValues(a1Range(sheetName, '1:1'));
  const plan = planSheetColumns(read, language);
  const header = read.map((h) => (h === null || h === undefined ? '' : String(h)));
  for (const w of plan.headerWrites) header[w.column] = w.text;
  if (plan.headerWrites.length === 0) return { plan, header };
  const sheet = await client.getSheetProperties(sheetName);
  if (sheet && sheet.columnCount < plan.width) {
    await client.appendColumns(sheet.sheetId, plan.width - sheet.columnCount);
  }
  await client.batchUpdateValues(
    plan.headerWrites.map((w) => ({
      range: a1Range(sheetName, `${columnLetter(w.column)}1`),
      values: [[w.text]],
    })),
  );
  return { plan, header };
}

/** Every sheet row (1-based) holding each clip id, top to bottom. */
async function readClipRows(client: SheetsClient, sheetName: string, idColumn: string) {
  const ids = await client.getValues(a1Range(sheetName, `${idColumn}2:${idColumn}`));
  const rowsOf = new Map<string, number[]>();
  ids.forEach((row, i) => {
    const id = row[0];
    if (typeof id === 'string' && id !== '') rowsOf.set(id, [...(rowsOf.get(id) ?? []), i + 2]);
  });
  return rowsOf;
}

/**
 * Writes clips to the sheet by clip id, never by position: a clip whose id is in the clip-id
 * column has its own cells rewritten there (the user's other columns stay untouched), a new clip
 * whose id is not there is appended, and a deleted clip's rows are cleared. An edited clip whose
 * row is no longer there was deleted by the user: it is refused, not silently appended again,
 * and so is a clip with a cell longer than a cell holds (which would refuse the whole batch).
 *
 * Every request may arrive twice: Chromium resends a POST by itself when a kept-alive connection
 * resets before the answer (net::HttpNetworkTransaction's retry on a reused socket), and the
 * sync retries after an answer that was lost. Value writes and clears are idempotent; an append
 * is not, so after appending the clip-id column is read again and any later row holding an id
 * this push appended (the resent copy) is cleared. Rows are never deleted: a row deletion is
 * positional, and its own resend would delete the next customer's row.
 */
export async function pushClips(
  client: SheetsClient,
  sheetName: string,
  items: readonly SyncItem[],
  language: Language,
): Promise<PushResult> {
  const { plan, header } = await prepareColumns(client, sheetName, language);
  const idColumn = columnLetter(plan.columns.clipId ?? 0);
  const rowsOf = await readClipRows(client, sheetName, idColumn);
  const result: PushResult = { written: [], deleted: [], refused: [] };
  const clears: string[] = [];
  const updates: { range: string; values: string[][] }[] = [];
  const appends: { clipId: string; cells: string[] }[] = [];
  for (const item of items) {
    const rows = rowsOf.get(item.clipId) ?? [];
    if (item.op === 'delete') {
      clears.push(...rows.map((row) => a1Range(sheetName, `${row}:${row}`)));
      result.deleted.push(item.clipId);
      continue;
    }
    const cells = rowForClip(item.clip, plan);
    const [row] = rows;
    const tooLong = cells.findIndex((cell) => cell.length > MAX_CELL_CHARACTERS);
    if (tooLong >= 0) {
      const place = { sheet: sheetName, column: header[tooLong] ?? columnLetter(tooLong) };
      result.refused.push({
        clipId: item.clipId,
        problem: 'cellTooLong',
        place: row === undefined ? place : { ...place, row },
      });
      continue;
    }
    // A clip that reached the sheet once and has no row now: the user deleted that row.
    if (row === undefined && item.op === 'update' && item.clip.syncedAt !== null) {
      result.refused.push({ clipId: item.clipId, problem: 'rowDeleted', place: { sheet: sheetName } });
      continue;
    }
    if (row === undefined) {
      appends.push({ clipId: item.clipId, cells });
    } else {
      for (const index of Object.values(plan.columns)) {
        if (index === undefined) continue;
        updates.push({
          range: a1Range(sheetName, `${columnLetter(index)}${row}`),
          values: [[cells[index] ?? '']],
        });
      }
    }
    result.written.push(item.clipId);
  }
  for (const range of clears) await client.clearValues(range);
  if (updates.length > 0) await client.batchUpdateValues(updates);
  if (appends.length === 0) return result;
  const lastColumn = columnLetter(plan.width - 1);
  await client.appendValues(
    a1Range(sheetName, `A:${lastColumn}`),
    appends.map((a) => a.cells),
  );
  const after = await readClipRows(client, sheetName, idColumn);
  for (const { clipId } of appends) {
    // The id was nowhere before this append, so every row after its first is a resent copy.
    for (const row of (after.get(clipId) ?? []).slice(1)) {
      await client.clearValues(a1Range(sheetName, `A${row}:${lastColumn}${row}`));
    }
  }
  return result;
}
