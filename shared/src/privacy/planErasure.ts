import type { SheetGrid } from '../jobs/sheetGrid.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import type { PersonFindings } from './findPerson.ts';
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

/**
 * What erasure changes in one sheet. Apply `edits` first, then delete `deleteRows`, which are in
 * descending order so that each deletion leaves the numbers of the rows still to delete as they were.
 */
export interface SheetErasure {
  sheet: string;
  deleteRows: number[];
  edits: CellEdit[];
}

export interface ErasureCounts {
  /** Cells that held the person's data before. */
  places: number;
  rowsDeleted: number;
  /** Cells emptied (a reference, or a cell of a kept order row that could identify). */
  cellsCleared: number;
  /** Cells whose text named the person among other words, with those words replaced by a mark. */
  cellsRedacted: number;
  sheets: number;
}

/** An erasure as data: adapters apply it to a file, a Google Sheet or the add-on's spreadsheet. */
export interface ErasurePlan {
  sheets: SheetErasure[];
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
 * words (or a number) is emptied. Nothing else changes.
 */
export function planErasure(findings: PersonFindings, options: ErasureOptions): ErasurePlan {
  const bySheet = new Map<string, SheetErasure>();
  const entry = (sheet: string) => {
    let found = bySheet.get(sheet);
    if (!found) {
      found = { sheet, deleteRows: [], edits: [] };
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
  for (const mention of findings.mentions) {
    if (deleted.has(`${mention.sheet}\u0000${mention.row}`)) continue;
    if (cleared.has(`${mention.sheet}\u0000${mention.row}\u0000${mention.column}`)) continue;
    const grid = sheets.get(mention.sheet)?.grid;
    const cell = grid?.rows[mention.row - 1]?.[mention.column] ?? null;
    const text = cellToText(cell);
    const redacted = redactMentions(text, mention.mentions, options.marker);
    const onlyMarks =
      redacted
        .split(options.marker)
        .join('')
        .replace(/[\s,;、，；/|·()（）]+/g, '') === '';
    const value: Cell = typeof cell !== 'string' || onlyMarks ? null : redacted;
    entry(mention.sheet).edits.push({ row: mention.row, column: mention.column, value });
    if (value === null) cellsCleared++;
    else cellsRedacted++;
  }
  const planned = [...bySheet.values()].filter((s) => s.deleteRows.length + s.edits.length > 0);
  for (const sheet of planned) sheet.deleteRows.sort((a, b) => b - a);
  return {
    sheets: planned,
    counts: {
      places: findings.places.length,
      rowsDeleted: deleted.size,
      cellsCleared,
      cellsRedacted,
      sheets: planned.length,
    },
  };
}

/** The grids after an erasure plan (edits, then deletions): how a file adapter applies it. */
export function applyErasure(grids: readonly SheetGrid[], plan: ErasurePlan): SheetGrid[] {
  const bySheet = new Map(plan.sheets.map((s) => [s.sheet, s]));
  return grids.map((grid) => {
    const erasure = bySheet.get(grid.name);
    if (!erasure) return grid;
    const rows = grid.rows.map((row) => [...row]);
    for (const edit of erasure.edits) {
      const cells = rows[edit.row - 1];
      if (cells) cells[edit.column] = edit.value;
    }
    for (const row of erasure.deleteRows) rows.splice(row - 1, 1);
    const { formulas: _dropped, ...rest } = grid;
    return { ...rest, rows };
  });
}
