import type { SheetGrid } from '../jobs/sheetGrid.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { noteAt } from './cellAsides.ts';
import type { PersonFindings, PersonMention } from './findPerson.ts';
import type { OrderErasureMode } from './orderErasureModes.ts';
import type { PrivacySheet } from './privacySheets.ts';
import { redactMentions } from './textMentions.ts';

/** Fields of an order or complaint row that say nothing about who the customer was. */
const KEPT_FIELDS: Record<'orders' | 'complaints', readonly string[]> = {
  orders: ['date', 'amount', 'orderId', 'product', 'quantity', 'status'],
  complaints: ['openedDate', 'stage', 'stageDate', 'closedDate', 'satisfaction', 'owner'],
};

/** One cell to set: sheet row (1-based), column (0-based) and the new value (null: empty). */
export interface CellEdit {
  row: number;
  column: number;
  value: Cell;
}

/** One cell's note to set: sheet row (1-based), column (0-based) and the new text (null: remove the note). */
export interface NoteEdit {
  row: number;
  column: number;
  note: string | null;
}

/**
 * What erasure changes in one sheet. Apply `edits` and `notes` first, then delete `deleteRows`,
 * which are in descending order so that each deletion leaves the numbers of the rows still to
 * delete as they were. An edit replaces the cell's formula too: a formula that held the person's
 * data becomes its displayed value as plain text or a number.
 */
export interface SheetErasure {
  sheet: string;
  deleteRows: number[];
  edits: CellEdit[];
  notes: NoteEdit[];
}

export interface ErasureCounts {
  /** Cells that held the person's data before. */
  places: number;
  /** Rows deleted, those of the deleted copies (`deleteSheets`) included. */
  rowsDeleted: number;
  /** Cells emptied (a reference, or a cell of a kept order row that could identify). */
  cellsCleared: number;
  /**
   * Cells whose text, formula or note named the person among other words, with those words
   * replaced by a mark (a cell is counted once, whichever of its parts changed).
   */
  cellsRedacted: number;
  /** Sheets changed or deleted. */
  sheets: number;
}

/** An erasure as data: adapters apply it to a file, a Google Sheet or the add-on's spreadsheet. */
export interface ErasurePlan {
  sheets: SheetErasure[];
  /**
   * Copies of the person's data the toolkit made (个人信息副本 / Personal data copy) that hold
   * their data: deleted whole, since erasure must leave no copy behind.
   */
  deleteSheets: string[];
  counts: ErasureCounts;
}

export interface ErasureOptions {
  orders: OrderErasureMode;
  /** What replaces the person's name, email … inside a longer text ([已删除] / [erased]). */
  marker: string;
}

/**
 * The changes that remove a person found by findPerson: their customer rows (in the customer
 * table, backups and any other table of people) and their follow-up tasks are deleted; their
 * orders and complaints lose what identifies them (see ORDER_ERASURE_MODES); every other cell
 * that names them has those words replaced by `marker`, and a cell that was nothing but such
 * words (or a number) is emptied. A formula that names them is replaced by the value it showed,
 * redacted the same way; a note that names them is redacted, or removed when nothing else is
 * left. A copy of their data the toolkit exported is deleted. Nothing else changes.
 */
export function planErasure(findings: PersonFindings, options: ErasureOptions): ErasurePlan {
  const bySheet = new Map<string, SheetErasure>();
  const entry = (sheet: string) => {
    let found = bySheet.get(sheet);
    if (!found) {
      found = { sheet, deleteRows: [], edits: [], notes: [] };
      bySheet.set(sheet, found);
    }
    return found;
  };
  const sheets = new Map(findings.sheets.map((s) => [s.grid.name, s]));
  const deleted = new Set<string>();
  const cleared = new Set<string>();
  let cellsCleared = 0;
  let cellsRedacted = 0;
  for (const row of findings.rows) {
    const sheet = sheets.get(row.sheet) as PrivacySheet;
    const target = entry(row.sheet);
    if (row.role === 'customer' || row.role === 'followUp' || options.orders === 'delete-rows') {
      target.deleteRows.push(row.row);
      deleted.add(`${row.sheet}\u0000${row.row}`);
      continue;
    }
    const kept = new Set(
      KEPT_FIELDS[row.role === 'order' ? 'orders' : 'complaints'].flatMap((field) => {
        const column = sheet.columns[field];
        return column === undefined ? [] : [column];
      }),
    );
    row.cells.forEach((cell, column) => {
      if (kept.has(column) || cellToText(cell).trim() === '') return;
      target.edits.push({ row: row.row, column, value: null });
      cleared.add(`${row.sheet}\u0000${row.row}\u0000${column}`);
      cellsCleared++;
    });
  }
  const copies = new Set<string>();
  const changed = new Set<string>();
  // Each cell is counted once, a cell of a kept order row emptied above included.
  const count = (at: string, value: unknown) => {
    if (changed.has(at) || cleared.has(at)) return;
    changed.add(at);
    if (value === null) cellsCleared++;
    else cellsRedacted++;
  };
  for (const cell of mentionsByCell(findings.mentions)) {
    const sheet = sheets.get(cell.sheet) as PrivacySheet;
    if (sheet.kind === 'copy') {
      copies.add(cell.sheet);
      continue;
    }
    if (deleted.has(`${cell.sheet}\u0000${cell.row}`)) continue;
    const at = `${cell.sheet}\u0000${cell.row}\u0000${cell.column}`;
    const value = sheet.grid.rows[cell.row - 1]?.[cell.column] ?? null;
    if ((cell.value || cell.formula) && !cleared.has(at)) {
      const edited = erasedValue(value, cell.value, options.marker);
      entry(cell.sheet).edits.push({ row: cell.row, column: cell.column, value: edited });
      count(at, edited);
    }
    if (cell.note) {
      const note = redactedText(noteAt(sheet.grid, cell.row, cell.column), cell.note, options.marker);
      entry(cell.sheet).notes.push({ row: cell.row, column: cell.column, note });
      count(at, note);
    }
  }
  const planned = [...bySheet.values()].filter(
    (s) => !copies.has(s.sheet) && s.deleteRows.length + s.edits.length + s.notes.length > 0,
  );
  for (const sheet of planned) sheet.deleteRows.sort((a, b) => b - a);
  const copyRows = [...copies].reduce((sum, name) => sum + filledRows(sheets.get(name)?.grid.rows ?? []), 0);
  return {
    sheets: planned,
    deleteSheets: [...copies],
    counts: {
      places: findings.places.length,
      rowsDeleted: deleted.size + copyRows,
      cellsCleared,
      cellsRedacted,
      sheets: planned.length + copies.size,
    },
  };
}

/** The parts of one cell that name the person: its value, its formula, its note. */
interface CellMentions {
  sheet: string;
  row: number;
  column: number;
  value?: PersonMention['mentions'];
  formula?: PersonMention['mentions'];
  note?: PersonMention['mentions'];
}

function mentionsByCell(mentions: readonly PersonMention[]): CellMentions[] {
  const cells = new Map<string, CellMentions>();
  for (const m of mentions) {
    const at = `${m.sheet}\u0000${m.row}\u0000${m.column}`;
    let cell = cells.get(at);
    if (!cell) {
      cell = { sheet: m.sheet, row: m.row, column: m.column };
      cells.set(at, cell);
    }
    cell[m.part ?? 'value'] = m.mentions;
  }
  return [...cells.values()];
}

/**
 * What a cell becomes: its text with the person's words marked (emptied when nothing else is
 * left, or when the value naming them is a number or date); a formula naming them only in its
 * text gives way to the value it showed.
 */
function erasedValue(cell: Cell, mentions: PersonMention['mentions'] | undefined, marker: string): Cell {
  if (mentions === undefined) return cellToText(cell).trim() === '' ? null : cell;
  if (typeof cell !== 'string') return null;
  return redactedText(cell, mentions, marker);
}

/** A text with the person's words replaced by `marker`; null when nothing but marks would be left. */
function redactedText(text: string, mentions: PersonMention['mentions'], marker: string): string | null {
  const redacted = redactMentions(text, mentions, marker);
  const onlyMarks =
    redacted
      .split(marker)
      .join('')
      .replace(/[\s,;、，；/|·()（）]+/g, '') === '';
  return onlyMarks ? null : redacted;
}

function filledRows(rows: readonly (readonly Cell[])[]): number {
  return rows.filter((cells) => cells.some((cell) => cellToText(cell).trim() !== '')).length;
}

/**
 * The grids after an erasure plan (edits, then deletions, without the deleted copies): how a file
 * adapter of values only (a CSV) applies it.
 */
export function applyErasure(grids: readonly SheetGrid[], plan: ErasurePlan): SheetGrid[] {
  const bySheet = new Map(plan.sheets.map((s) => [s.sheet, s]));
  const gone = new Set(plan.deleteSheets);
  return grids
    .filter((grid) => !gone.has(grid.name))
    .map((grid) => {
      const erasure = bySheet.get(grid.name);
      if (!erasure) return grid;
      const rows = grid.rows.map((row) => [...row]);
      for (const edit of erasure.edits) {
        const cells = rows[edit.row - 1];
        if (cells) cells[edit.column] = edit.value;
      }
      for (const row of erasure.deleteRows) rows.splice(row - 1, 1);
      const { formulas: _formulas, notes: _notes, ...rest } = grid;
      return { ...rest, rows };
    });
}
