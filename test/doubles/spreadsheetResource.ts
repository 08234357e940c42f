/**
 * spreadsheets.get of the REST double: the Spreadsheet resource (properties, each sheet's
 * SheetProperties and merges) and, when asked for, its grid data, cut down to the `fields` mask.
 * "By default, data within grids is not returned. You can include grid data in one of 2 ways:
 * specify a field mask listing your desired fields using the fields URL parameter, or set the
 * includeGridData URL parameter to true. If a field mask is set, the includeGridData parameter
 * is ignored." With `ranges`, only the sheets the ranges name are returned, with the part of the
 * grid inside them. Fields at their default value (false, 0, empty lists) are left out, as the
 * API's JSON leaves them out. (Sheets API v4, spreadsheets.get; GridData; CellData.)
 */
import { parseA1 } from './a1.ts';
import {
  ApiError,
  type ApiValue,
  bound,
  findSheet,
  hiddenByMerge,
  type StoredSheet,
  type StoredSpreadsheet,
} from './sheetsStore.ts';

type Json = Record<string, unknown>;

export function sheetProperties(sheet: StoredSheet) {
  return {
    sheetId: sheet.sheetId,
    title: sheet.title,
    index: sheet.index,
    sheetType: 'GRID',
    gridProperties: {
      rowCount: sheet.rowCount,
      columnCount: sheet.columnCount,
      ...(sheet.frozenRowCount ? { frozenRowCount: sheet.frozenRowCount } : {}),
    },
    ...(sheet.hidden ? { hidden: true } : {}),
  };
}

export function spreadsheetResource(book: StoredSpreadsheet, params: URLSearchParams): Json {
  const mask = params.get('fields');
  const withData =
    mask !== null
      ? maskAsks(parseFieldMask(mask), ['sheets', 'data'])
      : params.get('includeGridData') === 'true';
  const ranges = params.getAll('ranges').map((text) => {
    const range = parseA1(text);
    if (!range) throw new ApiError(400, 'INVALID_ARGUMENT', `Unable to parse range: ${text}`);
    return { range, sheet: findSheet(book, range.sheetTitle) };
  });
  const sheets = ranges.length > 0 ? [...new Set(ranges.map((r) => r.sheet))] : book.sheets;
  const resource: Json = {
    spreadsheetId: book.spreadsheetId,
    properties: { title: book.title, locale: book.locale, timeZone: book.timeZone },
    sheets: sheets.map((sheet) => {
      const entry: Json = { properties: sheetProperties(sheet) };
      if (sheet.merges.length > 0)
        entry.merges = sheet.merges.map((m) => ({
          sheetId: sheet.sheetId,
          startRowIndex: m.startRow,
          endRowIndex: m.endRow,
          startColumnIndex: m.startColumn,
          endColumnIndex: m.endColumn,
        }));
      if (withData) {
        const own = ranges.filter((r) => r.sheet === sheet);
        entry.data = (
          own.length > 0
            ? own.map((r) => bound(sheet, r.range))
            : [
                bound(sheet, {
                  sheetTitle: null,
                  startRow: null,
                  endRow: null,
                  startColumn: null,
                  endColumn: null,
                }),
              ]
        ).map((b) => gridData(sheet, b));
      }
      return entry;
    }),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${book.spreadsheetId}/edit`,
  };
  return mask === null ? resource : (applyFieldMask(resource, parseFieldMask(mask)) as Json);
}

/** GridData of a block: rowData from its first row, each row's values up to its last cell with anything in it. */
function gridData(sheet: StoredSheet, b: ReturnType<typeof bound>): Json {
  const rowData: Json[] = [];
  const endRow = Math.min(b.endRow, sheet.rowCount);
  for (let r = b.startRow; r < endRow; r++) {
    const values: Json[] = [];
    for (let c = b.startColumn; c < Math.min(b.endColumn, sheet.columnCount); c++) {
      values.push(hiddenByMerge(sheet, r, c) ? noteOnly(sheet, r, c) : cellData(sheet, r, c));
    }
    while (values.length > 0 && Object.keys(values[values.length - 1] as Json).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  while (rowData.length > 0 && Object.keys(rowData[rowData.length - 1] as Json).length === 0) rowData.pop();
  return {
    ...(b.startRow > 0 ? { startRow: b.startRow } : {}),
    ...(b.startColumn > 0 ? { startColumn: b.startColumn } : {}),
    ...(rowData.length > 0 ? { rowData } : {}),
  };
}

function noteOnly(sheet: StoredSheet, r: number, c: number): Json {
  const note = sheet.cells[r]?.[c]?.note;
  return note === undefined ? {} : { note };
}

/** CellData: userEnteredValue (a formula as formulaValue), effectiveValue, formattedValue, note. */
function cellData(sheet: StoredSheet, r: number, c: number): Json {
  const cell = sheet.cells[r]?.[c];
  if (!cell) return {};
  const out: Json = {};
  const hasValue = cell.formula !== undefined || cell.value !== '';
  if (hasValue) {
    out.userEnteredValue =
      cell.formula !== undefined ? { formulaValue: cell.formula } : extendedValue(cell.value);
    out.effectiveValue = extendedValue(cell.value);
    out.formattedValue =
      typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value);
  }
  if (cell.note !== undefined) out.note = cell.note;
  return out;
}

function extendedValue(value: ApiValue): Json {
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  return { stringValue: value };
}

/** A field mask as a tree: `a,b(c,d.e)` and `b/c` name the same kind of paths. */
export type FieldTree = Map<string, FieldTree | true>;

export function parseFieldMask(text: string): FieldTree {
  let i = 0;
  const parseList = (): FieldTree => {
    const tree: FieldTree = new Map();
    while (i < text.length && text[i] !== ')') {
      const start = i;
      while (i < text.length && !',()'.includes(text[i] as string)) i++;
      const path = text
        .slice(start, i)
        .trim()
        .split(/[./]/)
        .filter((p) => p !== '');
      let sub: FieldTree | true = true;
      if (text[i] === '(') {
        i++;
        sub = parseList();
        if (text[i] !== ')') throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid field selection ${text}`);
        i++;
      }
      if (path.length === 0) throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid field selection ${text}`);
      add(tree, path, sub);
      if (text[i] === ',') i++;
    }
    return tree;
  };
  const tree = parseList();
  if (i !== text.length) throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid field selection ${text}`);
  return tree;
}

function add(tree: FieldTree, path: readonly string[], leaf: FieldTree | true): void {
  const [head, ...rest] = path as [string, ...string[]];
  const existing = tree.get(head);
  if (existing === true) return;
  if (rest.length === 0) {
    if (existing === undefined || leaf === true) tree.set(head, leaf);
    else for (const [k, v] of leaf) existing.set(k, v);
    return;
  }
  const sub = existing ?? new Map();
  tree.set(head, sub);
  add(sub, rest, leaf);
}

/** Whether the mask selects anything under `path` (a whole parent counts). */
export function maskAsks(tree: FieldTree, path: readonly string[]): boolean {
  let node: FieldTree | true = tree;
  for (const key of path) {
    if (node === true) return true;
    const next: FieldTree | true | undefined = node.get(key);
    if (next === undefined) return false;
    node = next;
  }
  return true;
}

/** The parts of a JSON value the mask selects (lists: the mask applies to each element). */
export function applyFieldMask(value: unknown, tree: FieldTree | true): unknown {
  if (tree === true) return value;
  if (Array.isArray(value)) return value.map((v) => applyFieldMask(v, tree));
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, sub] of tree) {
    const v = (value as Json)[key];
    if (v !== undefined) out[key] = applyFieldMask(v, sub);
  }
  return out;
}
