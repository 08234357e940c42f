import {
  type Cell,
  type CellEdit,
  CONSENT_FIELDS,
  type ConsentFill,
  type ConsentValues,
  cellToText,
  columnLetter,
  type ExpiredSheet,
  expiredSheets,
  isIsoDate,
  LEGAL_BASES,
  type LegalBasis,
  locatedSheetNames,
  mapConsentColumns,
  planConsentFill,
  readCustomerTable,
  readJobTables,
} from '@crm/shared';
import { AddonError } from '../AddonError.ts';
import { TEXT_FORMAT } from '../cellTypes.ts';
import { withDocumentLock } from '../documentLock.ts';
import { type JobContext, locateSheetTables } from '../jobContext.ts';
import type { PersonMessages } from '../personMessages.ts';
import { assertWritable, type WriteTarget } from '../protections.ts';
import { assertSheetUnchanged, type RowKeys, rowKeys } from '../rowGuard.ts';
import type { SheetChange } from '../sheetChange.ts';
import { readSheets, sheetNamed } from '../sheetsWorkbook.ts';
import { DATE_FORMAT, dateSerial, type SpreadsheetDates } from '../spreadsheetDates.ts';
import { type UndoLog, withUndo } from '../undoLog.ts';
import { gatedRequest } from './gatedRequest.ts';
import type { JobResult } from './jobResult.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The consent fill as the sidebar sends it: each field optional, the legal basis as its key. */
export interface ConsentFillInput {
  legalBasis?: string;
  purpose?: string;
  source?: string;
  /** `YYYY-MM-DD`; empty: today, as `crm person consent` records it. */
  informedOn?: string;
}

/** What the retention and consent section gets back. */
export interface PrivacyTableResult extends JobResult {
  /** Backup and report sheets older than the retention period. */
  expired?: ExpiredSheet[];
}

/**
 * Fills the consent columns (合法依据, 处理目的, 来源, 告知日期) of every customer row whose cell
 * is empty, as `crm person consent` does: a column the table lacks is added to the right of its
 * header, a cell someone wrote is never overwritten. Text is written as plain text, the date as
 * a date; a failure half-way puts every touched cell back.
 */
export function fillConsentColumns(input: ConsentFillInput): PrivacyTableResult {
  return gatedRequest((ctx, m) =>
    withDocumentLock(ctx.messages.locked, () => {
      const values = consentValues(input, ctx, m);
      const location = locateSheetTables(ctx);
      const grids = readSheets(ctx.spreadsheet, locatedSheetNames(location), ctx.dates);
      const customers = readJobTables(grids, location).customers;
      const read = readCustomerTable(customers.table, ctx.config, ctx.today);
      const rows = read.records.map((r) => r.row);
      const grid = grids.find((g) => g.name === customers.sheet)?.rows ?? [];
      const headerRow = location.customers.headerRow;
      const fill = planConsentFill(grid, headerRow, customers.table.header, rows, values, ctx.language);
      const added = fill.added.map((a) => a.header);
      const cells = fill.edits.length - fill.added.length;
      if (fill.edits.length > 0) {
        const sheet = sheetNamed(ctx.spreadsheet, customers.sheet);
        const informedOn = informedOnColumn(customers.table.header, fill);
        const keys = rowKeys(customers.table, read.mapping, { sheetRows: grid });
        writeConsentCells(ctx, sheet, fill.edits, informedOn, keys);
      }
      return {
        ok: true,
        message: m.consentFilled(fill.rowsFilled, cells, added, customers.sheet),
        sheetName: customers.sheet,
        figures: { rowsFilled: fill.rowsFilled, cellsFilled: cells, columnsAdded: added.length },
      };
    }),
  );
}

/** The values to fill, checked: a known legal basis, a real date; at least one of them given. */
function consentValues(input: ConsentFillInput, ctx: JobContext, m: PersonMessages): ConsentValues {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const values: ConsentValues = {};
  const basis = text(input?.legalBasis);
  if (basis !== '') {
    if (!(LEGAL_BASES as readonly string[]).includes(basis)) throw new AddonError(m.badLegalBasis(basis));
    values.legalBasis = basis as LegalBasis;
  }
  const purpose = text(input?.purpose);
  if (purpose !== '') values.purpose = purpose;
  const source = text(input?.source);
  if (source !== '') values.source = source;
  const informedOn = text(input?.informedOn);
  if (informedOn !== '') {
    if (!isIsoDate(informedOn)) throw new AddonError(m.badInformedOn(informedOn));
    values.informedOn = informedOn;
  }
  if (Object.keys(values).length === 0) throw new AddonError(m.consentNothing);
  // Told now, unless the user says when (as crm person consent records it).
  values.informedOn ??= ctx.today;
  return values;
}

/** The 0-based column of 告知日期 after the fill (found in the header, or added by it). */
function informedOnColumn(header: readonly string[], fill: ConsentFill): number | undefined {
  return (
    mapConsentColumns(header).informedOn ?? fill.added.find((a) => a.field === CONSENT_FIELDS[3])?.column
  );
}

/** A run of edited cells down one column: one format and one setValues each. */
interface EditRun {
  row: number;
  column: number;
  values: (string | number)[];
}

/** The edits as runs; the 告知日期 cells below the header as date serials. */
function editRuns(edits: readonly CellEdit[], dateColumn: number | undefined, headerRow: number): EditRun[] {
  const sorted = [...edits].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: EditRun[] = [];
  for (const edit of sorted) {
    const isDate = edit.column === dateColumn && edit.row !== headerRow && isIsoDate(String(edit.value));
    const value = isDate ? dateSerial(String(edit.value)) : String(edit.value ?? '');
    const last = runs[runs.length - 1];
    if (last && last.column === edit.column && last.row + last.values.length === edit.row)
      last.values.push(value);
    else runs.push({ row: edit.row, column: edit.column, values: [value] });
  }
  return runs;
}

/**
 * Writes the fill: protections checked first, and the sheet read again (its header row, last row
 * and customers' key cells) so that a column or row a co-editor moved since the read never makes
 * a value land in someone else's cell; then columns added when the grid is too narrow, then per
 * run its number format (plain text, or a date for 告知日期) and its values, each recorded for undo.
 */
function writeConsentCells(
  ctx: JobContext,
  sheet: Sheet,
  edits: readonly CellEdit[],
  dateColumn: number | undefined,
  keys: RowKeys,
): void {
  const runs = editRuns(edits, dateColumn, keys.headerRow);
  const targets: WriteTarget[] = runs.map((r) => ({
    sheet,
    row: r.row,
    column: r.column + 1,
    rows: r.values.length,
    columns: 1,
  }));
  assertWritable(ctx.spreadsheet, targets, ctx.messages);
  assertSheetUnchanged(sheet, keys, ctx.dates, ctx.messages);
  // Columns past the grid are added below, empty; the cells within it are read before any write.
  const maxColumns = sheet.getMaxColumns();
  const before = runs.map((run) => (run.column < maxColumns ? runBefore(sheet, run) : null));
  const filled = filledSinceRead(runs, before, ctx.dates);
  if (filled) throw new AddonError(ctx.messages.sheetChanged(sheet.getName(), filled));
  withUndo((log) => {
    const width = Math.max(...runs.map((r) => r.column + 1));
    if (width > maxColumns) {
      sheet.insertColumnsAfter(maxColumns, width - maxColumns);
      log.did(() => sheet.deleteColumns(maxColumns + 1, width - maxColumns));
    }
    runs.forEach((run, i) => {
      writeRun(run, before[i] ?? runBefore(sheet, run), log);
    });
  });
}

/** A run's cells just before the fill, as undo puts them back. */
interface RunBefore {
  range: GoogleAppsScript.Spreadsheet.Range;
  formats: string[][];
  values: Cell[][];
}

function runBefore(sheet: Sheet, run: EditRun): RunBefore {
  const range = sheet.getRange(run.row, run.column + 1, run.values.length, 1);
  return { range, formats: range.getNumberFormats(), values: range.getValues() as Cell[][] };
}

/**
 * The first cell of the fill that someone wrote in since the read (the plan fills only cells that
 * were empty then): filling it would overwrite what they recorded, a consent given, for instance.
 */
function filledSinceRead(
  runs: readonly EditRun[],
  before: readonly (RunBefore | null)[],
  dates: SpreadsheetDates,
): SheetChange | null {
  for (const [i, run] of runs.entries()) {
    const cells = dates.wallClocks(before[i]?.values ?? []).map((line) => cellToText(line[0] ?? null));
    const r = cells.findIndex((text) => text.trim() !== '');
    if (r >= 0)
      return { kind: 'cell', cell: `${columnLetter(run.column)}${run.row + r}`, now: cells[r] ?? '' };
  }
  return null;
}

function writeRun(run: EditRun, before: RunBefore, log: UndoLog): void {
  const { range, formats, values } = before;
  log.did(() => {
    range.setNumberFormats(formats);
    range.setValues(values);
  });
  // Only 告知日期 cells were turned into numbers (date serials); everything else is text.
  range.setNumberFormats(run.values.map((v) => [typeof v === 'number' ? DATE_FORMAT : TEXT_FORMAT]));
  range.setValues(run.values.map((v) => [v]));
}

/** The backup and report sheets of this spreadsheet older than the retention period. */
function currentExpired(ctx: JobContext): ExpiredSheet[] {
  return expiredSheets(
    ctx.spreadsheet.getSheets().map((s) => s.getName()),
    ctx.today,
    ctx.config.privacy.retentionMonths,
  );
}

/**
 * Lists the 客户备份 / 客户报告 sheets written more than the retention period ago (as `crm person
 * retention` does): copies of personal data kept past it, offered for deletion. Nothing changes.
 */
export function listExpiredSheets(): PrivacyTableResult {
  return gatedRequest((ctx, m) => {
    const months = ctx.config.privacy.retentionMonths;
    if (months === null) return { ok: true, message: m.retentionOff, expired: [] };
    const expired = currentExpired(ctx);
    return {
      ok: true,
      message: m.expiredFound(expired.length, months),
      expired,
      figures: { sheets: expired.length },
    };
  });
}

/**
 * Deletes the listed sheets the user confirmed, each only while it is still past the retention
 * period now (the call cannot delete any other sheet); protections are checked for all of them
 * before the first is deleted.
 */
export function deleteExpiredSheets(names: string[]): PrivacyTableResult {
  return gatedRequest((ctx, m) =>
    withDocumentLock(ctx.messages.locked, () => {
      const asked = Array.isArray(names) ? names.map(String) : [];
      if (asked.length === 0) return { ok: true, message: m.expiredDeleted(0), expired: currentExpired(ctx) };
      const expired = new Set(currentExpired(ctx).map((e) => e.sheet));
      const refused = asked.find((name) => !expired.has(name));
      if (refused !== undefined) throw new AddonError(m.notExpired(refused));
      const sheets = asked.map((name) => sheetNamed(ctx.spreadsheet, name));
      assertWritable(
        ctx.spreadsheet,
        sheets.map((sheet) => ({
          sheet,
          row: 1,
          column: 1,
          rows: sheet.getMaxRows(),
          columns: sheet.getMaxColumns(),
        })),
        ctx.messages,
      );
      for (const sheet of sheets) ctx.spreadsheet.deleteSheet(sheet);
      return {
        ok: true,
        message: m.expiredDeleted(sheets.length),
        expired: currentExpired(ctx),
        figures: { sheetsDeleted: sheets.length },
      };
    }),
  );
}
