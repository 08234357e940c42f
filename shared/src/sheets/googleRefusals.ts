/**
 * Google's own words for writes it refuses, the same through the Sheets API and Apps Script, and
 * in English whatever the user's language: how the toolkit tells them apart from other failures.
 */

/**
 * A write touching a cell or sheet protected against the caller (数据 → 保护工作表和区域): "You
 * are trying to edit a protected cell or object. Please contact the spreadsheet owner…", the
 * Sheets UI's own refusal.
 */
export const PROTECTED_REFUSAL = /protected cell or object/i;

/**
 * A write that would take the spreadsheet past its 10 million cells: "This action would increase
 * the number of cells in the workbook above the limit of 10000000 cells."
 */
export const CELL_LIMIT_REFUSAL = /above the limit of [\d,]+ cells/i;
