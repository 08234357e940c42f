import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';
import { blockA1 } from './textBlocks.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Cells a job is about to write (1-based), on one sheet. */
export interface WriteTarget {
  sheet: Sheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Refuses, before anything changes, a job that would write into a protected range or sheet the
 * user may not edit: Sheets would stop it half-way with "You are trying to edit a protected
 * cell or object". Warning-only protections only warn in the UI, and the owner may edit
 * everything. A few calls per protection, none per row.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
export function assertWritable(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  targets: readonly WriteTarget[],
  messages: Messages,
): void {
  if (targets.length === 0) return;
  const type = SpreadsheetApp.ProtectionType;
  const protections = [...spreadsheet.getProtections(type.RANGE), ...spreadsheet.getProtections(type.SHEET)];
  for (const protection of protections) {
    if (protection.isWarningOnly() || protection.canEdit()) continue;
    const range = protection.getRange();
    const sheetId = range.getSheet().getSheetId();
    for (const target of targets) {
      if (target.sheet.getSheetId() !== sheetId) continue;
      const hit = blockedCells(protection, range, target);
      if (hit) throw new AddonError(messages.protectedCells(target.sheet.getName(), hit));
    }
  }
}

/**
 * The protected part of the target in A1 notation, or null when the target is free. Worked out
 * here, not with getRange: the target may lie past the grid (columns the job is about to add),
 * where getRange throws "The coordinates of the range are outside the dimensions of the sheet".
 */
function blockedCells(protection: Protection, range: Range, target: WriteTarget): string | null {
  if (protection.getProtectionType() === SpreadsheetApp.ProtectionType.SHEET) {
    const free = protection.getUnprotectedRanges().some((u) => contains(u, target));
    return free ? null : blockA1(target);
  }
  const top = Math.max(range.getRow(), target.row);
  const left = Math.max(range.getColumn(), target.column);
  const bottom = Math.min(range.getLastRow(), target.row + target.rows - 1);
  const right = Math.min(range.getLastColumn(), target.column + target.columns - 1);
  if (top > bottom || left > right) return null;
  return blockA1({ row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 });
}

function contains(range: Range, t: WriteTarget): boolean {
  return (
    range.getRow() <= t.row &&
    range.getColumn() <= t.column &&
    range.getLastRow() >= t.row + t.rows - 1 &&
    range.getLastColumn() >= t.column + t.columns - 1
  );
}
