/**
 * In-memory SpreadsheetApp objects (Spreadsheet, Sheet, Range) following the Apps Script
 * reference: 1-based coordinates, getValues() returns a 2-D array with '' for empty cells,
 * numbers as numbers and dates as Date objects; setValues() throws when the array's size differs
 * from the range's; ranges outside the grid throw. https://developers.google.com/apps-script/reference/spreadsheet
 */
import type { CallCounter } from './callCounter.ts';

export type CellValue = string | number | boolean | Date;

export class ScriptError extends Error {
  override name = 'Exception';
}

interface ChartRecord {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: [number, number, number, number];
}

export class DataValidation {
  constructor(
    readonly criteria: string,
    readonly args: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType() {
    return this.criteria;
  }
  getCriteriaValues() {
    return this.args;
  }
  getAllowInvalid() {
    return this.allowInvalid;
  }
  getHelpText() {
    return this.helpText;
  }
}

export class DataValidationBuilder {
  private criteria = 'ANY';
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  private set(criteria: string, ...args: unknown[]) {
    this.criteria = criteria;
    this.args = args;
    return this;
  }
  requireDate() {
    return this.set('DATE_IS_VALID_DATE');
  }
  requireTextIsEmail() {
    return this.set('TEXT_IS_VALID_EMAIL');
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  requireNumberBetween(a: number, b: number) {
    return this.set('NUMBER_BETWEEN', a, b);
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.set('VALUE_IN_LIST', values, showDropdown);
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string) {
    this.helpText = text;
    return this;
  }
  build() {
    return new DataValidation(this.criteria, this.args, this.allowInvalid, this.helpText);
  }
}

export class SheetModel {
  values: CellValue[][] = [];
  formulas = new Map<string, string>();
  formats = new Map<string, Record<string, unknown>>();
  validations = new Map<string, DataValidation>();
  merges: { row: number; column: number; rows: number; columns: number }[] = [];
  charts: ChartRecord[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  hidden = false;
  constructor(
    readonly sheetId: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  lastRow(): number {
    for (let r = this.values.length - 1; r >= 0; r--) if (this.values[r]?.some((v) => v !== '')) return r + 1;
    return 0;
  }
  lastColumn(): number {
    let last = 0;
    for (const row of this.values) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) if (row[c] !== '') last = c + 1;
    }
    return last;
  }
  get(row: number, column: number): CellValue {
    return this.values[row - 1]?.[column - 1] ?? '';
  }
  set(row: number, column: number, value: CellValue) {
    let target = this.values[row - 1];
    if (!target) {
      target = [];
      this.values[row - 1] = target;
    }
    while (target.length < column - 1) target.push('');
    target[column - 1] = value;
  }
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  toasts: string[] = [];
  private nextId = 0;
  constructor(
    readonly id: string,
    readonly name: string,
    readonly locale: string,
    readonly timeZone: string,
  ) {}
  addSheet(name: string, index = this.sheets.length, rows = 1000, columns = 26): SheetModel {
    if (this.sheets.some((s) => s.name === name)) {
      throw new ScriptError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new SheetModel(this.nextId++, name, rows, columns);
    this.sheets.splice(index, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }
  /** Puts rows of values into a sheet (test set-up; not counted as service calls). */
  fill(name: string, rows: CellValue[][]): SheetModel {
    const sheet = this.sheets.find((s) => s.name === name) ?? this.addSheet(name);
    sheet.maxRows = Math.max(sheet.maxRows, rows.length);
    // A loop, not Math.max(...rows): a 1M-row Orders sheet would overflow the call stack.
    for (const r of rows) if (r.length > sheet.maxColumns) sheet.maxColumns = r.length;
    sheet.values = rows.map((r) => [...r]);
    return sheet;
  }
}

const a1Column = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

function parseA1(a1: string): { row: number; column: number; rows: number | null; columns: number | null } {
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i.exec(a1);
  if (!m || (!m[1] && !m[2])) throw new ScriptError('Range not found');
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const column = m[1] ? col(m[1]) : 1;
  const row = m[2] ? Number(m[2]) : 1;
  if (!a1.includes(':')) return { row, column, rows: 1, columns: 1 };
  const endColumn = m[3] ? col(m[3]) : null;
  const endRow = m[4] ? Number(m[4]) : null;
  return {
    row,
    column,
    rows: endRow === null ? null : endRow - row + 1,
    columns: endColumn === null ? null : endColumn - column + 1,
  };
}

/** Builds the Apps Script objects over the models, counting every service call. */
export class SpreadsheetService {
  constructor(
    private readonly book: SpreadsheetModel,
    private readonly calls: CallCounter,
  ) {}

  spreadsheet() {
    const { book, calls } = this;
    return calls.wrap('Spreadsheet', {
      getId: () => book.id,
      getName: () => book.name,
      getSpreadsheetLocale: () => book.locale,
      getSpreadsheetTimeZone: () => book.timeZone,
      getSheets: () => book.sheets.map((s) => this.sheet(s)),
      getSheetByName: (name: string) => {
        const s = book.sheets.find((x) => x.name === name);
        return s ? this.sheet(s) : null;
      },
      getActiveSheet: () => this.sheet(book.active ?? book.sheets[0] ?? book.addSheet('Sheet1')),
      setActiveSheet: (sheet: { getName(): string }) => {
        book.active = book.sheets.find((s) => s.name === sheet.getName()) ?? book.active;
        return sheet;
      },
      insertSheet: (name?: string, index?: number) => {
        const s = book.addSheet(name ?? `Sheet${book.sheets.length + 1}`, index ?? book.sheets.length);
        book.active = s;
        return this.sheet(s);
      },
      deleteSheet: (sheet: { getName(): string }) => {
        if (book.sheets.length === 1) throw new ScriptError("You can't remove all the sheets in a document.");
        book.sheets = book.sheets.filter((s) => s.name !== sheet.getName());
        if (book.active?.name === sheet.getName()) book.active = book.sheets[0] ?? null;
      },
      toast: (message: string) => {
        book.toasts.push(String(message));
      },
      getUrl: () => `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
    });
  }

  sheet(model: SheetModel) {
    const book = this.book;
    return this.calls.wrap('Sheet', {
      getName: () => model.name,
      setName: (name: string) => {
        if (book.sheets.some((s) => s !== model && s.name === name)) {
          throw new ScriptError(`A sheet with the name "${name}" already exists. Please enter another name.`);
        }
        model.name = name;
      },
      getSheetId: () => model.sheetId,
      getIndex: () => book.sheets.indexOf(model) + 1,
      getLastRow: () => model.lastRow(),
      getLastColumn: () => model.lastColumn(),
      getMaxRows: () => model.maxRows,
      getMaxColumns: () => model.maxColumns,
      getFrozenRows: () => model.frozenRows,
      setFrozenRows: (n: number) => {
        model.frozenRows = n;
      },
      getDataRange: () =>
        this.range(model, 1, 1, Math.max(model.lastRow(), 1), Math.max(model.lastColumn(), 1)),
      getRange: (...args: (number | string)[]) => {
        if (typeof args[0] === 'string') {
          const a = parseA1(args[0]);
          return this.range(
            model,
            a.row,
            a.column,
            a.rows ?? model.maxRows - a.row + 1,
            a.columns ?? model.maxColumns - a.column + 1,
          );
        }
        const [row, column, rows = 1, columns = 1] = args as number[];
        return this.range(model, row ?? 1, column ?? 1, rows, columns);
      },
      insertColumnsAfter: (after: number, howMany: number) => {
        for (const row of model.values)
          if (row && row.length > after) row.splice(after, 0, ...Array(howMany).fill(''));
        model.maxColumns += howMany;
      },
      insertRowsAfter: (after: number, howMany: number) => {
        model.values.splice(after, 0, ...Array.from({ length: howMany }, () => [] as CellValue[]));
        model.maxRows += howMany;
      },
      deleteRows: (position: number, howMany: number) => {
        if (position < 1 || howMany < 1 || position + howMany - 1 > model.maxRows) {
          throw new ScriptError('Those rows are out of bounds.');
        }
        model.values.splice(position - 1, howMany);
        model.maxRows -= howMany;
      },
      appendRow: (row: CellValue[]) => {
        const at = model.lastRow() + 1;
        if (at > model.maxRows) model.maxRows = at;
        if (row.length > model.maxColumns) model.maxColumns = row.length;
        row.forEach((v, i) => {
          model.set(at, i + 1, v);
        });
      },
      clear: () => {
        model.values = [];
        model.formulas.clear();
        model.formats.clear();
        model.validations.clear();
        model.merges = [];
      },
      autoResizeColumns: () => undefined,
      setColumnWidth: (column: number, width: number) => {
        model.columnWidths.set(column, width);
      },
      hideSheet: () => {
        model.hidden = true;
      },
      activate: () => {
        book.active = model;
      },
      getCharts: () =>
        model.charts.map((c) => ({ getOptions: () => ({ get: (k: string) => c.options[k] }), record: c })),
      removeChart: (chart: { record: ChartRecord }) => {
        model.charts = model.charts.filter((c) => c !== chart.record);
      },
      newChart: () => chartBuilder(),
      insertChart: (chart: ChartRecord) => {
        model.charts.push(chart);
      },
      copyTo: (target: { insertSheet(name: string): unknown }) => {
        void target;
        const copy = book.addSheet(`Copy of ${model.name}`);
        copy.values = model.values.map((r) => (r ? [...r] : []));
        copy.maxRows = model.maxRows;
        copy.maxColumns = model.maxColumns;
        return this.sheet(copy);
      },
    });
  }

  range(model: SheetModel, row: number, column: number, rows: number, columns: number) {
    if (row < 1 || column < 1 || rows < 1 || columns < 1) {
      throw new ScriptError(
        'The starting row/column of the range is too small, or the number of rows/columns is less than 1.',
      );
    }
    if (row + rows - 1 > model.maxRows || column + columns - 1 > model.maxColumns) {
      throw new ScriptError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    const each = (fn: (r: number, c: number) => void) => {
      for (let r = row; r < row + rows; r++) for (let c = column; c < column + columns; c++) fn(r, c);
    };
    const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: columns }, (_, j) => fn(row + i, column + j)),
      );
    const format = (key: string, value: unknown) =>
      each((r, c) => model.formats.set(`${r},${c}`, { ...model.formats.get(`${r},${c}`), [key]: value }));
    const styled =
      (key: string) =>
      (value: unknown): unknown => {
        format(key, value);
        return wrapped;
      };
    const checkSize = (data: unknown[][]) => {
      if (!Array.isArray(data) || data.length !== rows) {
        throw new ScriptError(
          `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${rows}.`,
        );
      }
      for (const line of data) {
        if (!Array.isArray(line) || line.length !== columns) {
          throw new ScriptError(
            `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${columns}.`,
          );
        }
      }
    };
    // Chained calls (range.setValues(…).setFontWeight(…)) go through the counting wrapper too.
    let wrapped: unknown;
    const range = {
      getRow: () => row,
      getColumn: () => column,
      getNumRows: () => rows,
      getNumColumns: () => columns,
      getLastRow: () => row + rows - 1,
      getLastColumn: () => column + columns - 1,
      getA1Notation: () =>
        `${a1Column(column)}${row}${rows * columns > 1 ? `:${a1Column(column + columns - 1)}${row + rows - 1}` : ''}`,
      getSheet: () => this.sheet(model),
      getValues: () => grid((r, c) => copyValue(model.get(r, c))),
      getDisplayValues: () => grid((r, c) => display(model.get(r, c))),
      getValue: () => copyValue(model.get(row, column)),
      getFormulas: () => grid((r, c) => model.formulas.get(`${r},${c}`) ?? ''),
      setValues: (data: unknown[][]) => {
        checkSize(data);
        for (const [i, line] of data.entries()) {
          for (const [j, v] of line.entries()) {
            model.formulas.delete(`${row + i},${column + j}`);
            model.set(row + i, column + j, toCell(v));
          }
        }
        return wrapped;
      },
      setValue: (v: unknown) => {
        model.formulas.delete(`${row},${column}`);
        model.set(row, column, toCell(v));
        return wrapped;
      },
      setFormulas: (data: string[][]) => {
        checkSize(data);
        for (const [i, line] of data.entries()) {
          for (const [j, f] of line.entries()) {
            model.formulas.set(`${row + i},${column + j}`, f);
            model.set(row + i, column + j, '');
          }
        }
        return wrapped;
      },
      clearContent: () => {
        each((r, c) => {
          if (model.values[r - 1]) model.set(r, c, '');
          model.formulas.delete(`${r},${c}`);
        });
        return wrapped;
      },
      clear: () => {
        each((r, c) => {
          if (model.values[r - 1]) model.set(r, c, '');
          model.formulas.delete(`${r},${c}`);
          model.formats.delete(`${r},${c}`);
        });
        return wrapped;
      },
      setDataValidation: (rule: DataValidation | null) => {
        each((r, c) =>
          rule ? model.validations.set(`${r},${c}`, rule) : model.validations.delete(`${r},${c}`),
        );
        return wrapped;
      },
      getDataValidation: () => model.validations.get(`${row},${column}`) ?? null,
      merge: () => {
        model.merges.push({ row, column, rows, columns });
        return wrapped;
      },
      isPartOfMerge: () =>
        model.merges.some(
          (m) =>
            m.row < row + rows &&
            row < m.row + m.rows &&
            m.column < column + columns &&
            column < m.column + m.columns,
        ),
      getMergedRanges: () =>
        model.merges
          .filter(
            (m) =>
              m.row < row + rows &&
              row < m.row + m.rows &&
              m.column < column + columns &&
              column < m.column + m.columns,
          )
          .map((m) => this.range(model, m.row, m.column, m.rows, m.columns)),
      setFontWeight: styled('fontWeight'),
      setFontSize: styled('fontSize'),
      setFontStyle: styled('fontStyle'),
      setFontColor: styled('fontColor'),
      setBackground: styled('background'),
      setNumberFormat: styled('numberFormat'),
      setNumberFormats: (fs: string[][]) => {
        checkSize(fs);
        for (const [i, line] of fs.entries()) {
          for (const [j, f] of line.entries())
            model.formats.set(`${row + i},${column + j}`, { numberFormat: f });
        }
        return wrapped;
      },
      setHorizontalAlignment: styled('horizontalAlignment'),
      setVerticalAlignment: styled('verticalAlignment'),
      setWrap: styled('wrap'),
      setBorder: (...args: unknown[]) => {
        format('border', args);
        return wrapped;
      },
      setNote: styled('note'),
      setNotes: (notes: string[][]) => {
        checkSize(notes);
        for (const [i, line] of notes.entries()) {
          for (const [j, note] of line.entries()) {
            const key = `${row + i},${column + j}`;
            model.formats.set(key, { ...model.formats.get(key), note });
          }
        }
        return wrapped;
      },
      getFontWeight: () => (model.formats.get(`${row},${column}`)?.fontWeight as string) ?? 'normal',
      getBackground: () => (model.formats.get(`${row},${column}`)?.background as string) ?? '#ffffff',
      getNumberFormat: () => (model.formats.get(`${row},${column}`)?.numberFormat as string) ?? 'General',
    };
    wrapped = this.calls.wrap('Range', range);
    return wrapped as typeof range;
  }
}

function chartBuilder() {
  const chart: ChartRecord = { type: 'COLUMN', ranges: [], options: {}, position: [1, 1, 0, 0] };
  type Builder = Record<string, (...args: never[]) => unknown> & { build(): ChartRecord };
  const step =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): Builder => {
      fn(...args);
      return builder;
    };
  const builder: Builder = {
    setChartType: step((t: string) => {
      chart.type = t;
    }),
    addRange: step((r: { getA1Notation(): string }) => {
      chart.ranges.push(r.getA1Notation());
    }),
    setPosition: step((a: number, b: number, c: number, d: number) => {
      chart.position = [a, b, c, d];
    }),
    setOption: step((k: string, v: unknown) => {
      chart.options[k] = v;
    }),
    setNumHeaders: step((n: number) => {
      chart.options.numHeaders = n;
    }),
    setTitle: step((t: string) => {
      chart.options.title = t;
    }),
    build: () => chart,
  };
  return builder;
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return new Date(v.getTime());
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

function display(v: CellValue): string {
  if (v instanceof Date)
    return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
