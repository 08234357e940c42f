/**
 * Sheet, as the Apps Script reference documents it: ranges by row/column or A1, the grid's size
 * (inserting or deleting rows and columns moves everything with the cells; a protection the
 * user may not edit, or the 10 M-cell limit, stops it), frozen rows, charts, copies.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { parseA1 } from './a1Notation.ts';
import type { ChartRecord } from './charts.ts';
import { chartBuilder } from './charts.ts';
import { protectionApi } from './protectionApi.ts';
import { rangeApi } from './rangeApi.ts';
import { ScriptError } from './scriptError.ts';
import { HOME, type SheetFactory } from './sheetFactory.ts';
import type { SheetModel } from './sheetModel.ts';
import type { SpreadsheetModel } from './spreadsheetModel.ts';
import type { World } from './world.ts';

export function sheetApi(world: World, factory: SheetFactory, book: SpreadsheetModel, model: SheetModel) {
  const whole = () => ({ row: 1, column: 1, rows: model.maxRows, columns: model.maxColumns });
  const range = (row: number, column: number, rows: number, columns: number) =>
    rangeApi(world, factory, book, model, { row, column, rows, columns });
  const sheet = {
    getName: () => model.name,
    setName: (name: string) => {
      book.assertStructure(model);
      book.assertNameFree(name, model);
      model.name = name;
      return sheet;
    },
    getSheetId: () => model.sheetId,
    getIndex: () => book.sheets.indexOf(model) + 1,
    getParent: () => factory.spreadsheet(book),
    getLastRow: () => model.lastRow(),
    getLastColumn: () => model.lastColumn(),
    getMaxRows: () => model.maxRows,
    getMaxColumns: () => model.maxColumns,
    getFrozenRows: () => model.frozenRows,
    setFrozenRows: (n: number) => {
      book.assertStructure(model);
      model.frozenRows = n;
    },
    getDataRange: () => range(1, 1, Math.max(model.lastRow(), 1), Math.max(model.lastColumn(), 1)),
    getRange: (...args: (number | string)[]) => {
      if (typeof args[0] === 'string') {
        const a = parseA1(args[0]);
        return range(
          a.row,
          a.column,
          a.rows ?? model.maxRows - a.row + 1,
          a.columns ?? model.maxColumns - a.column + 1,
        );
      }
      const [row, column, rows = 1, columns = 1] = args as number[];
      return range(row ?? 1, column ?? 1, rows, columns);
    },
    /** Several ranges of the sheet by A1 notation, formatted or cleared with one call. */
    getRangeList: (a1Notations: string[]) => {
      const ranges = a1Notations.map((a1) => sheet.getRange(a1));
      const list = world.calls.wrap('RangeList', {
        getRanges: () => ranges,
        setNumberFormat: (format: string) => {
          for (const r of ranges) r.setNumberFormat(format);
          return list;
        },
        setFontWeight: (weight: string) => {
          for (const r of ranges) r.setFontWeight(weight);
          return list;
        },
        setFontStyle: (style: string) => {
          for (const r of ranges) r.setFontStyle(style);
          return list;
        },
        setFontSize: (size: number) => {
          for (const r of ranges) r.setFontSize(size);
          return list;
        },
        setFontColor: (color: string) => {
          for (const r of ranges) r.setFontColor(color);
          return list;
        },
        setBackground: (color: string) => {
          for (const r of ranges) r.setBackground(color);
          return list;
        },
        setHorizontalAlignment: (alignment: string) => {
          for (const r of ranges) r.setHorizontalAlignment(alignment);
          return list;
        },
        setWrap: (wrap: boolean) => {
          for (const r of ranges) r.setWrap(wrap);
          return list;
        },
        clearContent: () => {
          for (const r of ranges) r.clearContent();
          return list;
        },
      });
      return list;
    },
    insertColumnsAfter: (after: number, howMany: number) => {
      book.assertStructure(model);
      book.checkGrowth(model.maxRows * howMany);
      model.insertColumns(after, howMany);
      return sheet;
    },
    deleteColumns: (position: number, howMany = 1) => {
      if (position < 1 || howMany < 1 || position + howMany - 1 > model.maxColumns)
        throw new ScriptError('Those columns are out of bounds.');
      if (howMany >= model.maxColumns)
        throw new ScriptError("You can't delete all the columns on the sheet.");
      book.assertStructure(model, { row: 1, column: position, rows: model.maxRows, columns: howMany });
      model.deleteColumns(position, howMany);
    },
    insertRowsAfter: (after: number, howMany: number) => {
      book.assertStructure(model);
      book.checkGrowth(model.maxColumns * howMany);
      model.insertRows(after, howMany);
      return sheet;
    },
    deleteRows: (position: number, howMany = 1) => {
      if (position < 1 || howMany < 1 || position + howMany - 1 > model.maxRows)
        throw new ScriptError('Those rows are out of bounds.');
      if (howMany >= model.maxRows - model.frozenRows)
        throw new ScriptError('Sorry, it is not possible to delete all non-frozen rows.');
      book.assertStructure(model, { row: position, column: 1, rows: howMany, columns: model.maxColumns });
      model.deleteRows(position, howMany);
    },
    clear: () => {
      book.assertEditable(model, whole());
      model.values = [];
      model.formulas.clear();
      model.formats.clear(whole());
      model.validations.clear();
      model.merges = [];
      return sheet;
    },
    autoResizeColumns: () => sheet,
    setColumnWidth: (column: number, width: number) => {
      model.columnWidths.set(column, width);
      return sheet;
    },
    hideSheet: () => {
      model.hidden = true;
      return sheet;
    },
    showSheet: () => {
      model.hidden = false;
      return sheet;
    },
    isSheetHidden: () => model.hidden === true,
    activate: () => {
      book.active = model;
      return sheet;
    },
    protect: () => {
      const protection = book.protect(model.name, null);
      protection.editors.add(book.user);
      return protectionApi(world, factory, book, model, protection);
    },
    getProtections: (type: string) =>
      model.protections
        .filter((p) => p.type === type)
        .map((p) => protectionApi(world, factory, book, model, p)),
    getCharts: () =>
      model.charts.map((c) => ({ getOptions: () => ({ get: (k: string) => c.options[k] }), record: c })),
    removeChart: (chart: { record: ChartRecord }) => {
      model.charts = model.charts.filter((c) => c !== chart.record);
    },
    newChart: () => chartBuilder(),
    insertChart: (chart: ChartRecord) => {
      model.charts.push(chart);
    },
    /** Copies the whole sheet (values, formulas, formats, validation, merges, charts) as "Copy of …". */
    copyTo: (_spreadsheet: unknown) => {
      const copy = book.addSheet(
        `Copy of ${model.name}`,
        book.sheets.length,
        model.maxRows,
        model.maxColumns,
      );
      copy.values = model.values.map((r) => (r ? [...r] : []));
      copy.formulas = new Map(model.formulas);
      copy.formats = model.formats.clone();
      copy.validations = new Map(model.validations);
      copy.merges = model.merges.map((m) => ({ ...m }));
      copy.charts = model.charts.map((c) => ({ ...c }));
      copy.frozenRows = model.frozenRows;
      copy.columnWidths = new Map(model.columnWidths);
      return factory.sheet(book, copy);
    },
  };
  Object.defineProperty(sheet, HOME, { value: { book, model } });
  return world.calls.wrap('Sheet', sheet);
}
