/**
 * One spreadsheet's state: its sheets, locale, time zone, owner and protections, with the limits
 * Sheets enforces (10 million cells; protected cells only for their editors and the owner).
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */

import { type Block, contains, intersects } from './block.ts';
import { CELL_LIMIT, CELL_LIMIT_MESSAGE, PROTECTED_MESSAGE, ScriptError } from './scriptError.ts';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, type ProtectionModel, SheetModel } from './sheetModel.ts';
import { type CellValue, typedInput } from './typedInput.ts';

export interface FillOptions {
  /** Strings are read as if typed or imported (dates become date cells, 00423 a number). */
  typed?: boolean;
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  toasts: string[] = [];
  /** Owner of the file: protections never stop the owner. */
  owner: string;
  private nextId = 0;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly locale: string,
    readonly timeZone: string,
    /** The account running the add-on. */
    readonly user: string,
    owner?: string,
  ) {
    this.owner = owner ?? user;
  }

  cellCount(): number {
    let n = 0;
    for (const s of this.sheets) n += s.maxRows * s.maxColumns;
    return n;
  }

  /** Throws as Sheets does when growing by `cells` would pass 10 million cells. */
  checkGrowth(cells: number): void {
    if (cells > 0 && this.cellCount() + cells > CELL_LIMIT) throw new ScriptError(CELL_LIMIT_MESSAGE);
  }

  addSheet(
    name: string,
    index = this.sheets.length,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ): SheetModel {
    this.assertNameFree(name);
    this.checkGrowth(rows * columns);
    const sheet = new SheetModel(this.nextId++, name, rows, columns);
    this.sheets.splice(index, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  /**
   * Sheets keeps sheet names unique regardless of letter case: "orders" stops a new "Orders",
   * from a script, the UI or the REST API alike, while getSheetByName matches the exact name
   * ("Orders" does not find "orders").
   * https://github.com/socialpoint-labs/sheetfu/pull/26 (creating two sheets whose names differ
   * only in case fails, from the UI or the API)
   */
  assertNameFree(name: string, renamed?: SheetModel): void {
    const folded = name.toLowerCase();
    if (this.sheets.some((s) => s !== renamed && s.name.toLowerCase() === folded)) {
      throw new ScriptError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  sheet(name: string): SheetModel {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet named ${name} in the double`);
    return sheet;
  }

  /**
   * Puts rows of values into a sheet (test set-up; not counted as service calls). A new sheet
   * of up to 1000 rows has the default 1000 × 26 grid; a larger one is sized to its data, as an
   * imported file is. `typed` reads strings as Sheets reads typed or imported text (numbers and
   * dates; text that would be a formula stays text, as its author must have kept it). A Date is
   * the cell's wall clock (its UTC fields): `new Date(Date.UTC(2026, 9, 1))` is 1 October 2026.
   */
  fill(name: string, rows: CellValue[][], options: FillOptions = {}): SheetModel {
    let width = 0;
    // A loop, not Math.max(...rows): a 1M-row Orders sheet would overflow the call stack.
    for (const r of rows) if (r.length > width) width = r.length;
    const existing = this.sheets.find((s) => s.name === name);
    const sheet =
      existing ??
      (rows.length > DEFAULT_ROWS
        ? this.addSheet(name, this.sheets.length, rows.length, Math.max(width, 1))
        : this.addSheet(name));
    sheet.maxRows = Math.max(sheet.maxRows, rows.length);
    sheet.maxColumns = Math.max(sheet.maxColumns, width);
    if (!options.typed) {
      sheet.values = rows.map((r) => [...r]);
      return sheet;
    }
    // As a person keeps them: text that would read as a formula was entered as text.
    const context = { plainText: false, formulas: false, locale: this.locale, timeZone: this.timeZone };
    sheet.values = rows.map((r, i) =>
      r.map((v, j) => {
        if (v instanceof Date) return v;
        const cell = typedInput(v, context);
        if (cell.formula) sheet.setFormula(i + 1, j + 1, cell.formula);
        return cell.value;
      }),
    );
    return sheet;
  }

  /** A protection that stops this user (warning-only ones only warn in the UI). */
  private blocks(p: ProtectionModel): boolean {
    return !p.warningOnly && this.user !== this.owner && !p.editors.has(this.user);
  }

  canEdit(p: ProtectionModel): boolean {
    return this.user === this.owner || p.editors.has(this.user);
  }

  /** Throws Sheets' message when the block lies in a protection this user may not edit. */
  assertEditable(sheet: SheetModel, block: Block): void {
    for (const p of sheet.protections) {
      if (!this.blocks(p)) continue;
      const hit = p.block ? intersects(p.block, block) : !p.unprotected.some((u) => contains(u, block));
      if (hit) throw new ScriptError(PROTECTED_MESSAGE);
    }
  }

  /** Inserting, deleting or renaming: stopped by a sheet protection, or by a range inside `band`. */
  assertStructure(sheet: SheetModel, band?: Block): void {
    for (const p of sheet.protections) {
      if (!this.blocks(p)) continue;
      if (!p.block || (band && intersects(p.block, band))) throw new ScriptError(PROTECTED_MESSAGE);
    }
  }

  /** Test set-up: protects a block (or the whole sheet) so that only `editors` and the owner may edit it. */
  protect(sheetName: string, block: Block | null, editors: string[] = []): ProtectionModel {
    const protection: ProtectionModel = {
      type: block ? 'RANGE' : 'SHEET',
      block,
      editors: new Set(editors),
      warningOnly: false,
      description: '',
      unprotected: [],
    };
    this.sheet(sheetName).protections.push(protection);
    return protection;
  }
}
