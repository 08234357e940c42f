import { a1Range, columnLetter, HEADER_SEARCH_ROWS, type Language } from '@crm/shared';
import { CLIP_COLUMNS, type ClipColumn } from '../logic/clipColumnList.ts';
import { clipHeaderRow, holdsCustomer, namesClipId } from '../logic/clipHeaderRow.ts';
import type { OutboxOp } from '../logic/outbox.ts';
import { planSheetColumns, rowForClip, type SheetColumnPlan } from '../logic/planSheetColumns.ts';
import type { SyncPlace, SyncProblem } from '../logic/syncProblem.ts';
import type { Clip } from '../model/clip.ts';
import type { SheetsClient } from './sheetsClient.ts';

/** One outbox entry to carry out; a deleted clip has no clip any more, only its id. */
export type SyncItem =
  | { clipId: string; op: Exclude<OutboxOp, 'delete'>; clip: Clip }
  | { clipId: string; op: Extract<OutboxOp, 'delete'>; clip: null };

/** The cells of a clip's row by clip column, as the extension wrote them (Clip.sheetCells). */
export type SheetCells = Partial<Record<ClipColumn, string>>;

/** A clip the push did not write, and why: sending it again as it is cannot succeed. */
export interface RefusedClip {
  clipId: string;
  problem: Extract<SyncProblem, 'rowDeleted' | 'cellTooLong' | 'editedInSheet'>;
  place: SyncPlace;
}

export interface PushResult {
  /** Clips whose row now holds their current values (appended or rewritten in place). */
  written: string[];
  /** Deleted clips whose rows were cleared (or were never in the sheet). */
  deleted: string[];
  /** Clips left for the user to act on; the others of the batch are written all the same. */
  refused: RefusedClip[];
  /** What each written clip's row now holds, by clip column: the next update's Clip.sheetCells. */
  sheetCells: Record<string, SheetCells>;
}

/** "Cells can contain at most 50,000 characters": one longer cell refuses the whole request. */
export const MAX_CELL_CHARACTERS = 50_000;

/** The header the push works under, and the sheet row it is in. */
interface PreparedHeader {
  plan: SheetColumnPlan;
  header: string[];
  /** 1-based sheet row of the header; clips are below it, title lines above it stay untouched. */
  headerRow: number;
}

/**
 * Finds the header row (clipHeaderRow: below any title lines, as the CLI and the add-on find it)
 * and creates the clip columns it lacks in that row (widening the grid first when they would not
 * fit: values writes do not grow a sheet, only append does). Refuses with HeaderMovedError when
 * a row above the header holds a customer: the header was sorted down among the customers.
 */
async function prepareColumns(
  client: SheetsClient,
  sheetName: string,
  language: Language,
): Promise<PreparedHeader> {
  const top = await client.getValues(a1Range(sheetName, `1:${HEADER_SEARCH_ROWS}`));
  const { row: headerRow, header: read } = clipHeaderRow(top);
  const plan = planSheetColumns(read, language);
  if (top.slice(0, headerRow - 1).some((row) => holdsCustomer(row, plan))) {
    throw new HeaderMovedError(headerRow);
  }
  const namesNone = plan.headerWrites.length === CLIP_COLUMNS.length;
  if (namesNone && read.some((cell) => cell.trim() !== '')) {
    await refuseMovedHeader(client, sheetName, headerRow);
  }
  const header = [...read];
  for (const w of plan.headerWrites) header[w.column] = w.text;
  if (plan.headerWrites.length === 0) return { plan, header, headerRow };
  const sheet = await client.getSheetProperties(sheetName);
  if (sheet && sheet.columnCount < plan.width) {
    await client.appendColumns(sheet.sheetId, plan.width - sheet.columnCount);
  }
  await client.batchUpdateValues(
    plan.headerWrites.map((w) => ({
      range: a1Range(sheetName, `${columnLetter(w.column)}${headerRow}`),
      values: [[w.text]],
    })),
  );
  return { plan, header, headerRow };
}

/** Customers are above the header: a sort took the header along among the data. */
export class HeaderMovedError extends Error {
  constructor(readonly row: number) {
    super(`the clip header is in row ${row}, below customer rows`);
    this.name = 'HeaderMovedError';
  }
}

/**
 * Called when the header row names no clip column. When a later row of the sheet is the
 * extension's header (it names the clip-id column), the sheet was sorted with its header among the
 * data (Google Sheets' "Sort sheet" moves every row below the frozen ones): writing a header into
 * the found row would put header text into a customer's row. Throws HeaderMovedError naming that row.
 */
async function refuseMovedHeader(client: SheetsClient, sheetName: string, headerRow: number) {
  const rows = await rowsBelow(client, sheetName, headerRow, 'A', 'ZZZ');
  const at = rows.findIndex(namesClipId);
  if (at >= 0) throw new HeaderMovedError(at + headerRow + 1);
}

/**
 * The values of the rows below the header, from column `from` to column `to`. Read from the
 * header row, which the grid always has, and that row dropped: a range starting below the grid's
 * last row is refused, and a sheet trimmed to its header has no row below it.
 */
async function rowsBelow(
  client: SheetsClient,
  sheetName: string,
  headerRow: number,
  from: string,
  to: string,
): Promise<unknown[][]> {
  return (await client.getValues(a1Range(sheetName, `${from}${headerRow}:${to}`))).slice(1);
}

/** Every sheet row (1-based) below the header holding each clip id, top to bottom. */
async function readClipRows(client: SheetsClient, sheetName: string, idColumn: string, headerRow: number) {
  const first = headerRow + 1;
  const ids = await rowsBelow(client, sheetName, headerRow, idColumn, idColumn);
  const rowsOf = new Map<string, number[]>();
  ids.forEach((row, i) => {
    const id = row[0];
    if (typeof id === 'string' && id !== '') rowsOf.set(id, [...(rowsOf.get(id) ?? []), i + first]);
  });
  return rowsOf;
}

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** A row's cells by clip column under the plan. */
function cellsByColumn(row: readonly unknown[], plan: SheetColumnPlan): SheetCells {
  const out: SheetCells = {};
  for (const [column, index] of Object.entries(plan.columns) as [ClipColumn, number | undefined][]) {
    if (index !== undefined) out[column] = cellText(row[index]);
  }
  return out;
}

/** What an update does with a row already in the sheet, cell by cell. */
interface RowMerge {
  /** Column indexes to write the clip's text to. */
  writes: number[];
  /** Column indexes changed both in the extension and in the sheet since the last write. */
  conflicts: number[];
  /** The row's cells by clip column once the writes are done, as Clip.sheetCells keeps them. */
  sheetCells: SheetCells;
}

/**
 * A three-way merge of one row: what the extension last wrote (Clip.sheetCells), what the sheet
 * holds now, and the clip's text now. A cell only the clip changed is written; a cell only the
 * user changed in the sheet keeps the user's text (and the record of what the extension wrote,
 * so a later change of it in the extension is a conflict, not an overwrite); a cell both changed
 * is a conflict. A clip synced before the extension kept its cells has no record: a non-empty
 * cell that differs is then taken as the user's. In a column this push added the extension wrote
 * nothing: an empty cell is written, text there is the user's.
 * `overwrite` (the user's choice after a conflict) writes the conflicting cells too; a cell only
 * the user changed still keeps the user's text.
 */
function mergeRow(
  clip: Clip,
  current: readonly unknown[],
  cells: readonly string[],
  plan: SheetColumnPlan,
  overwrite: boolean,
): RowMerge {
  const added = new Set(plan.headerWrites.map((w) => w.column));
  const merge: RowMerge = { writes: [], conflicts: [], sheetCells: {} };
  for (const [column, index] of Object.entries(plan.columns) as [ClipColumn, number | undefined][]) {
    if (index === undefined) continue;
    const now = cellText(current[index]);
    const next = cells[index] ?? '';
    // A column this push added had no header, so the extension wrote nothing there: text in it
    // is the user's (a note beside the table), whatever the record says of a column of that name.
    const written = added.has(index) ? '' : clip.sheetCells?.[column];
    // What a write whose answer never came carried: the sheet may hold it, and then the cell is
    // still the extension's (the user did not type it).
    const sent = added.has(index) ? undefined : clip.sentCells?.[column];
    merge.sheetCells[column] = next;
    if (now === next) continue;
    if (now === (written ?? '') || now === sent) merge.writes.push(index);
    else if (next === written) merge.sheetCells[column] = written;
    else if (overwrite) merge.writes.push(index);
    else merge.conflicts.push(index);
  }
  return merge;
}

/** How many times a push is planned while a co-editor's sort keeps moving the clips' rows. */
const PLAN_ATTEMPTS = 3;

/**
 * The rows of the clips a push writes or clears kept moving (a co-editor sorting the sheet again
 * and again) while it was planned PLAN_ATTEMPTS times: nothing was written, and the sync tries
 * again later.
 */
export class RowsMovingError extends Error {
  constructor() {
    super('the rows of the clips moved while the sync planned its writes');
    this.name = 'RowsMovingError';
  }
}

/** What a push does, planned on the rows the clip ids were found in. */
interface PlannedPush {
  result: PushResult;
  /** Whole rows to clear (deleted clips), as A1 ranges. */
  clears: string[];
  /** The ids of the deleted clips whose rows are cleared. */
  cleared: string[];
  rewrites: { item: SyncItem & { clip: Clip }; row: number; cells: string[] }[];
  appends: { clipId: string; cells: string[] }[];
}

/** Each item's part in a push, by the rows its clip id is in (`rowsOf`, see readClipRows). */
function planItems(
  items: readonly SyncItem[],
  rowsOf: ReadonlyMap<string, number[]>,
  plan: SheetColumnPlan,
  header: readonly string[],
  sheetName: string,
): PlannedPush {
  const planned: PlannedPush = {
    result: { written: [], deleted: [], refused: [], sheetCells: {} },
    clears: [],
    cleared: [],
    rewrites: [],
    appends: [],
  };
  const { result } = planned;
  for (const item of items) {
    const rows = rowsOf.get(item.clipId) ?? [];
    if (item.op === 'delete') {
      planned.clears.push(...rows.map((row) => a1Range(sheetName, `${row}:${row}`)));
      if (rows.length > 0) planned.cleared.push(item.clipId);
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
    if (row === undefined && item.op !== 'append' && item.clip.syncedAt !== null) {
      result.refused.push({ clipId: item.clipId, problem: 'rowDeleted', place: { sheet: sheetName } });
      continue;
    }
    if (row === undefined) {
      planned.appends.push({ clipId: item.clipId, cells });
      result.written.push(item.clipId);
      result.sheetCells[item.clipId] = cellsByColumn(cells, plan);
    } else planned.rewrites.push({ item, row, cells });
  }
  return planned;
}

/** Whether a clip id is in the same rows in two readings of the clip-id column. */
function sameRows(before: readonly number[] | undefined, now: readonly number[] | undefined): boolean {
  const a = before ?? [];
  const b = now ?? [];
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/**
 * Writes clips to the sheet by clip id, never by position: a clip whose id is in the clip-id
 * column has its own cells rewritten there (the user's other columns stay untouched), a new clip
 * whose id is not there is appended, and a deleted clip's rows are cleared. An edited clip whose
 * row is no longer there was deleted by the user: it is refused, not silently appended again,
 * and so is a clip with a cell longer than a cell holds (which would refuse the whole batch).
 * An update never writes over a cell the user edited in the sheet since the extension wrote it
 * (see mergeRow): a cell changed on both sides refuses the clip with its row and column, and
 * writing over it is the user's choice (op 'overwrite'). Only cells whose text changes are written.
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
  sending: (sentCells: Record<string, SheetCells>) => Promise<void> = async () => {},
): Promise<PushResult> {
  const { plan, header, headerRow } = await prepareColumns(client, sheetName, language);
  const idColumn = columnLetter(plan.columns.clipId ?? 0);
  const lastColumn = columnLetter(plan.width - 1);
  let rowsOf = await readClipRows(client, sheetName, idColumn, headerRow);
  // A clip sent before whose answer was lost may be in the sheet moved right by the append (see
  // moveClipRowsBack): put back under its headers, it is found and updated, not appended again.
  const sentUnseen = items.filter((item) => item.clip?.sentCells !== undefined && !rowsOf.has(item.clipId));
  if (sentUnseen.length > 0) {
    const ids = new Set(sentUnseen.map((item) => item.clipId));
    if ((await moveClipRowsBack(client, sheetName, headerRow, plan.columns.clipId ?? 0, ids)) > 0)
      rowsOf = await readClipRows(client, sheetName, idColumn, headerRow);
  }
  let planned: PlannedPush;
  let updates: { range: string; values: string[][] }[];
  for (let attempt = 1; ; attempt++) {
    planned = planItems(items, rowsOf, plan, header, sheetName);
    const rewritten = await planRewrites(client, sheetName, planned.rewrites, plan, header, planned.result);
    // Rows are written and cleared by their number. A co-editor's sort since the clip ids were
    // read puts someone else in those rows: the rows read to merge must hold their clips' ids,
    // the ids are read again just before writing, and while the rows moved, the push is planned
    // again on the rows as they are now.
    const placed = [...planned.rewrites.map((r) => r.item.clipId), ...planned.cleared];
    updates = rewritten ?? [];
    if (placed.length === 0) break;
    const now = await readClipRows(client, sheetName, idColumn, headerRow);
    if (rewritten !== null && placed.every((id) => sameRows(rowsOf.get(id), now.get(id)))) break;
    if (attempt === PLAN_ATTEMPTS) throw new RowsMovingError();
    rowsOf = now;
  }
  const { result, clears, appends } = planned;
  // Kept before the first write goes out: if its answer is lost, the next push knows what the
  // rows may hold (Clip.sentCells).
  if (result.written.length > 0) await sending(result.sheetCells);
  for (const range of clears) await client.clearValues(range);
  if (updates.length > 0) await client.batchUpdateValues(updates);
  if (appends.length === 0) return result;
  // values.append goes below the "table" it finds from the range's first row down, and a blank
  // row ends that table: from row 1 it would be the title lines above the header, and from the
  // header row the customers above the first blank row (a gap between two regions or months),
  // with INSERT_ROWS pushing the ones below the gap down. From the last filled row of the sheet
  // the table is that row, and the clips go below every customer.
  const table = await client.getValues(a1Range(sheetName, `A${headerRow}:${lastColumn}`));
  const lastRow = headerRow + Math.max(0, table.length - 1);
  await client.appendValues(
    a1Range(sheetName, `A${lastRow}:${lastColumn}`),
    appends.map((a) => a.cells),
  );
  const appended = new Set(appends.map((a) => a.clipId));
  await moveClipRowsBack(client, sheetName, headerRow, plan.columns.clipId ?? 0, appended);
  const after = await readClipRows(client, sheetName, idColumn, headerRow);
  for (const { clipId } of appends) {
    // The id was nowhere before this append, so every row after its first is a resent copy.
    for (const row of (after.get(clipId) ?? []).slice(1)) {
      await client.clearValues(a1Range(sheetName, `A${row}:${lastColumn}${row}`));
    }
  }
  return result;
}

/**
 * values.append writes "starting with the first column of the table" it finds, and from the last
 * filled row that table starts at the row's first filled column. A clip's row leaves the
 * customer-id column empty, and a column A inserted and left blank is empty in every row: an
 * append after such a row puts the clips one column or more to the right, each clip id under the
 * wrong header. Such a row holds one of `ids` right of the id column, with as many empty cells at
 * its start as it was moved by; it is written again from column A, and the cells it reached on
 * the right are emptied. The rows below the header are read whole, as wide as the grid (which an
 * append widens when the moved row does not fit; a co-editor's sort may have moved the row up):
 * no answer is needed to find them, so a copy of the rows a resent request made is found too, and
 * so is a row moved by an append whose answer was lost. Returns how many rows were moved back.
 */
async function moveClipRowsBack(
  client: SheetsClient,
  sheetName: string,
  headerRow: number,
  idColumn: number,
  ids: ReadonlySet<string>,
): Promise<number> {
  if (ids.size === 0) return 0;
  const grid = await client.getSheetProperties(sheetName);
  if (grid === null) return 0;
  const first = headerRow + 1;
  const rows = await rowsBelow(client, sheetName, headerRow, 'A', columnLetter(grid.columnCount - 1));
  const writes: { range: string; values: string[][] }[] = [];
  rows.forEach((row, i) => {
    const cells = row.map(cellText);
    const at = cells.findIndex((cell, c) => c > idColumn && ids.has(cell));
    if (at < 0) return;
    const shift = at - idColumn;
    if (cells.slice(0, shift).some((cell) => cell !== '')) return;
    const values = [...cells.slice(shift), ...cells.slice(0, shift)];
    writes.push({
      range: a1Range(sheetName, `A${first + i}:${columnLetter(cells.length - 1)}${first + i}`),
      values: [values],
    });
  });
  if (writes.length > 0) await client.batchUpdateValues(writes);
  return writes.length;
}

/**
 * The cell writes of clips already in the sheet, after reading their rows: only cells whose text
 * changes, and none for a clip with a cell changed both in the extension and in the sheet
 * (refused instead, unless the user chose to overwrite). Records written clips in `result`.
 * Null when a row read no longer holds its clip's id (a sort moved it since the ids were read).
 */
async function planRewrites(
  client: SheetsClient,
  sheetName: string,
  rewrites: readonly { item: SyncItem & { clip: Clip }; row: number; cells: string[] }[],
  plan: SheetColumnPlan,
  header: readonly string[],
  result: PushResult,
): Promise<{ range: string; values: string[][] }[] | null> {
  if (rewrites.length === 0) return [];
  const first = Math.min(...rewrites.map((r) => r.row));
  const last = Math.max(...rewrites.map((r) => r.row));
  const block = await client.getValues(
    a1Range(sheetName, `A${first}:${columnLetter(plan.width - 1)}${last}`),
  );
  const updates: { range: string; values: string[][] }[] = [];
  const idIndex = plan.columns.clipId ?? 0;
  // A row that no longer holds its clip's id was moved by a sort since the ids were read.
  if (rewrites.some(({ item, row }) => cellText(block[row - first]?.[idIndex]) !== item.clipId)) return null;
  for (const { item, row, cells } of rewrites) {
    const merge = mergeRow(item.clip, block[row - first] ?? [], cells, plan, item.op === 'overwrite');
    const [column] = merge.conflicts;
    if (column !== undefined) {
      result.refused.push({
        clipId: item.clipId,
        problem: 'editedInSheet',
        place: { sheet: sheetName, row, column: header[column] ?? columnLetter(column) },
      });
      continue;
    }
    for (const index of merge.writes) {
      updates.push({
        range: a1Range(sheetName, `${columnLetter(index)}${row}`),
        values: [[cells[index] ?? '']],
      });
    }
    result.written.push(item.clipId);
    result.sheetCells[item.clipId] = merge.sheetCells;
  }
  return updates;
}
