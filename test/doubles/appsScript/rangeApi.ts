/**
 * Range, as the Apps Script reference documents it: 1-based, getValues() gives '' for empty
 * cells, numbers, booleans and Date objects of the script's realm (a date cell is a wall clock
 * of the spreadsheet's zone; a number formatted as a date is a date too); setValues() reads
 * strings as typed (typedInput.ts), throws when the array's size differs from the range's or a
 * cell's text is longer than Sheets keeps (nothing is written then), and every write into a
 * protection the user may not edit throws. merge() keeps the upper-left cell's value only, and
 * insertCheckboxes() makes every cell an unchecked box (false).
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 * https://support.google.com/drive/answer/37603 (50,000 characters in a single cell)
 */
import { a1Notation } from './a1Notation.ts';
import { type Block, intersects } from './block.ts';
import { DataValidation } from './dataValidation.ts';
import { isDateFormat } from './numberFormats.ts';
import { protectionApi } from './protectionApi.ts';
import { ScriptError } from './scriptError.ts';
import { HOME, homeOf, type SheetFactory } from './sheetFactory.ts';
import type { SheetModel } from './sheetModel.ts';
import type { SpreadsheetModel } from './spreadsheetModel.ts';
import { instantOf, isoDayOfWallClock, wallClockOf, wallClockOfSerial } from './timeZones.ts';
import { type CellValue, isDateObject, typedInput } from './typedInput.ts';
import type { World } from './world.ts';

type Grid = unknown[][];

/** The most characters Sheets keeps in one cell; a longer input is refused, not cut. */
export const MAX_CELL_CHARACTERS = 50_000;

function assertCellFits(input: unknown): void {
  if (typeof input === 'string' && input.length > MAX_CELL_CHARACTERS)
    throw new ScriptError(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
}

export function rangeApi(
  world: World,
  factory: SheetFactory,
  book: SpreadsheetModel,
  model: SheetModel,
  b: Block,
) {
  const { row, column, rows, columns } = b;
  if (row < 1 || column < 1 || rows < 1 || columns < 1) {
    throw new ScriptError(
      'The starting row/column of the range is too small, or the number of rows/columns is less than 1.',
    );
  }
  if (row + rows - 1 > model.maxRows || column + columns - 1 > model.maxColumns) {
    throw new ScriptError('The coordinates of the range are outside the dimensions of the sheet.');
  }
  const tz = book.timeZone;
  const hidden = (r: number, c: number) =>
    model.merges.some(
      (m) =>
        r >= m.row &&
        r < m.row + m.rows &&
        c >= m.column &&
        c < m.column + m.columns &&
        (r !== m.row || c !== m.column),
    );
  const read = (r: number, c: number): CellValue => {
    if (model.merges.length > 0 && hidden(r, c)) return '';
    const v = model.get(r, c);
    if (v instanceof Date) return world.newDate(instantOf(v.getTime(), tz));
    if (typeof v === 'number' && model.formats.has('numberFormat') && isDateFormat(model.numberFormat(r, c)))
      return world.newDate(instantOf(wallClockOfSerial(v), tz));
    return v;
  };
  const grid = <T>(fn: (r: number, c: number) => T): T[][] => {
    const out: T[][] = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const line: T[] = new Array(columns);
      for (let j = 0; j < columns; j++) line[j] = fn(row + i, column + j);
      out[i] = line;
    }
    return out;
  };
  const checkSize = (data: unknown) => {
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
  const editable = () => book.assertEditable(model, b);
  const write = (r: number, c: number, input: unknown) => {
    const plainText = model.formats.has('numberFormat') && model.numberFormat(r, c) === '@';
    const cell = typedInput(input, { plainText, locale: book.locale, timeZone: tz });
    model.set(r, c, cell.value);
    if (cell.formula !== null || model.formulas.size > 0) model.setFormula(r, c, cell.formula);
  };
  // Chained calls (range.setValues(…).setFontWeight(…)) go through the counting wrapper too.
  let self: unknown;
  const styled =
    (prop: string) =>
    (value: unknown): unknown => {
      editable();
      model.formats.fill(prop, b, value);
      return self;
    };
  const styledGrid =
    (prop: string) =>
    (values: Grid): unknown => {
      checkSize(values);
      editable();
      model.formats.fillGrid(prop, row, column, values);
      return self;
    };
  const merged = () => model.merges.filter((m) => intersects(m, b));
  const range = {
    getRow: () => row,
    getColumn: () => column,
    getNumRows: () => rows,
    getNumColumns: () => columns,
    getLastRow: () => row + rows - 1,
    getLastColumn: () => column + columns - 1,
    getA1Notation: () => a1Notation(row, column, rows, columns),
    getSheet: () => factory.sheet(book, model),
    getValues: () => {
      world.calls.cellsRead += rows * columns;
      return grid(read);
    },
    getValue: () => read(row, column),
    getDisplayValues: () => grid((r, c) => display(read(r, c), tz)),
    getFormulas: () => grid((r, c) => model.formula(r, c)),
    getNumberFormat: () => model.numberFormat(row, column),
    getNumberFormats: () => grid((r, c) => model.numberFormat(r, c)),
    setValues: (data: Grid) => {
      checkSize(data);
      editable();
      for (const line of data) for (const cell of line) assertCellFits(cell);
      world.calls.cellsWritten += rows * columns;
      for (let i = 0; i < rows; i++) {
        const line = data[i] as unknown[];
        for (let j = 0; j < columns; j++) write(row + i, column + j, line[j]);
      }
      return self;
    },
    setValue: (value: unknown) => {
      editable();
      assertCellFits(value);
      write(row, column, value);
      return self;
    },
    setFormulas: (data: string[][]) => {
      checkSize(data);
      editable();
      data.forEach((line, i) => {
        line.forEach((f, j) => {
          write(row + i, column + j, f);
        });
      });
      return self;
    },
    clearContent: () => {
      editable();
      for (let r = row; r < row + rows; r++)
        for (let c = column; c < column + columns; c++) {
          if (model.values[r - 1]) model.set(r, c, '');
          model.setFormula(r, c, null);
        }
      return self;
    },
    clear: () => {
      range.clearContent();
      model.formats.clear(b);
      return self;
    },
    copyTo: (destination: { getRow(): number; getColumn(): number }, options?: unknown) => {
      const target = homeOf(destination);
      const to: Block = { row: destination.getRow(), column: destination.getColumn(), rows, columns };
      target.book.assertEditable(target.model, to);
      const contentsOnly =
        options === 'PASTE_VALUES' ||
        (typeof options === 'object' &&
          options !== null &&
          'contentsOnly' in options &&
          Boolean(options.contentsOnly));
      const cells = grid((r, c) => ({ value: model.get(r, c), formula: model.formula(r, c) }));
      cells.forEach((line, i) => {
        line.forEach((cell, j) => {
          target.model.set(to.row + i, to.column + j, cell.value);
          target.model.setFormula(to.row + i, to.column + j, cell.formula === '' ? null : cell.formula);
        });
      });
      if (!contentsOnly) model.formats.copy(b, to, target.model.formats);
      return self;
    },
    setDataValidation: (rule: DataValidation | null) => {
      editable();
      for (let r = row; r < row + rows; r++)
        for (let c = column; c < column + columns; c++) model.setValidation(r, c, rule);
      return self;
    },
    getDataValidation: () => model.validation(row, column) ?? null,
    // Sheets keeps the upper-left value of a merge; the cells it covers read as '' from then on.
    merge: () => {
      editable();
      for (let r = row; r < row + rows; r++)
        for (let c = column; c < column + columns; c++) {
          if (r === row && c === column) continue;
          if (model.values[r - 1]) model.set(r, c, '');
          model.setFormula(r, c, null);
        }
      model.merges.push({ ...b });
      return self;
    },
    // A checkbox holds true (checked) or false; inserting boxes sets every cell of the range to false.
    insertCheckboxes: () => {
      editable();
      const rule = new DataValidation('CHECKBOX', [], false, '');
      for (let r = row; r < row + rows; r++)
        for (let c = column; c < column + columns; c++) {
          model.set(r, c, false);
          model.setFormula(r, c, null);
          model.setValidation(r, c, rule);
        }
      return self;
    },
    isPartOfMerge: () => merged().length > 0,
    getMergedRanges: () => merged().map((m) => factory.range(book, model, m)),
    setFontWeight: styled('fontWeight'),
    setFontSize: styled('fontSize'),
    setFontStyle: styled('fontStyle'),
    setFontColor: styled('fontColor'),
    setBackground: styled('background'),
    // 'General' is the automatic format getNumberFormat reports: setting it back clears the format.
    setNumberFormat: (format: string) => styled('numberFormat')(automatic(format)),
    setNumberFormats: (formats: string[][]) =>
      styledGrid('numberFormat')(formats.map((line) => line.map(automatic))),
    setHorizontalAlignment: styled('horizontalAlignment'),
    setVerticalAlignment: styled('verticalAlignment'),
    setWrap: styled('wrap'),
    setBorder: (...args: unknown[]) => styled('border')(args),
    // A note is kept apart from the value: getValues never shows it and clearContent leaves it.
    // setNote and setNotes with '' or null remove the note, as clearNote does; getNote and
    // getNotes give '' for a cell without one.
    setNote: (note: unknown) => styled('note')(noteText(note)),
    setNotes: (notes: Grid) =>
      styledGrid('note')(
        Array.isArray(notes) ? notes.map((line) => (Array.isArray(line) ? line.map(noteText) : line)) : notes,
      ),
    clearNote: () => styled('note')(undefined),
    getNotes: () => grid((r, c) => (model.formats.get('note', r, c) as string | undefined) ?? ''),
    getFontWeight: () => (model.formats.get('fontWeight', row, column) as string | undefined) ?? 'normal',
    getBackground: () => (model.formats.get('background', row, column) as string | undefined) ?? '#ffffff',
    getNote: () => (model.formats.get('note', row, column) as string | undefined) ?? '',
    protect: () => {
      const protection = book.protect(model.name, { ...b });
      protection.editors.add(book.user);
      return protectionApi(world, factory, book, model, protection);
    },
  };
  Object.defineProperty(range, HOME, { value: { book, model } });
  self = world.calls.wrap('Range', range);
  return self as typeof range;
}

const noteText = (note: unknown) =>
  note === null || note === undefined || note === '' ? undefined : String(note);

const automatic = (format: string) => (format === 'General' ? undefined : format);

/** What getDisplayValues shows, in the spirit of the default formats. */
function display(v: CellValue, timeZone: string): string {
  if (isDateObject(v)) return isoDayOfWallClock(wallClockOf(v.getTime(), timeZone));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
