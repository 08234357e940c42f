/**
 * Protection, as the Apps Script reference documents it: a protected range or sheet, who may
 * edit it (the owner always may), whether it only warns.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
import type { SheetFactory } from './sheetFactory.ts';
import type { ProtectionModel, SheetModel } from './sheetModel.ts';
import type { SpreadsheetModel } from './spreadsheetModel.ts';
import type { World } from './world.ts';

export function protectionApi(
  world: World,
  factory: SheetFactory,
  book: SpreadsheetModel,
  model: SheetModel,
  p: ProtectionModel,
) {
  const user = (email: string) => ({ getEmail: () => email });
  const api = {
    getProtectionType: () => p.type,
    getRange: () =>
      factory.range(
        book,
        model,
        p.block ?? { row: 1, column: 1, rows: model.maxRows, columns: model.maxColumns },
      ),
    canEdit: () => book.canEdit(p),
    isWarningOnly: () => p.warningOnly,
    setWarningOnly: (warningOnly: boolean) => {
      p.warningOnly = warningOnly;
      return api;
    },
    getDescription: () => p.description,
    setDescription: (description: string) => {
      p.description = description;
      return api;
    },
    getEditors: () => [book.owner, ...p.editors].map(user),
    addEditor: (email: string) => {
      p.editors.add(email);
      return api;
    },
    removeEditors: (emails: string[]) => {
      for (const email of emails) p.editors.delete(email);
      return api;
    },
    getUnprotectedRanges: () => p.unprotected.map((b) => factory.range(book, model, b)),
    setUnprotectedRanges: (
      ranges: { getRow(): number; getColumn(): number; getNumRows(): number; getNumColumns(): number }[],
    ) => {
      p.unprotected = ranges.map((r) => ({
        row: r.getRow(),
        column: r.getColumn(),
        rows: r.getNumRows(),
        columns: r.getNumColumns(),
      }));
      return api;
    },
    remove: () => {
      model.protections = model.protections.filter((x) => x !== p);
    },
  };
  return world.calls.wrap('Protection', api);
}
