import { GROUP8_LABELS, LIFECYCLE_LABELS, label, SEGMENT_LABELS, VALUE_TIER_LABELS } from '../i18n/labels.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import type { Language } from '../model/keys.ts';
import { type Cell, sheetRowOf, type TableData } from '../model/table.ts';
import {
  MANAGED_COLUMN_KINDS,
  MANAGED_COLUMN_LABELS,
  MANAGED_COLUMNS,
  type ManagedColumn,
  type ManagedColumnKind,
  managedColumnOf,
} from './managedColumnList.ts';
import { placeManagedColumns } from './placeManagedColumns.ts';

/** Columns that only mean something when the CLV model could be fitted. */
const CLV_COLUMNS: readonly ManagedColumn[] = ['pAlive', 'clv', 'churnRisk'];

/** One managed column as placed in the customer table. */
export interface PlacedManagedColumn {
  key: ManagedColumn;
  /** 0-based column index in the sheet. */
  column: number;
  /** Header text to write. */
  header: string;
  kind: ManagedColumnKind;
}

/**
 * What classify writes into the customer table, as data every adapter applies the same way:
 * the header cells of the managed columns (in `headerRow`) and, for each customer, its values
 * keyed by the sheet row it was read from. Rows between `headerRow + 1` and `lastRow` that are
 * not customers (blank lines) get empty managed cells, so stale values never survive there.
 */
export interface ManagedColumnsWrite {
  headerRow: number;
  /** Last sheet row of the table (blank rows inside it included). */
  lastRow: number;
  columns: PlacedManagedColumn[];
  /** Sheet row → values in `columns` order (made when asked for, see ManagedValues). */
  values: ReadonlyMap<number, Cell[]>;
  /** Width of the table once written. */
  width: number;
}

/**
 * Places the managed columns in the customer table (re-using the ones a previous run wrote, in
 * either language; otherwise to the right of the widest user column) and gives each customer
 * row its values. The P(alive)/CLV/churn columns appear only when `withClv` or when the table
 * already has them (they are then cleared rather than left stale).
 */
export function managedColumnsWrite(
  table: TableData,
  customers: readonly CustomerRow[],
  language: Language,
  withClv: boolean,
): ManagedColumnsWrite {
  const present = new Set(table.header.map(managedColumnOf));
  const keys = MANAGED_COLUMNS.filter((key) => withClv || !CLV_COLUMNS.includes(key) || present.has(key));
  const headers = keys.map((key) => MANAGED_COLUMN_LABELS[key][language]);
  const placement = placeManagedColumns(table.header, usedWidth(table), headers);
  const columns = keys.map(
    (key, k): PlacedManagedColumn => ({
      key,
      column: placement.columns[k] ?? 0,
      header: headers[k] ?? '',
      kind: MANAGED_COLUMN_KINDS[key],
    }),
  );
  return {
    headerRow: table.headerRow ?? 1,
    lastRow: sheetRowOf(table, table.rows.length - 1),
    columns,
    values: new ManagedValues(customers, (customer) => {
      // Each value made alone into the row's array: a million rows written are a million arrays,
      // and no more.
      const cells: Cell[] = new Array(keys.length);
      for (let k = 0; k < keys.length; k++)
        cells[k] = managedValue(customer, keys[k] as ManagedColumn, language);
      return cells;
    }),
    width: placement.width,
  };
}

/**
 * Each customer's managed values by sheet row, made when an adapter asks for a row rather than
 * held for every customer at once: a million customers' values are a million arrays, written
 * once and dropped. Customers come in sheet order, so a row is found by binary search.
 */
class ManagedValues implements ReadonlyMap<number, Cell[]> {
  private readonly customers: readonly CustomerRow[];
  private readonly rows: Int32Array;
  private readonly make: (customer: CustomerRow) => Cell[];
  /** Where indexOf last found a row (−1: none yet). */
  private lastFound = -1;

  constructor(customers: readonly CustomerRow[], make: (customer: CustomerRow) => Cell[]) {
    let ordered = customers;
    for (let i = 1; i < customers.length; i++) {
      if ((customers[i] as CustomerRow).row <= (customers[i - 1] as CustomerRow).row) {
        ordered = [...customers].sort((a, b) => a.row - b.row);
        break;
      }
    }
    this.customers = ordered;
    // A loop, not Int32Array.from with a mapping function: that goes through the iterator
    // protocol, and took half a second on a million customers.
    const rows = new Int32Array(ordered.length);
    for (let i = 0; i < ordered.length; i++) rows[i] = (ordered[i] as CustomerRow).row;
    this.rows = rows;
    this.make = make;
  }

  get size(): number {
    return this.rows.length;
  }

  get(row: number): Cell[] | undefined {
    const at = this.indexOf(row);
    return at < 0 ? undefined : this.make(this.customers[at] as CustomerRow);
  }

  has(row: number): boolean {
    return this.indexOf(row) >= 0;
  }

  *entries(): MapIterator<[number, Cell[]]> {
    for (const customer of this.customers) yield [customer.row, this.make(customer)];
  }

  *keys(): MapIterator<number> {
    for (const customer of this.customers) yield customer.row;
  }

  *values(): MapIterator<Cell[]> {
    for (const customer of this.customers) yield this.make(customer);
  }

  [Symbol.iterator](): MapIterator<[number, Cell[]]> {
    return this.entries();
  }

  forEach(callback: (value: Cell[], row: number, map: ReadonlyMap<number, Cell[]>) => void): void {
    for (const customer of this.customers) callback(this.make(customer), customer.row, this);
  }

  private indexOf(row: number): number {
    const rows = this.rows;
    // Writers ask row after row: the customer after the last one found is the likely one.
    const next = this.lastFound + 1;
    if (rows[next] === row) {
      this.lastFound = next;
      return next;
    }
    let low = 0;
    let high = rows.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = rows[mid] as number;
      if (at === row) {
        this.lastFound = mid;
        return mid;
      }
      if (at < row) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}

/**
 * A customer's value in one managed column: '' when unknown (an empty cell in every adapter); the
 * next follow-up as an ISO date string, which adapters turn into a date cell.
 */
function managedValue(customer: CustomerRow, key: ManagedColumn, language: Language): Cell {
  const c = customer.classification;
  const clv = customer.clv;
  switch (key) {
    case 'r':
      return c.r ?? '';
    case 'f':
      return c.f ?? '';
    case 'm':
      return c.m ?? '';
    case 'segment':
      return label(SEGMENT_LABELS, c.segment, language);
    case 'group8':
      return c.group8 ? label(GROUP8_LABELS, c.group8, language) : '';
    case 'lifecycle':
      return label(LIFECYCLE_LABELS, c.lifecycle, language);
    case 'valueTier':
      return label(VALUE_TIER_LABELS, c.valueTier, language);
    case 'pAlive':
      return clv ? round(clv.pAlive, 3) : '';
    case 'clv':
      return clv ? round(clv.clv, 2) : '';
    case 'churnRisk':
      return clv?.atRisk ? churnRiskNote(clv.pAlive, language) : '';
    case 'nextFollowUp':
      return customer.nextFollowUp ?? '';
  }
}

/**
 * The managed block as a dense grid for one write: the header row, then one line per sheet row
 * from `headerRow + 1` to `lastRow`, in `columns` order (callers pick runs of adjacent columns).
 */
export function managedBlock(write: ManagedColumnsWrite): Cell[][] {
  const empty = write.columns.map(() => '' as Cell);
  const block: Cell[][] = [write.columns.map((c) => c.header)];
  for (let row = write.headerRow + 1; row <= write.lastRow; row++) block.push(write.values.get(row) ?? empty);
  return block;
}

/** Columns in use: the header and every data row up to its last filled cell. */
export function usedWidth(table: TableData): number {
  let width = table.header.length;
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly Cell[];
    for (let i = row.length - 1; i >= width; i--) {
      const cell = row[i];
      if (cell !== null && cell !== undefined && cell !== '') {
        width = i + 1;
        break;
      }
    }
  }
  return width;
}

/**
 * The lifecycle note of a valuable customer the BG/NBD model sees slipping away, e.g.
 * `流失风险高（存活概率 32%）`.
 */
export function churnRiskNote(pAlive: number, language: Language): string {
  return CHURN_RISK_NOTE[language](Math.round(pAlive * 100));
}

const CHURN_RISK_NOTE: Record<Language, (percent: number) => string> = {
  zh: (percent) => `流失风险高（存活概率 ${percent}%）`,
  en: (percent) => `High churn risk (P(alive) ${percent}%)`,
};

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
