/**
 * One sheet's state: a grid of maxRows × maxColumns cells (a new sheet is 1000 × 26), the stored
 * values, formulas, formats, validation, merges, protections and charts. Inserting or deleting
 * rows and columns moves everything keyed by cell along with the cells, as Sheets does.
 */
import type { Block } from './block.ts';
import { CellProps } from './cellProps.ts';
import type { ChartRecord } from './charts.ts';
import type { DataValidation } from './dataValidation.ts';
import { isDateFormat } from './numberFormats.ts';
import { isoDayOfWallClock, wallClockOfSerial } from './timeZones.ts';
import type { CellValue } from './typedInput.ts';

export interface ProtectionModel {
  type: 'RANGE' | 'SHEET';
  /** The protected block (RANGE), or null for the whole sheet. */
  block: Block | null;
  /** Who may edit besides the owner. */
  editors: Set<string>;
  warningOnly: boolean;
  description: string;
  /** Exceptions of a sheet protection. */
  unprotected: Block[];
}

export type { Block };

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

const key = (row: number, column: number) => `${row},${column}`;

export class SheetModel {
  values: CellValue[][] = [];
  formulas = new Map<string, string>();
  /** Number formats, fonts, backgrounds and notes, by property. */
  formats = new CellProps();
  validations = new Map<string, DataValidation>();
  merges: Block[] = [];
  protections: ProtectionModel[] = [];
  charts: ChartRecord[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  hidden = false;

  constructor(
    readonly sheetId: number,
    public name: string,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  lastRow(): number {
    for (let r = this.values.length - 1; r >= 0; r--) if (this.values[r]?.some((v) => v !== '')) return r + 1;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.values) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) if (row[c] !== '' && row[c] !== undefined) last = c + 1;
    }
    return last;
  }

  get(row: number, column: number): CellValue {
    return this.values[row - 1]?.[column - 1] ?? '';
  }

  set(row: number, column: number, value: CellValue): void {
    let target = this.values[row - 1];
    if (!target) {
      target = [];
      this.values[row - 1] = target;
    }
    while (target.length < column - 1) target.push('');
    target[column - 1] = value;
  }

  /** Every format property of one cell (number format, note, font…). */
  format(row: number, column: number): Record<string, unknown> {
    return this.formats.all(row, column);
  }

  /** The cell's number format as getNumberFormat reports it ('General' when automatic). */
  numberFormat(row: number, column: number): string {
    return (this.formats.get('numberFormat', row, column) as string | undefined) ?? 'General';
  }

  /**
   * The calendar day a date cell shows (YYYY-MM-DD): a date value, or a number with a date
   * format; null for any other cell.
   */
  dayAt(row: number, column: number): string | null {
    const v = this.get(row, column);
    if (v instanceof Date) return isoDayOfWallClock(v.getTime());
    if (typeof v === 'number' && isDateFormat(this.numberFormat(row, column)))
      return isoDayOfWallClock(wallClockOfSerial(v));
    return null;
  }

  formula(row: number, column: number): string {
    return this.formulas.get(key(row, column)) ?? '';
  }

  setFormula(row: number, column: number, formula: string | null): void {
    if (formula === null) this.formulas.delete(key(row, column));
    else this.formulas.set(key(row, column), formula);
  }

  validation(row: number, column: number): DataValidation | undefined {
    return this.validations.get(key(row, column));
  }

  setValidation(row: number, column: number, rule: DataValidation | null): void {
    if (rule) this.validations.set(key(row, column), rule);
    else this.validations.delete(key(row, column));
  }

  insertColumns(after: number, howMany: number): void {
    for (const row of this.values)
      if (row && row.length > after) row.splice(after, 0, ...Array(howMany).fill(''));
    this.maxColumns += howMany;
    this.formats.insertColumns(after + 1, howMany);
    this.shift('column', after + 1, howMany);
  }

  deleteColumns(position: number, howMany: number): void {
    for (const row of this.values) row?.splice(position - 1, howMany);
    this.maxColumns -= howMany;
    this.formats.deleteColumns(position, howMany);
    this.shift('column', position, -howMany);
  }

  insertRows(after: number, howMany: number): void {
    if (this.values.length > after)
      this.values.splice(after, 0, ...Array.from({ length: howMany }, () => [] as CellValue[]));
    this.maxRows += howMany;
    this.formats.insertRows(after + 1, howMany);
    this.shift('row', after + 1, howMany);
  }

  deleteRows(position: number, howMany: number): void {
    this.values.splice(position - 1, howMany);
    this.maxRows -= howMany;
    this.formats.deleteRows(position, howMany);
    this.shift('row', position, -howMany);
  }

  /**
   * Moves what is keyed by cell from `from` on by `delta` rows or columns; with a negative delta
   * the deleted band (from … from − delta − 1) is dropped.
   */
  private shift(axis: 'row' | 'column', from: number, delta: number): void {
    const moved = (row: number, column: number): [number, number] | null => {
      const at = axis === 'row' ? row : column;
      if (at < from) return [row, column];
      if (delta < 0 && at < from - delta) return null;
      return axis === 'row' ? [row + delta, column] : [row, column + delta];
    };
    const rekey = <T>(map: Map<string, T>): Map<string, T> => {
      const out = new Map<string, T>();
      for (const [k, v] of map) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        const to = moved(r, c);
        if (to) out.set(key(to[0], to[1]), v);
      }
      return out;
    };
    this.formulas = rekey(this.formulas);
    this.validations = rekey(this.validations);
    const shiftBlock = (b: Block): Block | null => {
      const start = axis === 'row' ? b.row : b.column;
      const size = axis === 'row' ? b.rows : b.columns;
      let s = start;
      let n = size;
      if (delta > 0) {
        if (start >= from) s += delta;
        else if (start + size > from) n += delta;
      } else {
        const gone = -delta;
        const overlap = Math.max(0, Math.min(start + size, from + gone) - Math.max(start, from));
        n -= overlap;
        if (start >= from + gone) s -= gone;
        else if (start >= from) s = from;
      }
      if (n <= 0) return null;
      return axis === 'row' ? { ...b, row: s, rows: n } : { ...b, column: s, columns: n };
    };
    this.merges = this.merges.flatMap((m) => shiftBlock(m) ?? []);
    for (const p of this.protections) {
      if (p.block) p.block = shiftBlock(p.block) ?? { ...p.block, rows: 0, columns: 0 };
      p.unprotected = p.unprotected.flatMap((b) => shiftBlock(b) ?? []);
    }
    this.protections = this.protections.filter((p) => !p.block || (p.block.rows > 0 && p.block.columns > 0));
  }
}
