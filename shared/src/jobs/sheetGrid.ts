import type { Cell, CellNotes, FormulaCells } from '../model/table.ts';
import type { CellBlock } from '../ports/sheetLayout.ts';

/**
 * A sheet as an adapter read it: its name and its cells from A1, row by row (`rows[0]` is sheet
 * row 1). Rows may be short or empty; nothing is trimmed above or inside the table. For locating
 * tables a probe of the first rows is enough (see HEADER_SEARCH_ROWS).
 */
export interface SheetGrid {
  name: string;
  rows: Cell[][];
  /**
   * Formula cells, for a file that keeps formulas (an .xlsx): a formula saved without its result
   * becomes an issue instead of an empty cell, and a column total (SUM over the rows above) marks
   * a totals row. Spreadsheets compute every formula, so their adapters leave this out.
   */
  formulas?: FormulaCells;
  /**
   * Merged ranges (1-based), for a spreadsheet that reads every cell of a merge but the first
   * as empty: the table's rows show the first value in each of them (see fillMergedCells).
   */
  merges?: readonly CellBlock[];
  /**
   * Notes on cells, where the adapter read them (person requests: a note may hold someone's
   * email or phone though no cell value does). Jobs that analyse tables leave this out.
   */
  notes?: CellNotes;
  /**
   * Hidden by the workbook (Excel's and WPS's Hide, Sheets' Hide sheet): a staff list or an old
   * copy kept out of sight, so the customer table is looked for on the visible sheets first.
   */
  hidden?: boolean;
}

/** A header row's texts (headerText), without the empty cells at its end. */
export function headerTexts(cells: readonly (Cell | undefined)[]): string[] {
  const texts = cells.map(headerText);
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts;
}

/**
 * The first column (0-based) whose header text differs between a header row as read and as it is
 * now (headerTexts of each), with both texts; null when none does. A column a co-editor inserted,
 * deleted or moved shows here before a positional write lands in the wrong column.
 */
export function firstHeaderChange(
  was: readonly string[],
  now: readonly string[],
): { column: number; was: string; now: string } | null {
  for (let c = 0; c < Math.max(was.length, now.length); c++) {
    const before = was[c] ?? '';
    const after = now[c] ?? '';
    if (after !== before) return { column: c, was: before, now: after };
  }
  return null;
}

/** Text of a header cell: headers are matched as text (a date header reads as its ISO day). */
export function headerText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}
