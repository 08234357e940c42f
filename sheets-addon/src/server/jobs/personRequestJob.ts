import {
  type Cell,
  ERASURE_MARKER,
  type ErasurePlan,
  findPerson,
  type LogAppend,
  type PersonFindings,
  type PersonPlace,
  type PersonRequest,
  parsePersonKey,
  personalDataLogAppend,
  personKeyProblemText,
  planErasure,
  type SheetGrid,
} from '@crm/shared';
import { AddonError } from '../AddonError.ts';
import { withDocumentLock } from '../documentLock.ts';
import { numberedSheetName } from '../freeSheetName.ts';
import type { JobContext } from '../jobContext.ts';
import { applyErasure, checkErasure } from '../person/erasureWriter.ts';
import { appendLogEntry, logTargets } from '../person/personalDataLogSheet.ts';
import { writeTextRows } from '../person/textRows.ts';
import type { PersonMessages } from '../personMessages.ts';
import { readGridWithAsides } from '../sheetsWorkbook.ts';
import { withUndo } from '../undoLog.ts';
import { gatedRequest } from './gatedRequest.ts';
import type { JobResult } from './jobResult.ts';

/** What one sheet loses in an erasure, for the sidebar's preview. */
export interface ErasureSheetPreview {
  sheet: string;
  rowsDeleted: number;
  cellsChanged: number;
  /** The sheet goes whole: a copy of the person's data the add-on exported. */
  sheetDeleted?: boolean;
}

/** What the sidebar's personal data request panel gets back. */
export interface PersonRequestResult extends JobResult {
  places?: PersonPlace[];
  /** The copy as JSON, for the sidebar to offer as a download. */
  json?: string;
  /** The dry run: what erasure would change, sheet by sheet. */
  preview?: ErasureSheetPreview[];
  /** Names the plan the preview showed; erasure runs only while the spreadsheet still gives that plan. */
  token?: string;
}

/** Every sheet of the spreadsheet, read whole with its formulas and notes (three calls each). */
function allGrids(ctx: JobContext): SheetGrid[] {
  return ctx.spreadsheet.getSheets().map((sheet) => readGridWithAsides(sheet, ctx.dates));
}

function findIn(ctx: JobContext, grids: readonly SheetGrid[], match: unknown): PersonFindings {
  const parsed = parsePersonKey(String(match ?? ''), ctx.config.defaultRegion);
  if (!parsed.ok) throw new AddonError(personKeyProblemText(parsed.problem, ctx.language));
  return findPerson(grids, parsed.key, {
    headerOverrides: ctx.config.headerOverrides,
    region: ctx.config.defaultRegion,
  });
}

/** A request for the sidebar, after the storage notice (see gatedRequest). */
function request(run: (ctx: JobContext, m: PersonMessages) => PersonRequestResult): PersonRequestResult {
  return gatedRequest(run);
}

/** Every place in this spreadsheet that holds the person's data (个人信息保护法 art. 45: access). */
export function findPersonData(match: string): PersonRequestResult {
  return request((ctx, m) => {
    const found = findIn(ctx, allGrids(ctx), match);
    if (found.places.length === 0) return { ok: true, message: m.nobody, places: [] };
    const sheets = new Set(found.places.map((p) => p.sheet)).size;
    return {
      ok: true,
      message: m.found(found.places.length, sheets),
      places: found.places,
      figures: { places: found.places.length, sheets },
    };
  });
}

/**
 * A copy of the person's data for them (art. 45): each source sheet's header and their rows,
 * then every place, as JSON for a download and, when `asSheet`, in a new sheet. Logged.
 */
export function exportPersonData(match: string, asSheet: boolean): PersonRequestResult {
  return request((ctx, m) =>
    withDocumentLock(ctx.messages.locked, () => {
      const grids = allGrids(ctx);
      const found = findIn(ctx, grids, match);
      if (found.places.length === 0) return { ok: true, message: m.nobody, places: [] };
      const json = JSON.stringify({ exported: ctx.today, rows: found.rows, places: found.places }, null, 1);
      const append = logEntry(ctx, grids, found, 'export', { rowsDeleted: 0, cellsChanged: 0, sheets: 0 });
      const sheetName =
        asSheet === true ? numberedSheetName(ctx.spreadsheet, m.exportSheet(ctx.today)) : undefined;
      withUndo((log) => {
        if (sheetName) {
          const created = ctx.spreadsheet.insertSheet(sheetName);
          log.did(() => ctx.spreadsheet.deleteSheet(created));
          writeTextRows(created, copyRows(found, m));
        }
        appendLogEntry(ctx, append, log);
      });
      return {
        ok: true,
        message: sheetName ? m.exported(found.rows.length, sheetName) : m.exportedJson(found.rows.length),
        ...(sheetName ? { sheetName } : {}),
        places: found.places,
        json,
        figures: { rows: found.rows.length, places: found.places.length },
      };
    }),
  );
}

/** The copy sheet: per sheet its name, header and the person's rows; then the places. */
function copyRows(found: PersonFindings, m: PersonMessages): Cell[][] {
  const rows: Cell[][] = [];
  for (const sheet of found.sheets) {
    const theirs = found.rows.filter((r) => r.sheet === sheet.grid.name);
    if (theirs.length === 0) continue;
    rows.push([sheet.grid.name], [...sheet.header], ...theirs.map((r) => r.cells), []);
  }
  rows.push([m.places], [...m.placesHeader], ...found.places.map((p) => [p.sheet, p.row, p.column, p.value]));
  return rows;
}

/** The plan an erasure would carry out now, refused for a key that several people share. */
function erasurePlan(ctx: JobContext, found: PersonFindings, m: PersonMessages): ErasurePlan {
  if (found.names.length > 1) throw new AddonError(m.several(found.names));
  return planErasure(found, {
    orders: ctx.config.privacy.eraseOrders,
    marker: ERASURE_MARKER[ctx.language],
  });
}

/**
 * The dry run of an erasure: what would be deleted and changed, sheet by sheet, with the same
 * checks the erasure makes first (a protected cell is reported now). Nothing is written.
 */
export function previewPersonErasure(match: string): PersonRequestResult {
  return request((ctx, m) => {
    const grids = allGrids(ctx);
    const found = findIn(ctx, grids, match);
    if (found.places.length === 0) return { ok: true, message: m.nobody, places: [] };
    const plan = erasurePlan(ctx, found, m);
    const append = logEntry(ctx, grids, found, 'erase', erasureCounts(plan));
    checkErasure(ctx, plan, grids, logTargets(ctx, append));
    const c = erasureCounts(plan);
    return {
      ok: true,
      message: m.preview(
        c.rowsDeleted,
        c.cellsChanged,
        c.sheets,
        ctx.config.privacy.eraseOrders === 'keep-amounts',
      ),
      places: found.places,
      preview: [
        ...plan.sheets.map((s) => ({
          sheet: s.sheet,
          rowsDeleted: s.deleteRows.length,
          cellsChanged: new Set([...s.edits, ...s.notes].map((e) => `${e.row}:${e.column}`)).size,
        })),
        ...plan.deleteSheets.map((sheet) => ({ sheet, rowsDeleted: 0, cellsChanged: 0, sheetDeleted: true })),
      ],
      token: planToken(plan),
      figures: { places: found.places.length, ...c },
    };
  });
}

/**
 * Erases the person (art. 47) as the core plans it (see planErasure), once the user confirmed the
 * preview whose `token` they were shown: checks first (protections, rows moved), then the edits,
 * the rows and the log entry under the document lock; a failure half-way undoes what was done.
 */
export function erasePersonData(match: string, token: string): PersonRequestResult {
  return request((ctx, m) =>
    withDocumentLock(ctx.messages.locked, () => {
      const grids = allGrids(ctx);
      const found = findIn(ctx, grids, match);
      if (found.places.length === 0) return { ok: true, message: m.nobody, places: [] };
      const plan = erasurePlan(ctx, found, m);
      if (typeof token !== 'string' || token === '') return { ok: false, message: m.notConfirmed };
      if (token !== planToken(plan)) throw new AddonError(m.changedSincePreview);
      const counts = erasureCounts(plan);
      const append = logEntry(ctx, grids, found, 'erase', counts);
      const before = checkErasure(ctx, plan, grids, logTargets(ctx, append));
      withUndo((log) => {
        applyErasure(ctx.spreadsheet, plan, before, log);
        appendLogEntry(ctx, append, log);
      });
      return {
        ok: true,
        message: m.erased(counts.rowsDeleted, counts.cellsChanged, append.sheet),
        sheetName: append.sheet,
        figures: { places: found.places.length, ...counts },
      };
    }),
  );
}

function erasureCounts(plan: ErasurePlan): { rowsDeleted: number; cellsChanged: number; sheets: number } {
  const c = plan.counts;
  return { rowsDeleted: c.rowsDeleted, cellsChanged: c.cellsCleared + c.cellsRedacted, sheets: c.sheets };
}

/** A short fingerprint of a plan (FNV-1a, 32 bits): the preview and the erasure must plan the same. */
function planToken(plan: ErasurePlan): string {
  const text = JSON.stringify([plan.sheets, plan.deleteSheets]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function logEntry(
  ctx: JobContext,
  grids: readonly SheetGrid[],
  found: PersonFindings,
  kind: PersonRequest,
  counts: { rowsDeleted: number; cellsChanged: number; sheets: number },
): LogAppend {
  return personalDataLogAppend(
    grids,
    {
      date: ctx.today,
      request: kind,
      key: found.key,
      secret: ctx.config.privacy.logSecret,
      places: found.places.length,
      ...counts,
    },
    ctx.language,
  );
}
