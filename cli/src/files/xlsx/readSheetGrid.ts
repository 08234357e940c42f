import { type Cell, type CellBlock, columnIndexOf, type FormulaCell, type SheetGrid } from '@crm/shared';
import { CellPools, ownedText } from '../cellPool.ts';
import { exceljsRules } from './exceljsRules.ts';
import { parseXmlPieces } from './parseXml.ts';
import { NotForFastRead, partPieces, type SharedString, textRules, type XlsxParts } from './xlsxParts.ts';

type RichRun = { text?: string };
type RawValue = string | { richText: RichRun[] };

/** One `<c>` being read, as exceljs's CellXform holds it. */
interface CellState {
  address: string;
  column: number;
  t: string | undefined;
  styleId: number;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: RawValue | undefined;
  /** Whether the cell has a <v> element, empty or not. */
  hasV: boolean;
}

/** A formula cell's formula as exceljs gives it, and whether a result was saved with it. */
interface ReadFormula {
  text: string;
  cached: boolean;
}

/** Cells by sheet row and column: undefined where exceljs has no cell (plain arrays: no object per cell). */
type Rows = (Cell | undefined)[][];
/** Formulas by sheet row, then column. */
type Formulas = Map<number, Map<number, ReadFormula>>;

const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]*)$/;

/** The 0-based column of an address like AB12 in sheet row `row`; -1 when it is not one. */
function columnInRow(address: string, row: number): number {
  let column = 0;
  let i = 0;
  for (; i < address.length && i < 3; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i === address.length || address.charCodeAt(i) === 48) return -1;
  let number = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    number = number * 10 + code - 48;
  }
  return number === row ? column - 1 : -1;
}

/**
 * A worksheet's grid and formula cells exactly as openWorkbookFile's exceljs reading gives them
 * (see worksheetGrid there), read from its XML with the rules of exceljs's CellXform, RowXform
 * and WorksheetXform: values by the cell's `t`, numbers in date formats as Dates, shared
 * formulas moved to their cell, hyperlinked formulas read as their text, merged ranges showing
 * their first cell's value in every cell. Throws NotForFastRead where exceljs would read
 * differently than this mirrors (or fail).
 */
export async function readSheetGrid(
  parts: XlsxParts,
  sheet: { name: string; path: string },
): Promise<SheetGrid> {
  const rules = exceljsRules();
  const { decodeEscapes } = textRules();
  // Texts as the grid keeps them: each its own string, not a view into saxes's piece of the
  // sheet's XML (which would keep the whole XML text alive), and one string per repeated value.
  const pools = new CellPools(ownedText);
  const pieces = partPieces(parts, sheet.path);
  if (pieces === null) throw new NotForFastRead(`${sheet.path} missing`);
  const rows: Rows = [];
  const formulas: Formulas = new Map();
  const hyperlinkRefs: string[] = [];
  const merges: string[] = [];
  /** Shared formula masters by si: their address and formula. */
  const masters = new Map<string, { address: string; formula: string }>();

  let inSheetData = false;
  let inOrder = true;
  let lastColumn = -1;
  let row: (Cell | undefined)[] | null = null;
  let rowNumber = 0;
  let cell: CellState | null = null;
  // One state object for every cell of the sheet, reset at each <c>.
  const state: CellState = {
    address: '',
    column: 0,
    t: undefined,
    styleId: 0,
    formula: undefined,
    shareType: undefined,
    si: undefined,
    ref: undefined,
    value: undefined,
    hasV: false,
  };
  let node: 'f' | 'v' | 't' | undefined;
  let run: RichRun | null = null;
  let runText: string[] | null = null;
  let inRunProperties = 0;

  const setFormula = (r: number, column: number, formula: ReadFormula | undefined) => {
    let byColumn = formulas.get(r);
    if (formula === undefined) {
      byColumn?.delete(column);
      return;
    }
    if (byColumn === undefined) {
      byColumn = new Map();
      formulas.set(r, byColumn);
    }
    byColumn.set(column, formula);
  };
  const finishCell = (c: CellState, into: (Cell | undefined)[], r: number) => {
    const format = c.styleId ? parts.cellFormats[c.styleId] : undefined;
    const dated = format !== undefined && rules.isDateFmt(format);
    if (c.formula || c.shareType) {
      if (c.shareType !== undefined && c.shareType !== 'shared' && c.shareType !== 'array')
        throw new NotForFastRead(`formula type ${c.shareType}`);
      if (c.value !== undefined && typeof c.value !== 'string')
        throw new NotForFastRead('rich formula result');
      let result: Cell | { error: string } | undefined;
      // A saved result is a <v> with a value, whatever it is: 0 and FALSE are results like any
      // other (exceljs's cell.value drops them; its cell.result keeps them, as openWorkbookFile
      // reads it).
      if (c.value !== undefined && c.value !== '') {
        if (c.t === 'str') result = ownedText(c.value.includes('&') ? rules.xmlDecode(c.value) : c.value);
        else if (c.t === 'b') result = Number.parseInt(c.value, 10) !== 0;
        else if (c.t === 'e') result = { error: ownedText(c.value) };
        else if (c.t !== undefined && c.t !== 'n') throw new NotForFastRead(`cell type ${c.t}`);
        else result = Number.parseFloat(c.value);
      } else if (c.hasV && c.t === 'str') {
        // An empty text result (IF(…,"",…)) is saved as an empty <v>. exceljs loses it and reads
        // the formula as saved without a result; here it is the result it is.
        result = '';
      }
      if (result !== undefined && dated) result = rules.excelToDate(result, parts.date1904);
      let text = c.formula;
      if (c.shareType === 'shared') {
        if (c.ref) {
          if (c.si !== undefined) masters.set(c.si, { address: c.address, formula: c.formula ?? '' });
        } else if (!text) {
          const master = c.si === undefined ? undefined : masters.get(c.si);
          if (!master?.formula) throw new NotForFastRead('shared formula without its master');
          text = rules.slideFormula(master.formula, master.address, c.address);
        }
      }
      if (text === undefined) throw new NotForFastRead('formula without text');
      const value =
        result === undefined || result === null
          ? null
          : typeof result === 'object' && !(result instanceof Date)
            ? result.error
            : result;
      into[c.column] = value;
      setFormula(r, c.column, { text: ownedText(text), cached: result !== undefined });
      return;
    }
    if (c.value === undefined) {
      // exceljs keeps a styled empty cell as Null (left out of the grid) and drops an unstyled
      // one; either way nothing shows, unless a hyperlink makes it a cell (see below).
      if (c.styleId) into[c.column] = undefined;
      if (formulas.has(r)) setFormula(r, c.column, undefined);
      return;
    }
    let value: Cell;
    if (typeof c.value !== 'string') {
      value = pools.cell(c.column, c.value.richText.map((r) => r.text).join(''));
    } else if (c.t === 's') {
      const index = Number.parseInt(c.value, 10);
      if (parts.sharedStrings === null) value = index;
      else {
        const shared: SharedString | undefined = parts.sharedStrings[index];
        if (shared === undefined) throw new NotForFastRead('shared string index');
        value =
          typeof shared === 'string'
            ? shared
            : shared.richText
              ? shared.richText.map((r) => r.text).join('')
              : null;
      }
    } else if (c.t === 'str')
      value = pools.cell(c.column, c.value.includes('&') ? rules.xmlDecode(c.value) : c.value);
    else if (c.t === 'inlineStr') value = pools.cell(c.column, c.value);
    else if (c.t === 'b') value = Number.parseInt(c.value, 10) !== 0;
    else if (c.t === 'e') value = ownedText(c.value);
    else if (c.t !== undefined && c.t !== 'n') throw new NotForFastRead(`cell type ${c.t}`);
    else {
      const number = Number.parseFloat(c.value);
      value = dated ? rules.excelToDate(number, parts.date1904) : number;
    }
    into[c.column] = value;
    if (formulas.has(r)) setFormula(r, c.column, undefined);
  };

  const emptyCells = new Map<number, Set<number>>(); // present but valueless, for hyperlinks

  await parseXmlPieces(pieces, {
    open(tag) {
      const name = tag.name;
      if (cell !== null) {
        if (run !== null) {
          if (inRunProperties > 0 || name === 'rPr') inRunProperties++;
          else if (name === 't') runText = [];
          return;
        }
        switch (name) {
          case 'f':
            node = 'f';
            cell.si = tag.attributes.si;
            cell.shareType = tag.attributes.t;
            cell.ref = tag.attributes.ref;
            return;
          case 'v':
            cell.hasV = true;
            node = name;
            return;
          case 't':
            node = name;
            return;
          case 'r':
            if (typeof cell.value === 'string') throw new NotForFastRead('text and runs in one cell');
            run = {};
            return;
          default:
            return;
        }
      }
      if (!inSheetData) {
        if (name === 'sheetData') inSheetData = true;
        else if (name === 'hyperlink' && tag.attributes['r:id']) hyperlinkRefs.push(tag.attributes.ref ?? '');
        else if (name === 'mergeCell') merges.push(tag.attributes.ref ?? '');
        return;
      }
      if (name === 'row') {
        rowNumber = Number(tag.attributes.r);
        if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new NotForFastRead('row without its number');
        if (rows[rowNumber - 1] !== undefined) throw new NotForFastRead('row twice');
        row = [];
        rows[rowNumber - 1] = row;
        lastColumn = -1;
      } else if (name === 'c') {
        const address = tag.attributes.r ?? '';
        const column = columnInRow(address, rowNumber);
        if (row === null || column < 0) throw new NotForFastRead(`cell address ${address}`);
        const s = tag.attributes.s;
        if (column <= lastColumn) inOrder = false;
        lastColumn = column;
        cell = state;
        cell.address = address;
        cell.column = column;
        cell.t = tag.attributes.t;
        cell.styleId = s ? Number.parseInt(s, 10) : 0;
        cell.formula = undefined;
        cell.shareType = undefined;
        cell.si = undefined;
        cell.ref = undefined;
        cell.value = undefined;
        cell.hasV = false;
        node = undefined;
      }
    },
    text(text) {
      if (cell === null) return;
      if (run !== null) {
        if (runText !== null && inRunProperties === 0) runText.push(text);
        return;
      }
      if (node === 'f') cell.formula = cell.formula ? cell.formula + text : text;
      else if (node === 'v' || node === 't') {
        if (cell.value !== undefined && typeof cell.value !== 'string')
          throw new NotForFastRead('text after runs in one cell');
        cell.value = cell.value ? cell.value + text : text;
      }
    },
    close(name) {
      if (cell !== null) {
        if (run !== null) {
          if (inRunProperties > 0) inRunProperties--;
          else if (name === 't' && runText !== null) {
            run.text = decodeEscapes(runText.join(''));
            runText = null;
          } else if (name === 'r') {
            if (cell.value === undefined) cell.value = { richText: [] };
            if (typeof cell.value === 'string') throw new NotForFastRead('text and runs in one cell');
            cell.value.richText.push(run);
            run = null;
          }
          return;
        }
        if (name === 'c') {
          if (row === null) throw new NotForFastRead('cell outside a row');
          if (cell.value === undefined && !cell.formula && !cell.shareType) {
            const empties = emptyCells.get(rowNumber) ?? new Set<number>();
            empties.add(cell.column);
            emptyCells.set(rowNumber, empties);
          }
          finishCell(cell, row, rowNumber);
          cell = null;
        } else if (name === 'f' || name === 'v' || name === 'is' || name === 't') node = undefined;
        return;
      }
      if (name === 'sheetData') inSheetData = false;
      else if (name === 'row') row = null;
    },
  });

  if (inOrder) parts.cellsInOrder.add(sheet.path);
  applyHyperlinks(rows, formulas, hyperlinkRefs, emptyCells);
  const blocks = applyMerges(rows, formulas, merges);
  const grid = toGrid(sheet.name, rows, formulas);
  if (blocks.length > 0) grid.merges = sortedMerges(blocks);
  return grid;
}

/**
 * Merged ranges top to bottom, left to right: the order both readers give them in, whatever
 * order the file lists them in.
 */
export function sortedMerges(blocks: readonly CellBlock[]): CellBlock[] {
  return [...blocks].sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * exceljs turns a hyperlinked cell's value into {text, hyperlink}: a formula reads as its saved
 * result and is no longer a formula; an empty cell that is there becomes a cell.
 */
function applyHyperlinks(
  rows: Rows,
  formulas: Formulas,
  refs: readonly string[],
  emptyCells: ReadonlyMap<number, ReadonlySet<number>>,
): void {
  for (const ref of refs) {
    const match = ADDRESS.exec(ref);
    if (match === null) continue; // exceljs looks a hyperlink up by the cell's address
    const r = Number(match[2]);
    const c = columnIndexOf(match[1] as string);
    const cells = rows[r - 1];
    if (cells === undefined) continue;
    if (formulas.get(r)?.has(c)) formulas.get(r)?.delete(c);
    else if (cells[c] === undefined && emptyCells.get(r)?.has(c)) cells[c] = null;
  }
}

/**
 * exceljs makes every other cell of a merged range show the first cell's value (creating the
 * cells and rows it needs); a formula there is the first cell's, which exceljs does not give as
 * a formula of the others: that case is read by exceljs.
 */
function applyMerges(rows: Rows, formulas: Formulas, merges: readonly string[]): CellBlock[] {
  const taken = new Set<string>();
  const blocks: CellBlock[] = [];
  for (const ref of merges) {
    const [from, to = from] = ref.split(':');
    const a = ADDRESS.exec(from ?? '');
    const b = ADDRESS.exec(to ?? '');
    if (a === null || b === null) throw new NotForFastRead(`merge ${ref}`);
    const top = Math.min(Number(a[2]), Number(b[2]));
    const bottom = Math.max(Number(a[2]), Number(b[2]));
    const left = Math.min(columnIndexOf(a[1] as string), columnIndexOf(b[1] as string));
    const right = Math.max(columnIndexOf(a[1] as string), columnIndexOf(b[1] as string));
    if ((bottom - top + 1) * (right - left + 1) > 100_000) throw new NotForFastRead('large merge');
    const master = rows[top - 1]?.[left];
    if (formulas.get(top)?.has(left)) throw new NotForFastRead('merged formula');
    blocks.push({ row: top, column: left + 1, rows: bottom - top + 1, columns: right - left + 1 });
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const key = `${r}:${c}`;
        if (taken.has(key)) throw new NotForFastRead('overlapping merges');
        taken.add(key);
        if (r === top && c === left) continue;
        rows[r - 1] ??= [];
        (rows[r - 1] as (Cell | undefined)[])[c] = master ?? null;
        formulas.get(r)?.delete(c);
      }
    }
  }
  return blocks;
}

function toGrid(name: string, rows: Rows, formulas: Formulas): SheetGrid {
  // exceljs leaves out rows without a cell it keeps, the last ones included.
  let end = rows.length;
  while (end > 0 && !rows[end - 1]?.some((cell) => cell !== undefined)) end--;
  const grid: Cell[][] = new Array(end);
  for (let r = 0; r < end; r++) {
    const cells = rows[r];
    if (cells === undefined) {
      grid[r] = [];
      continue;
    }
    let last = cells.length - 1;
    while (last >= 0 && cells[last] === undefined) last--;
    const out: Cell[] = new Array(last + 1);
    for (let c = 0; c <= last; c++) out[c] = cells[c] ?? null;
    grid[r] = out;
  }
  const sheet: SheetGrid = { name, rows: grid };
  const byRow = new Map<number, FormulaCell[]>();
  for (const r of [...formulas.keys()].sort((a, b) => a - b)) {
    const byColumn = formulas.get(r);
    if (!byColumn || byColumn.size === 0 || rows[r - 1]?.every((cell) => cell === undefined)) continue;
    byRow.set(
      r,
      [...byColumn]
        .sort(([a], [b]) => a - b)
        .map(([column, formula]) => ({ column, formula: formula.text, cached: formula.cached })),
    );
  }
  if (byRow.size > 0) sheet.formulas = byRow;
  return sheet;
}
