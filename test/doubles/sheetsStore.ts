/**
 * In-memory spreadsheets with the value semantics of the Sheets API v4: cells hold numbers,
 * strings or booleans (dates are numbers with a date format), input is RAW or USER_ENTERED,
 * output is FORMATTED_VALUE, UNFORMATTED_VALUE or FORMULA, and trailing empty rows and cells are
 * left out of responses. https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption
 */
import { formatA1, type GridRange, indexToColumn } from './a1.ts';

export type ApiValue = string | number | boolean;

interface StoredCell {
  value: ApiValue;
  /** Set when the value is a date serial number (USER_ENTERED '2024-03-05'). */
  date?: boolean;
  formula?: string;
  /** CellData.note: text beside the value, kept apart from it (values.get never shows it). */
  note?: string;
}

/** A merged range, 0-based, ends exclusive (GridRange without the sheet id). */
export interface StoredMerge {
  startRow: number;
  endRow: number;
  startColumn: number;
  endColumn: number;
}

export interface StoredSheet {
  sheetId: number;
  title: string;
  index: number;
  rowCount: number;
  columnCount: number;
  frozenRowCount: number;
  /** SheetProperties.hidden: hidden from the UI (Hide sheet). */
  hidden: boolean;
  /** Sheet.merges. */
  merges: StoredMerge[];
  /** Sheet.protectedRanges the caller may not edit (requestingUserCanEdit false). */
  protectedRanges: StoredMerge[];
  cells: (StoredCell | undefined)[][];
}

export interface StoredSpreadsheet {
  spreadsheetId: string;
  title: string;
  locale: string;
  timeZone: string;
  sheets: StoredSheet[];
  /** Formatting, validation and chart requests received through batchUpdate, in order. */
  formatRequests: Record<string, unknown>[];
  /**
   * What the caller was given when the spreadsheet was shared with them: 'view' (or comment)
   * lets them read it and refuses every write with 403 PERMISSION_DENIED.
   */
  access: 'edit' | 'view';
}

/** Google's answer to a write by a caller who may only view (or comment on) a spreadsheet. */
export const NO_EDIT_MESSAGE = 'The caller does not have permission';

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

const EPOCH_1899 = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

export function newSheet(
  sheetId: number,
  title: string,
  index: number,
  rows = 1000,
  columns = 26,
): StoredSheet {
  return {
    sheetId,
    title,
    index,
    rowCount: rows,
    columnCount: columns,
    frozenRowCount: 0,
    hidden: false,
    merges: [],
    protectedRanges: [],
    cells: [],
  };
}

/**
 * What the API answers a write into a protected range the caller may not edit, whatever the
 * method (values.update, append, batchUpdate, clear): the message of the Sheets UI's own refusal.
 * Reports disagree on its status (400 in the v3 era, 403 PERMISSION_DENIED in v4 reports);
 * the double answers 403 PERMISSION_DENIED, and a client should recognise the message.
 */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Refuses a write to any cell of `block` that a protected range covers. */
export function assertEditable(sheet: StoredSheet, block: StoredMerge): void {
  const hit = sheet.protectedRanges.some(
    (p) =>
      p.startRow < block.endRow &&
      block.startRow < p.endRow &&
      p.startColumn < block.endColumn &&
      block.startColumn < p.endColumn,
  );
  if (hit) throw new ApiError(403, 'PERMISSION_DENIED', PROTECTED_MESSAGE);
}

/**
 * "Google Sheets: up to 10 million cells" per spreadsheet, every cell of every sheet's grid
 * counted, empty or not; a request that would grow the grids past it is refused whole.
 */
export const MAX_SPREADSHEET_CELLS = 10_000_000;

/** Refuses a grid change that leaves the spreadsheet with more cells than it may hold. */
export function assertCellLimit(book: StoredSpreadsheet, where = ''): void {
  const cells = book.sheets.reduce((n, s) => n + s.rowCount * s.columnCount, 0);
  if (cells > MAX_SPREADSHEET_CELLS)
    throw new ApiError(
      400,
      'INVALID_ARGUMENT',
      `${where}This action would increase the number of cells in the workbook above the limit of ${MAX_SPREADSHEET_CELLS} cells.`,
    );
}

/** The most characters a cell holds ("Cells can contain at most 50,000 characters"). */
export const MAX_CELL_CHARACTERS = 50_000;

/** Refuses a text longer than a cell holds, as the API refuses the whole request. */
export function assertFitsCell(text: string, where = ''): void {
  if (text.length > MAX_CELL_CHARACTERS)
    throw new ApiError(
      400,
      'INVALID_ARGUMENT',
      `${where}Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
}

/** Converts one input value the way valueInputOption says. */
export function parseInput(value: unknown, option: 'RAW' | 'USER_ENTERED'): StoredCell | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  const text = String(value);
  assertFitsCell(text);
  if (option === 'RAW') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=')) return { value: '', formula: text };
  if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text) };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toUpperCase() === 'TRUE' };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) {
    const ms = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    return { value: Math.round((ms - EPOCH_1899) / MS_PER_DAY), date: true };
  }
  return { value: text };
}

export type RenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';

function render(cell: StoredCell, option: RenderOption, dateOption: string): ApiValue {
  if (option === 'FORMULA' && cell.formula) return cell.formula;
  if (cell.date && (option === 'FORMATTED_VALUE' || dateOption === 'FORMATTED_STRING')) {
    return new Date(EPOCH_1899 + Number(cell.value) * MS_PER_DAY).toISOString().slice(0, 10);
  }
  if (option === 'FORMATTED_VALUE') {
    if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
    return String(cell.value);
  }
  return cell.value;
}

export function findSheet(book: StoredSpreadsheet, title: string | null): StoredSheet {
  const sheet = title === null ? book.sheets[0] : book.sheets.find((s) => s.title === title);
  if (!sheet) throw new ApiError(400, 'INVALID_ARGUMENT', `Unable to parse range: ${title ?? ''}`);
  return sheet;
}

/** Resolves unbounded parts of a range against the sheet's grid. */
export function bound(sheet: StoredSheet, range: GridRange) {
  return {
    startRow: range.startRow ?? 0,
    endRow: range.endRow ?? sheet.rowCount,
    startColumn: range.startColumn ?? 0,
    endColumn: range.endColumn ?? sheet.columnCount,
  };
}

/** values.get: the range's values, trailing empty rows and cells removed. */
export function readValues(
  sheet: StoredSheet,
  range: GridRange,
  option: RenderOption,
  dateOption: string,
  majorDimension: 'ROWS' | 'COLUMNS',
) {
  const b = bound(sheet, range);
  const rows: ApiValue[][] = [];
  for (let r = b.startRow; r < Math.min(b.endRow, sheet.rowCount); r++) {
    const row: ApiValue[] = [];
    const stored = sheet.cells[r] ?? [];
    for (let c = b.startColumn; c < Math.min(b.endColumn, sheet.columnCount); c++) {
      const cell = hiddenByMerge(sheet, r, c) ? undefined : stored[c];
      row.push(cell && !isEmpty(cell) ? render(cell, option, dateOption) : '');
    }
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  const values = majorDimension === 'COLUMNS' ? transpose(rows) : rows;
  return {
    range: formatA1(
      sheet.title,
      b.startRow,
      b.startColumn,
      Math.min(b.endRow, sheet.rowCount),
      Math.min(b.endColumn, sheet.columnCount),
    ),
    majorDimension,
    ...(values.length > 0 ? { values } : {}),
  };
}

/**
 * A merged range shows one value, its top-left cell's; values.get gives the other cells of the
 * range as empty ("merging cells will only preserve the top-left value").
 */
export function hiddenByMerge(sheet: StoredSheet, row: number, column: number): boolean {
  return sheet.merges.some(
    (m) =>
      row >= m.startRow &&
      row < m.endRow &&
      column >= m.startColumn &&
      column < m.endColumn &&
      (row !== m.startRow || column !== m.startColumn),
  );
}

/** A cell that holds a note only: no value for values.get. */
function isEmpty(cell: StoredCell): boolean {
  return cell.formula === undefined && cell.value === '';
}

/**
 * The width of the widest row: a loop, where Math.max(...rows) would overflow the call stack on a
 * sheet of 100k rows.
 */
export function widthOf(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

function transpose(rows: ApiValue[][]): ApiValue[][] {
  const width = widthOf(rows);
  const columns: ApiValue[][] = [];
  for (let c = 0; c < width; c++) {
    const column = rows.map((r) => r[c] ?? '');
    while (column.length > 0 && column[column.length - 1] === '') column.pop();
    columns.push(column);
  }
  return columns;
}

/** values.update: writes a block; like Google, refuses to write past the grid. */
export function writeValues(
  sheet: StoredSheet,
  range: GridRange,
  values: unknown[][],
  option: 'RAW' | 'USER_ENTERED',
) {
  const startRow = range.startRow ?? 0;
  const startColumn = range.startColumn ?? 0;
  const width = widthOf(values);
  // A single-cell range is an anchor: the data flows from it (as the API does for 'Sheet1!A1').
  const anchor = range.endRow === startRow + 1 && range.endColumn === startColumn + 1;
  if (!anchor && range.endRow !== null && startRow + values.length > range.endRow) {
    throw new ApiError(
      400,
      'INVALID_ARGUMENT',
      `Requested writing within range [${formatA1(sheet.title, startRow, startColumn, range.endRow, range.endColumn ?? startColumn + 1)}], but tried writing to row [${startRow + values.length}]`,
    );
  }
  if (!anchor && range.endColumn !== null && startColumn + width > range.endColumn) {
    throw new ApiError(
      400,
      'INVALID_ARGUMENT',
      `Requested writing within range [${formatA1(sheet.title, startRow, startColumn, range.endRow ?? startRow + values.length, range.endColumn)}], but tried writing to column [${indexToColumn(startColumn + width - 1)}]`,
    );
  }
  if (startRow + values.length > sheet.rowCount || startColumn + width > sheet.columnCount) {
    throw new ApiError(
      400,
      'INVALID_ARGUMENT',
      `Range (${sheet.title}!${formatA1(sheet.title, startRow, startColumn, startRow + values.length, startColumn + width).split('!')[1]}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`,
    );
  }
  assertEditable(sheet, {
    startRow,
    endRow: startRow + values.length,
    startColumn,
    endColumn: startColumn + width,
  });
  // The request is refused whole: no cell is written when one is too long.
  for (const row of values) for (const value of row) if (typeof value === 'string') assertFitsCell(value);
  values.forEach((row, i) => {
    const target = sheet.cells[startRow + i] ?? [];
    sheet.cells[startRow + i] = target;
    row.forEach((value, j) => {
      // ValueRange.values: "Null values will be skipped. To set a cell to an empty value, set
      // the string value to an empty string." A value replaces the cell's value, not its note.
      if (value === null) return;
      const note = target[startColumn + j]?.note;
      const cell = parseInput(value, option);
      target[startColumn + j] = note === undefined ? cell : { value: '', ...cell, note };
    });
  });
  const updatedCells = values.reduce((n, r) => n + r.length, 0);
  return {
    updatedRange: formatA1(
      sheet.title,
      startRow,
      startColumn,
      startRow + values.length,
      startColumn + Math.max(width, 1),
    ),
    updatedRows: values.length,
    updatedColumns: width,
    updatedCells,
  };
}

/** The last row (exclusive) holding any value in the given columns. */
/** Whether a row holds a value in columns [startColumn, endColumn) (a merge's value is in its top-left cell). */
function rowHasValue(sheet: StoredSheet, r: number, startColumn: number, endColumn: number): boolean {
  const row = sheet.cells[r];
  if (!row) return false;
  for (let c = startColumn; c < Math.min(endColumn, row.length); c++) if (row[c]) return true;
  return false;
}

/**
 * The "table" values.append finds in a range: "The input range is used to search for existing
 * data and find a table within that range. Values will be appended to the next row of the
 * table". The table starts at the first row at or below the range's top that holds a value in
 * the range's columns and runs down while the rows do: a blank row ends it, so a title line and
 * an export note set apart from the data by a blank row are a table of their own. The values go
 * in "starting with the first column of the table": the leftmost of the range's columns that
 * holds a value in one of the table's rows, so a blank column on the left (a column A inserted
 * and left empty) is not part of the table, and the values start to its right. Rows and columns
 * are 0-based, `end` exclusive; null when the range holds no value.
 */
export function appendTable(
  sheet: StoredSheet,
  block: StoredMerge,
): { start: number; end: number; startColumn: number } | null {
  // The range's top-left is where the search starts; the table may run on below the range
  // (appending to 'Sheet1!A1' goes below the whole table that starts there).
  const last = sheet.cells.length;
  let start = block.startRow;
  while (start < last && !rowHasValue(sheet, start, block.startColumn, block.endColumn)) start++;
  if (start >= last) return null;
  let end = start + 1;
  while (end < last && rowHasValue(sheet, end, block.startColumn, block.endColumn)) end++;
  let startColumn = block.startColumn;
  const filledAt = (c: number) => {
    for (let r = start; r < end; r++) if (sheet.cells[r]?.[c]) return true;
    return false;
  };
  while (startColumn + 1 < block.endColumn && !filledAt(startColumn)) startColumn++;
  return { start, end, startColumn };
}

/**
 * InsertDataOption INSERT_ROWS: "Rows are inserted for the new data": the rows from `at` down
 * move `count` rows lower, with their merges and protected ranges (the caller grows the grid).
 */
export function insertRows(sheet: StoredSheet, at: number, count: number): void {
  if (at < sheet.cells.length) {
    const moved = sheet.cells.splice(at);
    for (let k = 0; k < count; k++) sheet.cells.push([]);
    for (const row of moved) sheet.cells.push(row);
  }
  const shift = (m: StoredMerge): StoredMerge => ({
    ...m,
    startRow: m.startRow >= at ? m.startRow + count : m.startRow,
    endRow: m.endRow > at ? m.endRow + count : m.endRow,
  });
  sheet.merges = sheet.merges.map(shift);
  sheet.protectedRanges = sheet.protectedRanges.map(shift);
}

export function lastUsedRow(sheet: StoredSheet, startColumn: number, endColumn: number): number {
  for (let r = sheet.cells.length - 1; r >= 0; r--) {
    const row = sheet.cells[r];
    if (!row) continue;
    for (let c = startColumn; c < Math.min(endColumn, row.length); c++) if (row[c]) return r + 1;
  }
  return 0;
}
