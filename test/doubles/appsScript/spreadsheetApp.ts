/**
 * SpreadsheetApp and Spreadsheet, as the Apps Script reference documents them. The active
 * spreadsheet is the document the execution was started from: none in an add-on's time-driven
 * trigger, where a script must open its document by id. getUi() is only for executions started
 * from the document. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */

import type { Block } from './block.ts';
import { DataValidationBuilder } from './dataValidation.ts';
import { protectionApi } from './protectionApi.ts';
import { rangeApi } from './rangeApi.ts';
import { ScriptError } from './scriptError.ts';
import { sheetApi } from './sheetApi.ts';
import type { SheetFactory } from './sheetFactory.ts';
import type { SheetModel } from './sheetModel.ts';
import type { SpreadsheetModel } from './spreadsheetModel.ts';
import type { World } from './world.ts';

export class SpreadsheetObjects implements SheetFactory {
  constructor(private readonly world: World) {}

  range(book: SpreadsheetModel, model: SheetModel, block: Block) {
    return rangeApi(this.world, this, book, model, block);
  }

  sheet(book: SpreadsheetModel, model: SheetModel) {
    return sheetApi(this.world, this, book, model);
  }

  spreadsheet(book: SpreadsheetModel) {
    const sheetOf = (s: { getName(): string }) => book.sheets.find((x) => x.name === s.getName());
    return this.world.calls.wrap('Spreadsheet', {
      getId: () => book.id,
      getName: () => book.name,
      getUrl: () => `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
      getOwner: () => ({ getEmail: () => book.owner }),
      getSpreadsheetLocale: () => book.locale,
      getSpreadsheetTimeZone: () => book.timeZone,
      getSheets: () => book.sheets.map((s) => this.sheet(book, s)),
      getSheetByName: (name: string) => {
        const s = book.sheets.find((x) => x.name === name);
        return s ? this.sheet(book, s) : null;
      },
      getActiveSheet: () => this.sheet(book, book.active ?? book.sheets[0] ?? book.addSheet('Sheet1')),
      setActiveSheet: (sheet: { getName(): string }) => {
        book.active = sheetOf(sheet) ?? book.active;
        return sheet;
      },
      insertSheet: (name?: string, index?: number) => {
        const s = book.addSheet(name ?? `Sheet${book.sheets.length + 1}`, index ?? book.sheets.length);
        book.active = s;
        return this.sheet(book, s);
      },
      deleteSheet: (sheet: { getName(): string }) => {
        const model = sheetOf(sheet);
        if (!model) throw new ScriptError('Sheet not found');
        if (book.sheets.length === 1) throw new ScriptError("You can't remove all the sheets in a document.");
        for (const p of model.protections)
          book.assertStructure(model, p.block ?? { row: 1, column: 1, rows: 1, columns: 1 });
        book.sheets = book.sheets.filter((s) => s !== model);
        if (book.active === model) book.active = book.sheets[0] ?? null;
      },
      getProtections: (type: string) =>
        book.sheets.flatMap((s) =>
          s.protections
            .filter((p) => p.type === type)
            .map((p) => protectionApi(this.world, this, book, s, p)),
        ),
      toast: (message: string) => {
        book.toasts.push(String(message));
      },
    });
  }
}

/** The SpreadsheetApp global, over the world's spreadsheets and the current execution. */
export function spreadsheetAppApi(world: World, objects: SpreadsheetObjects, ui: () => unknown) {
  const active = () => {
    const book = world.activeBook();
    return book ? objects.spreadsheet(book) : null;
  };
  return world.calls.wrap('SpreadsheetApp', {
    getActiveSpreadsheet: active,
    getActive: active,
    openById: (id: string) => {
      const book = world.books.find((b) => b.id === id);
      if (!book)
        throw new ScriptError(
          'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
        );
      return objects.spreadsheet(book);
    },
    getUi: () => {
      if (world.inTrigger()) throw new ScriptError('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui();
    },
    newDataValidation: () => new DataValidationBuilder(),
    flush: () => undefined,
    BorderStyle: { SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM' },
    WrapStrategy: { WRAP: 'WRAP', CLIP: 'CLIP', OVERFLOW: 'OVERFLOW' },
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    CopyPasteType: {
      PASTE_NORMAL: 'PASTE_NORMAL',
      PASTE_VALUES: 'PASTE_VALUES',
      PASTE_FORMAT: 'PASTE_FORMAT',
    },
  });
}
